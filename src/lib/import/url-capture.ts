/**
 * Archives a live page for `npm run add -- <URL>`: fetches it with Node's fetch, following
 * redirects itself so that every hop is recorded, refuses anything that is not an HTML page, and
 * returns the exchanges as a WARC 1.1 file (warc.ts) with the final body decoded by its declared
 * charset (url-charset.ts) for the HTML importer.
 */
import { ImportError } from './draft';
import { decodeHtml } from './url-charset';
import { sendRequest } from './url-exchange';
import { buildWarc, type HttpExchange } from './warc';

/** Why a capture was refused, for code that acts on it; the message says it to a person. */
export type UrlCaptureReason =
  'url' | 'network' | 'timeout' | 'status' | 'redirects' | 'too-large' | 'not-html' | 'empty';

/** A refused capture. Its field is always "url": the address given is what cannot be archived. */
export class UrlCaptureError extends ImportError {
  constructor(
    readonly reason: UrlCaptureReason,
    message: string,
  ) {
    super('url', message);
    this.name = 'UrlCaptureError';
  }
}

export interface UrlCaptureOptions {
  /** How long the whole capture may take, redirects and bodies included (default 30 s). */
  timeoutMs?: number;
  /** The largest body accepted in any one response (default 20 MB); reading stops beyond it. */
  maxBytes?: number;
  /** How many redirects to follow (default 10). */
  maxRedirects?: number;
  /** The User-Agent sent and recorded (default: one naming the archive). */
  userAgent?: string;
  /** The name the WARC will be saved under, for its warcinfo record. */
  filename?: string;
}

export interface UrlCapture {
  /** The WARC 1.1 file: warcinfo, then a request and a response record for every exchange. */
  warc: Uint8Array;
  /** The final body, decoded. */
  html: string;
  /** The encoding it was decoded with, such as "windows-1251". */
  encoding: string;
  requestedUrl: string;
  finalUrl: string;
  /** When the final response arrived, to the second (the entry's `captured`, the WARC-Date). */
  captured: string;
  status: number;
  exchanges: { url: string; status: number; location?: string }[];
}

const USER_AGENT = 'Mozilla/5.0 (compatible; news-archive/0.1; +npm run add)';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const MB = 1024 * 1024;

const sizeText = (bytes: number) => (bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes} bytes`);

/** An http(s) URL without its fragment, which is never sent and so is no part of what was captured. */
function httpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new UrlCaptureError('url', `"${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlCaptureError('url', `${url.href} is not an http(s) URL`);
  }
  if (url.username || url.password) {
    throw new UrlCaptureError('url', `${url.host}: a URL with a user name or password cannot be archived`);
  }
  url.hash = '';
  return url;
}

/** Lets go of a body that will not be read, so the connection is not held open. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The body, read no further than the limit. */
async function readBody(response: Response, url: URL, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new UrlCaptureError('too-large', `${url.href} is larger than the limit of ${sizeText(maxBytes)}`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await discard(response);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Refuses a final response that is not a page: an error status, or a body that is not HTML. */
async function refuseUnlessPage(response: Response, url: URL): Promise<void> {
  const { status, statusText } = response;
  const media = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  let refusal: UrlCaptureError | undefined;
  if (status >= 400) {
    const kind = status >= 500 ? 'a server error (5xx)' : 'a client error (4xx)';
    refusal = new UrlCaptureError('status', `${url.href} answered ${`${status} ${statusText}`.trim()}, ${kind}`);
  } else if (status < 200 || status >= 300) {
    refusal = new UrlCaptureError('status', `${url.href} answered ${`${status} ${statusText}`.trim()}, not a page`);
  } else if (!media || !HTML_TYPES.has(media)) {
    const said = media ? `its Content-Type is ${media}` : 'it gives no Content-Type';
    refusal = new UrlCaptureError('not-html', `${url.href} is not an HTML page: ${said}`);
  }
  if (refusal) {
    await discard(response);
    throw refusal;
  }
}

/** Names what went wrong in terms of the capture: a timeout, a failed connection, or a refusal above. */
function captureFailure(error: unknown, url: URL, signal: AbortSignal, timeoutMs: number): unknown {
  if (error instanceof UrlCaptureError) return error;
  if (signal.aborted) {
    return new UrlCaptureError('timeout', `${url.href} did not finish within ${timeoutMs / 1000} s`);
  }
  if (!(error instanceof TypeError)) return error;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') {
    return new UrlCaptureError('network', `cannot find the host ${url.hostname} (DNS: ${cause.code})`);
  }
  if (cause?.code === 'ECONNREFUSED') return new UrlCaptureError('network', `${url.host} refused the connection`);
  return new UrlCaptureError('network', `cannot fetch ${url.href}: ${cause?.message ?? error.message}`);
}

/** The warcinfo record's fields, named as the WARC 1.1 standard suggests for a warcinfo record. */
const warcInfo = (requested: URL, userAgent: string) => ({
  software: 'news-archive, npm run add (warcio.js)',
  format: 'WARC File Format 1.1',
  conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
  'http-header-user-agent': userAgent,
  description:
    `Capture of ${requested.href}. Bodies are stored as fetch delivered them: transfer and ` +
    'content codings undone, the headers naming them renamed X-Archive-Orig-*.',
});

/** The capture once the final response is in: its body decoded and refused if empty, every exchange in the WARC. */
async function finish(
  requested: URL,
  exchanges: HttpExchange[],
  options: { contentType: string | null; userAgent: string; filename: string | undefined },
): Promise<UrlCapture> {
  const final = exchanges.at(-1)!;
  const decoded = decodeHtml(final.response.body, options.contentType);
  if (decoded.text.trim() === '') throw new UrlCaptureError('empty', `${final.url} returned an empty page`);
  const info = warcInfo(requested, options.userAgent);
  return {
    warc: await buildWarc(exchanges, { info, ...(options.filename ? { filename: options.filename } : {}) }),
    html: decoded.text,
    encoding: decoded.encoding,
    requestedUrl: requested.href,
    finalUrl: final.url,
    captured: final.response.date,
    status: final.response.status,
    // Each redirect's Location, resolved, is the next exchange's URL.
    exchanges: exchanges.map(({ url, response }, i) => {
      const next = exchanges[i + 1]?.url;
      return { url, status: response.status, ...(next ? { location: next } : {}) };
    }),
  };
}

/**
 * Fetches a URL and archives it (see the file's comment). Throws a UrlCaptureError, and returns
 * nothing, when the URL is not http(s), cannot be reached, takes too long, answers 4xx or 5xx,
 * redirects too often, is too large, is not HTML or is empty.
 */
export async function captureUrl(url: string, options: UrlCaptureOptions = {}): Promise<UrlCapture> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRedirects = options.maxRedirects ?? 10;
  const userAgent = options.userAgent ?? USER_AGENT;
  const settings = { maxBytes: options.maxBytes ?? 20 * MB, userAgent, signal: AbortSignal.timeout(timeoutMs) };
  const requested = httpUrl(url);
  const exchanges: HttpExchange[] = [];
  let current = requested;
  try {
    for (;;) {
      const { response, request, received } = await sendRequest(current, settings);
      const redirect = REDIRECT_STATUSES.has(response.status);
      if (!redirect) await refuseUnlessPage(response, current);
      const body = await readBody(response, current, settings.maxBytes);
      exchanges.push({ url: current.href, request, response: { ...received, body } });
      if (!redirect) {
        const contentType = response.headers.get('content-type');
        return await finish(requested, exchanges, { contentType, userAgent, filename: options.filename });
      }
      const location = response.headers.get('location');
      if (!location) {
        throw new UrlCaptureError('status', `${current.href} answered ${response.status} with no Location to follow`);
      }
      if (exchanges.length > maxRedirects) {
        throw new UrlCaptureError('redirects', `${requested.href} redirected more than ${maxRedirects} times`);
      }
      current = httpUrl(location, current);
    }
  } catch (error) {
    throw captureFailure(error, current, settings.signal, timeoutMs);
  }
}

/**
 * One HTTP exchange as url-capture.ts records it in a WARC: the request headers exactly as Node's
 * fetch sends them, and the response's status line and headers as fetch gives them.
 */
import type { HeaderList, HttpExchange } from './warc';

/** Whole seconds: the entry schema's `captured` has no fractions, and the WARC-Date must equal it. */
const isoSeconds = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * The request headers as sent. Asking for no content coding keeps the body the bytes the server
 * sent, which fetch would otherwise decompress before the WARC could see them. Node's fetch
 * (undici) adds host, connection and sec-fetch-mode itself; the tests compare this list with what
 * a server receives.
 */
function requestHeaders(url: URL, userAgent: string): { chosen: HeaderList; sent: HeaderList } {
  const chosen: HeaderList = [
    ['User-Agent', userAgent],
    ['Accept', 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1'],
    ['Accept-Encoding', 'identity'],
    ['Accept-Language', '*'],
  ];
  return { chosen, sent: [['host', url.host], ['connection', 'keep-alive'], ...chosen, ['sec-fetch-mode', 'cors']] };
}

/**
 * The response's header lines, with those describing codings that fetch has already undone renamed
 * X-Archive-Orig-*, so that a WARC reader does not dechunk or decompress the stored body again.
 * fetch gives the names lower-cased and sorted; it keeps neither their case nor their order.
 */
function recordedHeaders(headers: Headers): HeaderList {
  const coded = (headers.get('content-encoding') ?? 'identity').trim().toLowerCase() !== 'identity';
  const undone = new Set(['transfer-encoding', ...(coded ? ['content-encoding', 'content-length'] : [])]);
  return [...headers.entries()].map(([name, value]) => [undone.has(name) ? `x-archive-orig-${name}` : name, value]);
}

/**
 * Sends one GET without following a redirect. The response comes back with its body unread,
 * beside the request and the response's head as the WARC records them.
 */
export async function sendRequest(
  url: URL,
  options: { userAgent: string; signal: AbortSignal },
): Promise<{
  response: Response;
  request: HttpExchange['request'];
  received: Omit<HttpExchange['response'], 'body'>;
}> {
  const { chosen, sent } = requestHeaders(url, options.userAgent);
  const request = { method: 'GET', headers: sent, date: isoSeconds() };
  const response = await fetch(url, { redirect: 'manual', headers: chosen, signal: options.signal });
  const { status, statusText } = response;
  return {
    response,
    request,
    received: { status, statusText, headers: recordedHeaders(response.headers), date: isoSeconds() },
  };
}

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHtmlCapture } from '../../../../src/lib/import/html-capture';
import { captureUrl, UrlCaptureError, type UrlCaptureOptions } from '../../../../src/lib/import/url-capture';
import { readWarc, type WarcRecordRead } from '../../../../src/lib/import/warc';

const site = (name: string) => readFileSync(new URL(`../../../fixtures/import/site/${name}`, import.meta.url));
const ARTICLE = site('article.html');
const RUSSIAN = site('russian-1251.html');

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const page =
  (body: Buffer | string, type?: string): Route =>
  (_req, res) =>
    res.writeHead(200, type ? { 'Content-Type': type } : {}).end(body);
const redirect =
  (status: number, location: string): Route =>
  (_req, res) =>
    res.writeHead(status, { Location: location, 'Content-Type': 'text/html' }).end(`<a href="${location}">moved</a>`);
const failing =
  (status: number): Route =>
  (_req, res) =>
    res.writeHead(status, { 'Content-Type': 'text/html' }).end(`<h1>Error ${status}</h1>`);

/** Writes 8 KB of paragraphs every few milliseconds until the client hangs up (at most 8 MB). */
const endless: Route = (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html' });
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || ++sent > 1000) {
      clearInterval(timer);
      res.end();
    } else res.write(`<p>${'Filler text. '.repeat(630)}</p>\n`);
  }, 2);
  res.on('close', () => clearInterval(timer));
};

/** Answers after two seconds, or sends half a page and stalls; the client gives up before either ends. */
const slow =
  (stall: boolean): Route =>
  (_req, res) => {
    if (stall) res.writeHead(200, { 'Content-Type': 'text/html' }).write('<html><body><p>The first half');
    const timer = setTimeout(() => res.end(stall ? '</p></body></html>' : ARTICLE), 2000);
    res.on('close', () => clearTimeout(timer));
  };

const ROUTES: Record<string, Route> = {
  '/business/harbour-cranes': page(ARTICLE, 'text/html; charset=utf-8'),
  '/ru/ferry': page(RUSSIAN, 'text/html; charset=windows-1251'),
  '/ru/ferry-meta': page(RUSSIAN, 'text/html'),
  '/old-address': redirect(301, '/moved?from=old'),
  '/moved': (req, res) => redirect(302, `http://${req.headers.host}/business/harbour-cranes`)(req, res),
  '/loop': redirect(302, '/loop'),
  '/no-location': (_req, res) => res.writeHead(302).end(),
  '/to-ftp': redirect(302, 'ftp://files.example/report.pdf'),
  '/missing': failing(404),
  '/broken': failing(500),
  '/slow': slow(false),
  '/stalls': slow(true),
  '/huge': endless,
  '/huge-declared': page(`<p>${'x'.repeat(64 * 1024)}</p>`, 'text/html'),
  '/report.pdf': page(site('report.pdf'), 'application/pdf'),
  '/data.json': page(site('data.json'), 'application/json'),
  '/untyped': page(ARTICLE),
  '/empty': page('', 'text/html; charset=utf-8'),
  '/gzipped': (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }).end(gzipSync(ARTICLE)),
};

/** What the server received, by path: the request headers as name/value pairs. */
const received = new Map<string, [string, string][]>();
const server = createServer((req, res) => {
  const path = req.url ?? '/';
  const pairs = req.rawHeaders.flatMap((name, i): [string, string][] =>
    i % 2 === 0 ? [[name.toLowerCase(), req.rawHeaders[i + 1] ?? '']] : [],
  );
  received.set(path, pairs);
  (ROUTES[path.replace(/\?.*/, '')] ?? failing(404))(req, res);
});
let origin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => vi.restoreAllMocks());

/** Checks what every capture's WARC must satisfy, and returns its records. */
async function checkedRecords(warc: Uint8Array): Promise<WarcRecordRead[]> {
  const records = await readWarc(warc);
  expect(records[0]?.type).toBe('warcinfo');
  for (const record of records) {
    expect(record.blockDigest, record.id).toBe(record.computed.blockDigest);
    if (record.type !== 'warcinfo') expect(record.payloadDigest, record.id).toBe(record.computed.payloadDigest);
  }
  const pairs = records.slice(1);
  expect(pairs.length % 2).toBe(0);
  for (let i = 0; i < pairs.length; i += 2) {
    const [request, response] = [pairs[i]!, pairs[i + 1]!];
    expect([request.type, response.type]).toEqual(['request', 'response']);
    expect(request.concurrentTo).toEqual([response.id]);
    expect(response.concurrentTo).toEqual([request.id]);
    expect(response.targetUri).toBe(request.targetUri);
    // The request record lists the headers the server received, those fetch added included.
    const sent = request.http!.headers.map(([name, value]) => [name.toLowerCase(), value]);
    const path = request.http!.startLine.split(' ')[1]!;
    expect(sent.sort()).toEqual([...(received.get(path) ?? [])].sort());
  }
  return records;
}

async function refusal(url: string, options?: UrlCaptureOptions): Promise<UrlCaptureError> {
  const outcome = await captureUrl(url, options).then(
    (capture) => capture,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(UrlCaptureError);
  return outcome as UrlCaptureError;
}

describe('captureUrl on a page that can be archived', () => {
  it('archives a UTF-8 article with its exchange, digests and time, ready for the HTML importer', async () => {
    const capture = await captureUrl(`${origin}/business/harbour-cranes#comments`);
    expect(capture).toMatchObject({
      requestedUrl: `${origin}/business/harbour-cranes`,
      finalUrl: `${origin}/business/harbour-cranes`,
      status: 200,
      encoding: 'utf-8',
      exchanges: [{ url: `${origin}/business/harbour-cranes`, status: 200 }],
    });
    expect(capture.html).toBe(ARTICLE.toString('utf8'));
    expect(capture.html).toContain('“We did not want to stop the port,” Ms Vik said.');
    expect(parseHtmlCapture(capture.html).headline.value).toBe('Harbour Cranes Return to Port Lindel After Strike');

    const records = await checkedRecords(capture.warc);
    expect(records.map((r) => r.type)).toEqual(['warcinfo', 'request', 'response']);
    const response = records[2]!;
    expect(Buffer.from(response.payload).equals(ARTICLE)).toBe(true);
    expect(response.http?.startLine).toBe('HTTP/1.1 200 OK');
    expect(response.http?.headers).toContainEqual(['content-type', 'text/html; charset=utf-8']);
    expect(capture.captured).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(response.date).toBe(capture.captured);
    expect(new TextDecoder().decode(records[0]!.payload)).toContain('http-header-user-agent: Mozilla/5.0');
    expect(received.get('/business/harbour-cranes')).toContainEqual([
      'user-agent',
      expect.stringContaining('news-archive'),
    ]);
  });

  it('decodes a windows-1251 Russian page by its Content-Type header or by its <meta>', async () => {
    const expected = new TextDecoder('windows-1251').decode(RUSSIAN);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(RUSSIAN)).toThrow();
    for (const path of ['/ru/ferry', '/ru/ferry-meta']) {
      const capture = await captureUrl(`${origin}${path}`);
      expect(capture.encoding).toBe('windows-1251');
      expect(capture.html).toBe(expected);
      expect(capture.html).toContain('<h1>Паромная переправа через Ладогу возобновит работу в мае</h1>');
      expect(capture.html).toContain('Паром «Ладожанка» выйдет на линию 12 мая');
      expect(parseHtmlCapture(capture.html).headline.value).toBe(
        'Паромная переправа через Ладогу возобновит работу в мае',
      );
      const records = await checkedRecords(capture.warc);
      expect(Buffer.from(records[2]!.payload).equals(RUSSIAN)).toBe(true);
    }
  });

  it('follows a 301 and a 302 to the article, recording a request and a response for every hop', async () => {
    const capture = await captureUrl(`${origin}/old-address`);
    const final = `${origin}/business/harbour-cranes`;
    expect(capture.finalUrl).toBe(final);
    expect(capture.requestedUrl).toBe(`${origin}/old-address`);
    expect(capture.exchanges).toEqual([
      { url: `${origin}/old-address`, status: 301, location: `${origin}/moved?from=old` },
      { url: `${origin}/moved?from=old`, status: 302, location: final },
      { url: final, status: 200 },
    ]);
    const records = await checkedRecords(capture.warc);
    expect(records.map((r) => [r.type, r.targetUri, r.http?.startLine])).toEqual([
      ['warcinfo', undefined, undefined],
      ['request', `${origin}/old-address`, 'GET /old-address HTTP/1.1'],
      ['response', `${origin}/old-address`, 'HTTP/1.1 301 Moved Permanently'],
      ['request', `${origin}/moved?from=old`, 'GET /moved?from=old HTTP/1.1'],
      ['response', `${origin}/moved?from=old`, 'HTTP/1.1 302 Found'],
      ['request', final, 'GET /business/harbour-cranes HTTP/1.1'],
      ['response', final, 'HTTP/1.1 200 OK'],
    ]);
    expect(records[2]!.http?.headers).toContainEqual(['location', '/moved?from=old']);
    expect(records[6]!.date).toBe(capture.captured);
  });

  it('keeps a body the server compressed anyway decoded, with the headers naming the coding renamed', async () => {
    const capture = await captureUrl(`${origin}/gzipped`);
    expect(capture.html).toBe(ARTICLE.toString('utf8'));
    const response = (await checkedRecords(capture.warc))[2]!;
    expect(Buffer.from(response.payload).equals(ARTICLE)).toBe(true);
    const names = response.http!.headers.map(([name]) => name);
    expect(names).toContain('x-archive-orig-content-encoding');
    expect(names).not.toContain('content-encoding');
    expect(names).not.toContain('transfer-encoding');
  });
});

describe('captureUrl refuses, naming what is wrong', () => {
  it.each(['ftp://files.example/report.pdf', 'javascript:alert(1)', 'not a url', 'http://user:pw@127.0.0.1/'])(
    'an address that is not an http(s) URL: %s',
    async (url) => {
      expect(await refusal(url)).toMatchObject({ name: 'UrlCaptureError', field: 'url', reason: 'url' });
    },
  );

  it('a redirect to an address that is not http(s)', async () => {
    expect(await refusal(`${origin}/to-ftp`)).toMatchObject({
      reason: 'url',
      message: expect.stringContaining('ftp:'),
    });
  });

  it('a host that does not resolve', async () => {
    const lookup = Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND' });
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('fetch failed', { cause: lookup }));
    expect(await refusal('https://news.invalid/story')).toMatchObject({
      reason: 'network',
      message: 'cannot find the host news.invalid (DNS: ENOTFOUND)',
    });
  });

  it('a connection refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await refusal(`http://127.0.0.1:${port}/`)).toMatchObject({
      reason: 'network',
      message: `127.0.0.1:${port} refused the connection`,
    });
  });

  it.each([
    ['/missing', '404 Not Found, a client error (4xx)'],
    ['/broken', '500 Internal Server Error, a server error (5xx)'],
  ])('an error status: %s', async (path, said) => {
    expect(await refusal(`${origin}${path}`)).toMatchObject({
      reason: 'status',
      message: `${origin}${path} answered ${said}`,
    });
  });

  it('a redirect with no Location', async () => {
    expect(await refusal(`${origin}/no-location`)).toMatchObject({ reason: 'status' });
  });

  it('too many redirects: a loop, or more hops than allowed', async () => {
    expect(await refusal(`${origin}/loop`)).toMatchObject({
      reason: 'redirects',
      message: `${origin}/loop redirected more than 10 times`,
    });
    expect(await refusal(`${origin}/old-address`, { maxRedirects: 1 })).toMatchObject({ reason: 'redirects' });
  });

  it.each(['/slow', '/stalls'])('a page that takes longer than the timeout: %s', async (path) => {
    const started = Date.now();
    expect(await refusal(`${origin}${path}`, { timeoutMs: 300 })).toMatchObject({
      reason: 'timeout',
      message: `${origin}${path} did not finish within 0.3 s`,
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it.each(['/huge', '/huge-declared'])('a body over the size limit, read no further: %s', async (path) => {
    expect(await refusal(`${origin}${path}`, { maxBytes: 16 * 1024 })).toMatchObject({
      reason: 'too-large',
      message: `${origin}${path} is larger than the limit of 16384 bytes`,
    });
  });

  it.each([
    ['/report.pdf', 'its Content-Type is application/pdf'],
    ['/data.json', 'its Content-Type is application/json'],
    ['/untyped', 'it gives no Content-Type'],
  ])('a response that is not HTML: %s', async (path, said) => {
    expect(await refusal(`${origin}${path}`)).toMatchObject({
      reason: 'not-html',
      message: `${origin}${path} is not an HTML page: ${said}`,
    });
  });

  it('an empty page', async () => {
    expect(await refusal(`${origin}/empty`)).toMatchObject({ reason: 'empty' });
  });
});

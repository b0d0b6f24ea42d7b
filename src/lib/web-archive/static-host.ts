import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headerLookup, parseHeadersFile } from './static-headers';

/** What static hosts compress on the fly; Pagefind's index files are gzipped already. */
const COMPRESSED = /^(text\/|application\/(json|xml|link-format)|image\/svg)/;

/** One response as it went over the wire: headers and (gzipped) body. */
export interface Served {
  path: string;
  status: number;
  bytes: number;
}

/**
 * Makes `res` send a text body gzipped at zlib's default level when the client accepts gzip, as
 * static hosts do on the fly (sirv only serves files compressed ahead of time). The body is held
 * back and compressed whole, so the response keeps a Content-Length.
 */
function gzipText(req: IncomingMessage, res: ServerResponse): void {
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding']))) return;
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  const chunks: Buffer[] = [];
  let status = 200;
  res.writeHead = ((code: number, headers: OutgoingHttpHeaders = {}) => {
    status = code;
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    return res;
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: string | Uint8Array) => {
    chunks.push(Buffer.from(chunk));
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: string | Uint8Array) => {
    if (chunk !== undefined) chunks.push(Buffer.from(chunk));
    let body = Buffer.concat(chunks);
    const type = String(res.getHeader('Content-Type'));
    if ((status === 200 || status === 404) && body.length > 0 && COMPRESSED.test(type)) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Content-Length', body.length);
    }
    writeHead(status);
    return end(body);
  }) as ServerResponse['end'];
}

/**
 * Serves a built site on 127.0.0.1 as a static host would, for `npm start`, the browser tests
 * and the benchmark: directory URLs resolve to their index.html, the headers in `_headers` are applied
 * (Content-Security-Policy, Memento), text is gzipped, every file has an ETag and no
 * Cache-Control unless `_headers` sets one (so a browser revalidates, as on Netlify's defaults),
 * and an unknown URL gets the site's 404 page with status 404. It counts the bytes written to the
 * socket for each response, so the benchmark's figures include what Pagefind's web worker
 * fetches, which the page's own network events do not show.
 */
export async function serveSite(root: string, { port = 0 }: { port?: number } = {}) {
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const headersFile = join(root, '_headers');
  const headersOf = headerLookup(existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  const served: Served[] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://host').pathname;
    const socket = req.socket;
    const before = socket.bytesWritten;
    res.on('finish', () =>
      served.push({ path: pathname, status: res.statusCode, bytes: socket.bytesWritten - before }),
    );
    for (const [name, value] of headersOf(pathname)) res.setHeader(name, value);
    gzipText(req, res);
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8' }).end(readFileSync(join(root, '404.html')));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}`,
    /** Every response so far, in the order they finished. */
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps idle connections open; without this, close would wait for them.
        server.closeAllConnections();
      }),
  };
}

/** Total bytes of the responses served since `from` (an index into `served`). */
export const bytesSince = (served: readonly Served[], from: number) =>
  served.slice(from).reduce((sum, s) => sum + s.bytes, 0);

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headerLookup, parseHeadersFile } from '../src/lib/web-archive/static-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.link': 'application/link-format',
  '.wasm': 'application/wasm',
};

/** What static hosts compress on the fly; Pagefind's index files are gzipped already. */
const COMPRESSED = /^(text\/|application\/(json|xml|link-format)|image\/svg)/;

/** One response as it went over the wire: headers and (gzipped) body. */
export interface Served {
  path: string;
  status: number;
  bytes: number;
}

function fileFor(root: string, pathname: string): string | undefined {
  const path = join(root, normalize(decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Serves a built site on 127.0.0.1 as a static host would: `_headers` applied, text gzipped at
 * zlib's default level, an ETag on every file and no Cache-Control unless `_headers` sets one (so
 * a browser revalidates, as on Netlify's defaults). It counts the bytes written to each socket,
 * so the figures include what Pagefind's web worker fetches, which the page's own network events
 * do not show.
 */
export async function serveSite(root: string) {
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
    const file = fileFor(root, pathname) ?? join(root, '404.html');
    const status = file.endsWith('404.html') && !pathname.startsWith('/404') ? 404 : 200;
    let body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('ETag', etag);
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    if (COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.writeHead(status, { 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every response so far, in the order they finished. */
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Total bytes of the responses served since `from` (an index into `served`). */
export const bytesSince = (served: readonly Served[], from: number) =>
  served.slice(from).reduce((sum, s) => sum + s.bytes, 0);

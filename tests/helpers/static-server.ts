import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headerLookup, parseHeadersFile } from '../../src/lib/web-archive/static-headers';

/**
 * A static host for dist/ on 127.0.0.1, as a production host would serve it: directory URLs
 * resolve to their index.html, the headers in `_headers` are applied (Content-Security-Policy,
 * Memento), and an unknown URL gets the archive's 404 page with status 404.
 */
export async function startStaticServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const headersFile = join(root, '_headers');
  const headersOf = headerLookup(existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  const server = createServer((req, res) => {
    for (const [name, value] of headersOf(new URL(req.url ?? '/', 'http://host').pathname)) {
      res.setHeader(name, value);
    }
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html')).pipe(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps idle connections open; without this, close would wait for them.
        server.closeAllConnections();
      }),
  };
}

import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** One block of a `_headers` file: a path pattern (`/a/`, `/pagefind/*`) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Reads a `_headers` file as Netlify and Cloudflare Pages do. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

function applyHeaders(rules: readonly HeaderRule[], path: string, res: ServerResponse) {
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
}

/**
 * A static host for dist/ on 127.0.0.1, as a production host would serve it: directory URLs
 * resolve to their index.html, the headers in `_headers` are applied (Content-Security-Policy,
 * Memento), and an unknown URL gets the archive's 404 page with status 404.
 */
export async function startStaticServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false });
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    applyHeaders(rules, new URL(req.url ?? '/', 'http://host').pathname, res);
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

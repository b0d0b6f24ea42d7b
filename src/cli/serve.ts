/**
 * `npm run preview` (and the second half of `npm start`): serves the built site in dist/ at
 * http://localhost:4321/ as a static host would, `_headers` applied (each page's
 * Content-Security-Policy, the captures' sandbox, Memento headers), which `astro preview` ignores.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite } from '../lib/web-archive/static-host';

const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ holds no built site: run `npm run build` first (`npm start` does both)');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const server = await serveSite(dist, { port });
console.log(`Serving dist/ with its _headers at ${server.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C stops)`);

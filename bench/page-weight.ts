import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { relativeImports } from '../src/lib/build/code-digest';

/** Gzipped size at zlib's default level, as static hosts compress text. */
export const gzippedBytes = (content: string | Uint8Array) => gzipSync(content).length;

/**
 * What a page of a built site loads before any interaction: its HTML, its stylesheets, its module
 * scripts and the modules they import, each gzipped. `path` is the page's address (`/search/`).
 */
export function pageWeight(dist: string, path: string): { bytes: number; files: string[] } {
  const html = `${path.replace(/^\//, '')}index.html`;
  const tree = fromHtml(readFileSync(join(dist, html), 'utf8'));
  const files = new Set<string>([html]);
  for (const link of selectAll('link[rel=stylesheet][href^="/"]', tree))
    files.add(String(link.properties['href']).slice(1));
  const queue = selectAll('script[src^="/"]', tree).map((s) => String(s.properties['src']).slice(1));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const relative of relativeImports(readFileSync(join(dist, file), 'utf8'))) {
      queue.push(join(file, '..', relative).replace(/^\/+/, ''));
    }
  }
  const bytes = [...files].reduce((sum, f) => sum + gzippedBytes(readFileSync(join(dist, f))), 0);
  return { bytes, files: [...files] };
}

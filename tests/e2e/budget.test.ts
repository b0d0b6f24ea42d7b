import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { ARTICLE } from '../helpers/seed';

/** Gzipped bytes (zlib's default level, as static hosts compress) of a file in dist/. */
const gz = (path: string) => gzipSync(readFileSync(join(DIST, path))).length;

/**
 * What a page loads before any interaction: its HTML, its stylesheets, its module scripts and the
 * modules they import (found in the built files).
 */
function pageWeight(path: string): { bytes: number; files: string[] } {
  const html = `${path.replace(/^\//, '')}index.html`;
  const tree = fromHtml(readFileSync(join(DIST, html), 'utf8'));
  const files = new Set<string>([html]);
  for (const link of selectAll('link[rel=stylesheet][href^="/"]', tree))
    files.add(String(link.properties['href']).slice(1));
  const queue = selectAll('script[src^="/"]', tree).map((s) => String(s.properties['src']).slice(1));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(join(file, '..', match[1]!).replace(/^\/+/, ''));
    }
  }
  return { bytes: [...files].reduce((sum, f) => sum + gz(f), 0), files: [...files] };
}

describe('page weight budgets (HTML + CSS + JS before interaction, gzipped)', () => {
  it.each([
    // The whole article in the first round trip: about 14 KB.
    [ARTICLE, 14_000],
    ['/', 14_000],
    ['/search/', 14_000],
  ])('%s stays within %i bytes', (path, budget) => {
    const { bytes, files } = pageWeight(path);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(bytes).toBeLessThanOrEqual(budget);
  });
});

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/dist';
import { SITE } from '../helpers/seed';

const pages = builtPages();

/** The file in dist/ that a local URL path is served from, or null. */
function servedFile(path: string): string | null {
  const file = join(DIST, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** Every link of every built page: what it points at, resolved against the page. */
const links = pages.flatMap((page) =>
  selectAll('a[href], link[href], script[src], img[src], form[action]', page.tree).map((el) => {
    const value = String(el.properties['href'] ?? el.properties['src'] ?? el.properties['action']);
    return { page: page.path, value, url: new URL(value, SITE + page.path) };
  }),
);
const internal = links.filter((l) => l.url.origin === SITE);
const external = links.filter((l) => l.url.origin !== SITE);

describe('links', () => {
  it('resolve, every one of them, with every #fragment, on every built page', () => {
    const broken: string[] = [];
    for (const { page, value, url } of internal) {
      const file = servedFile(url.pathname);
      if (!file) {
        broken.push(`${page}: ${value}`);
        continue;
      }
      if (url.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!readFileSync(file, 'utf8').includes(`id="${id}"`)) broken.push(`${page}: ${value} (no #${id})`);
      }
    }
    expect(pages.length).toBeGreaterThanOrEqual(7);
    expect(internal.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('to other sites are listed here, not fetched', () => {
    expect([...new Set(external.map((l) => l.url.href))].sort()).toEqual([
      'https://www.themoscowtimes.com/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297',
      'https://www.wikidata.org/wiki/Q44329',
      'https://www.wikidata.org/wiki/Q76',
      'https://www.wikidata.org/wiki/Q7747',
    ]);
  });
});

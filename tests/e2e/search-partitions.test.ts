import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/cli/finish-build/search-index';
import { openPage, useBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { serveSite } from '../../src/lib/web-archive/static-host';

const browser = useBrowser();
const logger = { info: () => {} };

/**
 * The built seed site with its search index rebuilt in shards of at most five pages, as a
 * partition above the shard limit gets: the article makes the partition 2024, and the 12 people's
 * pages three shards of the people's partition.
 */
let site: string;
let server: { url: string; close(): Promise<void> };
const BASES = ['/pagefind/2024/', '/pagefind/people/', '/pagefind/people/shard-2/', '/pagefind/people/shard-3/'];
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'archive-partitions-'));
  cpSync(DIST, site, { recursive: true });
  rmSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(
    join(site, 'search/index.html'),
    readFileSync(join(site, 'search/index.html'), 'utf8').replace(
      /data-search-partitions="[^"]*"/,
      'data-search-partitions="/pagefind/"',
    ),
  );
  const pages = readFileSync(join(DIST, 'manifest-sha256.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split(/\s+/)[1] ?? '')
    .filter((path) => path === 'index.html' || path.endsWith('/index.html'))
    .map((path) => ({ pathname: path.slice(0, -'index.html'.length) }));
  expect(await buildSearchIndex(site, pages, { logger, limit: 5 })).toBe(13);
  server = await serveSite(site);
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** Opens a search in the browser and waits for its results; returns their addresses and the files fetched. */
async function searchFor(query: string) {
  const { page, consoleErrors } = await openPage(browser(), server.url);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}/search/${query}`);
  await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
  await page.waitForFunction(() => !document.querySelector('#search-results')?.hasAttribute('aria-busy'));
  const links = await page
    .locator('#search-results li.search-result h2 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return { page, links, fetched, consoleErrors };
}

describe('a search index in partitions and shards', () => {
  it('finds pages from every partition and shard in one list, best match first, loading the engine once', async () => {
    const { page, links, fetched, consoleErrors } = await searchFor('?q=Gabuev');
    expect(links[0]).toMatch(/^\/people\/alexander-gabuev\/(\?|$)/);
    expect(links.some((href) => href?.startsWith('/articles/the-moscow-times/'))).toBe(true);
    for (const base of BASES) expect(fetched).toContain(`${base}pagefind-entry.json`);
    // The engine and its worker come from the newest partition only; the others are merged into it.
    expect(fetched.filter((path) => path.endsWith('.pagefind'))).toEqual(['/pagefind/2024/wasm.en.pagefind']);
    expect(fetched.filter((path) => path.endsWith('pagefind-worker.js'))).toEqual([
      '/pagefind/2024/pagefind-worker.js',
    ]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps a date order from the address, lists the articles in it, and leaves out the people', async () => {
    const { page, links, consoleErrors } = await searchFor('?q=Gabuev&sort=newest');
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('newest');
    expect(await page.locator('select[name="sort"] option:disabled').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^\/articles\/the-moscow-times\/2024-12-11\//);
    expect(await page.locator('#search-status').innerText()).toBe('1 result matches “Gabuev”.');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

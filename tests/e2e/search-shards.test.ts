import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
 * The built seed site with its search index rebuilt in shards of at most five pages, as an
 * archive above the shard limit gets: the article and the 12 people's pages make three shards.
 */
let site: string;
let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'archive-shards-'));
  cpSync(DIST, site, { recursive: true });
  rmSync(join(site, 'pagefind'), { recursive: true });
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

describe('a search index in shards', () => {
  it('finds pages from every shard in one list, best match first, fetching no second search engine', async () => {
    const { page, consoleErrors } = await openPage(browser(), server.url);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/search/?q=Gabuev`);
    await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.waitForFunction(() => !document.querySelector('#search-results')?.hasAttribute('aria-busy'));
    const links = await page
      .locator('#search-results li.search-result h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links[0]).toBe('/people/alexander-gabuev/');
    expect(links.some((href) => href?.startsWith('/articles/the-moscow-times/'))).toBe(true);
    // Each shard's entry and meta are fetched; the engine itself only once, from the first shard.
    for (const shard of ['/pagefind/', '/pagefind/shard-2/', '/pagefind/shard-3/']) {
      expect(fetched).toContain(`${shard}pagefind-entry.json`);
    }
    expect(fetched.filter((path) => path.endsWith('.pagefind'))).toEqual(['/pagefind/wasm.en.pagefind']);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('offers results by best match only, says why, and ignores a date order in the address', async () => {
    const { page, consoleErrors } = await openPage(browser(), server.url);
    await page.goto(`${server.url}/search/?q=Putin&sort=newest`);
    await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await expect.poll(() => page.locator('#search-sort-note').isVisible()).toBe(true);
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance');
    expect(await page.locator('select[name="sort"] option:disabled').allTextContents()).toEqual([
      'Newest first',
      'Oldest first',
    ]);
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('a search index in one piece', () => {
  it('keeps every order on offer and the note hidden', async () => {
    const { page } = await openPage(browser(), server.url);
    const plain = await serveSite(DIST);
    try {
      await page.goto(`${plain.url}/search/?q=Putin&sort=newest`);
      await page.waitForFunction(() => /match/.test(document.querySelector('#search-status')?.textContent ?? ''));
      expect(await page.locator('#search-sort-note').isVisible()).toBe(false);
      expect(await page.locator('select[name="sort"]').inputValue()).toBe('newest');
      expect(await page.locator('select[name="sort"] option:disabled').count()).toBe(0);
    } finally {
      await page.context().close();
      await plain.close();
    }
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const ARTICLE_PATH =
  '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/';

const browser = useBrowser();

/** Pagefind's browser API, answering every query with 25 results. */
const STUB_PAGEFIND = `
const result = (n) => ({ id: 'r' + n, data: async () => ({
  url: '/articles/r' + n + '/', excerpt: 'Text ' + n, meta: { title: 'Result ' + n, date: '2024-12-11' }, sub_results: [],
}) });
export const createInstance = () => ({
  init: async () => {},
  mergeIndex: async () => {},
  filters: async () => ({}),
  preload: async () => {},
  search: async () => ({ results: Array.from({ length: 25 }, (_, i) => result(i + 1)), filters: {} }),
});
`;

/** Waits for the search page to say how many results matched, and returns that sentence. */
async function statusOf(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.trim());
  return (await page.locator('#search-status').textContent())!.trim();
}

/**
 * The paths of the Pagefind files a page fetches from now on. Playwright reports the requests of
 * Pagefind's web worker as the page's own, so this sees the index and filter chunks too.
 */
function recordPagefindRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) paths.push(pathname);
  });
  return paths;
}

const FILTER_CHUNK = /^\/pagefind\/[a-z0-9-]+\/(?:shard-\d+\/)?filter\/.+\.pf_filter$/;
const INDEX_CHUNK = /^\/pagefind\/[a-z0-9-]+\/(?:shard-\d+\/)?index\/.+\.pf_index$/;

/** Types a query into the header's search box on the home page and submits it with Enter. */
async function searchFromHeader(page: Page, query: string) {
  await page.goto(baseUrl + '/');
  await page.locator('.site-header input[name="q"]').fill(query);
  await page.locator('.site-header input[name="q"]').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  return statusOf(page);
}

describe('search', () => {
  it.each([
    ['Gabuev', 2, null],
    ['Khmeimim', 1, null],
    // A few words of a quotation land on the paragraph that holds it.
    ['"house of cards"', 1, 'p-15'],
  ] as const)(
    'finds the article for %s from the header box, and the result lands on an element that exists',
    async (query, count, anchor) => {
      const { page, consoleErrors, foreignRequests } = await openPage(browser(), baseUrl);
      expect(await searchFromHeader(page, query)).toMatch(new RegExp(`^${count} results? match`));
      const result = page.locator('.search-result', { hasText: 'Russia, Reeling from Syrian Regime' });
      await result.waitFor();
      expect(await result.count()).toBe(1);
      expect(await result.locator('.result-meta').innerText()).toBe(
        '11 December 2024 · The Moscow Times · By Pyotr Kozlov · 1 snapshot',
      );
      expect(await result.locator('mark').count()).toBeGreaterThan(0);

      const sectionLink = result
        .locator(anchor ? `.result-sections a[href*="#${anchor}"]` : '.result-sections a')
        .first();
      // Results render as their fragments load: wait for the section link rather than count it at once.
      await sectionLink.waitFor();
      await sectionLink.click();
      await page.waitForURL((url) => url.pathname === ARTICLE_PATH);
      const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
      if (anchor) expect(target).toBe(anchor);
      expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
      // The searched words are marked on the article page.
      await page.waitForSelector('.search-highlight');
      expect(await page.locator('.search-highlight').count()).toBeGreaterThan(0);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  );

  it("ranks a person's own page first for their name, then the articles", async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=Gabuev`);
    expect(await statusOf(page)).toBe('2 results match “Gabuev”.');
    const first = page.locator('.search-result').first();
    expect(await first.locator('h2 a').innerText()).toBe('Alexander Gabuev');
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/^\/people\/alexander-gabuev\//);
    expect(await first.locator('.result-meta').innerText()).toBe(
      'Person · Director of the Carnegie Russia Eurasia Center.',
    );
  });

  it('narrows a search for a name to the articles that quote that person', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=Gabuev&speaker=${encodeURIComponent('Alexander Gabuev')}`);
    expect(await statusOf(page)).toBe('1 result matches “Gabuev” (quotes Alexander Gabuev).');
    expect(await page.locator('.search-result h2 a').innerText()).toContain('Russia, Reeling from Syrian Regime');
    await page.goto(`${baseUrl}/search/?q=Putin&speaker=${encodeURIComponent('Vladimir Putin')}`);
    expect(await statusOf(page)).toBe('No results match “Putin” (quotes Vladimir Putin).');
    await page.goto(`${baseUrl}/search/?q=Putin&person=${encodeURIComponent('Vladimir Putin')}`);
    expect(await statusOf(page)).toBe('1 result matches “Putin” (mentions Vladimir Putin).');
  });

  it('loads no search engine until the reader reaches for the search box', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    const requests = recordPagefindRequests(page);
    await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
    expect(requests).toEqual([]);
    expect(await page.locator('.refine').isVisible()).toBe(false);
    // Tabbing into the box is enough: Pagefind loads, and the filter menus appear, before a key is typed.
    await page.locator('#search-query').focus();
    await page.locator('.refine').waitFor();
    expect(requests).toContain('/pagefind/pagefind.js');
    await page.locator('#search-query').pressSequentially('Gabuev');
    expect(await statusOf(page)).toBe('2 results match “Gabuev”.');
    expect(consoleErrors).toEqual([]);
  });

  it('searches for a name without fetching the filter values, and fetches them when a menu is opened', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    const requests = recordPagefindRequests(page);
    await page.goto(`${baseUrl}/search/`);
    await page.locator('#search-query').pressSequentially('Gabuev');
    expect(await statusOf(page)).toBe('2 results match “Gabuev”.');
    await page.locator('.search-result').first().waitFor();
    // The worker's requests are seen (the word's index chunk), and no filter chunk is among them.
    expect(requests.filter((path) => INDEX_CHUNK.test(path))).not.toEqual([]);
    expect(requests.filter((path) => FILTER_CHUNK.test(path))).toEqual([]);
    const refine = page.locator('.refine');
    expect(await refine.isVisible()).toBe(true);
    expect(await page.locator('select[name="person"] option').allInnerTexts()).toEqual(['Any']);
    const boxBefore = await refine.boundingBox();

    await page.locator('select[name="person"]').focus();
    await page.waitForFunction(() => document.querySelectorAll('select[name="person"] option').length > 1);
    expect(requests.filter((path) => FILTER_CHUNK.test(path))).not.toEqual([]);
    expect(await page.locator('select[name="publication"] option').allInnerTexts()).toEqual([
      'Any',
      'The Moscow Times',
    ]);
    expect(await page.locator('select[name="person"] option').allInnerTexts()).toContain('Alexander Gabuev');
    // The values arrive without moving the menus or anything below them.
    expect(await refine.boundingBox()).toEqual(boxBefore);

    await page.locator('select[name="person"]').selectOption('Alexander Gabuev');
    await page.waitForURL(/\?q=Gabuev&person=Alexander\+Gabuev$/);
    expect(await statusOf(page)).toBe('1 result matches “Gabuev” (mentions Alexander Gabuev).');
    expect(consoleErrors).toEqual([]);
  });

  it('shows the filter a shared URL carries in its menu, with the filtered results', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=Putin&person=${encodeURIComponent('Vladimir Putin')}`);
    expect(await statusOf(page)).toBe('1 result matches “Putin” (mentions Vladimir Putin).');
    // The status is announced as soon as the count is known; the result follows once its text has loaded.
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').count()).toBe(1);
    expect(await page.locator('select[name="person"]').inputValue()).toBe('Vladimir Putin');
    // The other values are there too, without the reader opening the menu first.
    await page.waitForFunction(() => document.querySelectorAll('select[name="person"] option').length > 2);
    expect(await page.locator('select[name="person"] option').allInnerTexts()).toContain('Alexander Gabuev');
    expect(await page.locator('select[name="person"]').inputValue()).toBe('Vladimir Putin');
    await page.locator('select[name="person"]').selectOption('');
    await page.waitForURL(/\?q=Putin$/);
    expect(await statusOf(page)).toMatch(/^\d+ results? match “Putin”\.$/);
  });

  it('treats curly quotes as straight ones for an exact phrase, and respects word order', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('\u201Csuitcase without a handle\u201D')}`);
    expect(await statusOf(page)).toBe('1 result matches the exact phrase "suitcase without a handle".');
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('\u201Chandle without a suitcase\u201D')}`);
    expect(await statusOf(page)).toBe('No results match the exact phrase "handle without a suitcase".');
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('"handle without a suitcase"')}`);
    expect(await statusOf(page)).toBe('No results match the exact phrase "handle without a suitcase".');
  });

  it('runs the search in a shared URL when the page opens', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=Bondarev`);
    expect(await statusOf(page)).toBe('2 results match “Bondarev”.');
    expect(await page.locator('#search-query').inputValue()).toBe('Bondarev');
    expect(await page.locator('.search-result h2 a').nth(1).getAttribute('href')).toMatch(
      new RegExp(`^${ARTICLE_PATH}\\?highlight=bondarev`),
    );
  });

  it('keeps the query in the URL as the reader types', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/`);
    await page.locator('#search-query').pressSequentially('Suleymanov');
    await page.waitForURL(/\?q=Suleymanov$/);
    expect(await statusOf(page)).toBe('2 results match “Suleymanov”.');
  });

  it('says so when nothing matches', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=zzyzx`);
    expect(await statusOf(page)).toBe('No results match “zzyzx”.');
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  it('filters by publication, author and year, and sorts by date', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=Putin`);
    await statusOf(page);
    // The menus get their values when the reader reaches for one.
    await page.locator('select[name="publication"]').focus();
    await page.waitForFunction(() => document.querySelectorAll('select[name="author"] option').length > 1);
    expect(await page.locator('select[name="author"] option').allInnerTexts()).toEqual(['Any', 'Pyotr Kozlov']);
    expect(await page.locator('select[name="publication"] option').allInnerTexts()).toEqual([
      'Any',
      'The Moscow Times',
    ]);
    expect(await page.locator('select[name="year"] option').allInnerTexts()).toEqual(['Any', '2024']);
    await page.locator('select[name="author"]').selectOption('Pyotr Kozlov');
    await page.locator('select[name="year"]').selectOption('2024');
    await page.locator('select[name="sort"]').selectOption('newest');
    await page.waitForURL(/author=Pyotr\+Kozlov&year=2024&sort=newest/);
    expect(await statusOf(page)).toBe('1 result matches “Putin” (author Pyotr Kozlov, year 2024).');
    // The filters travel in the URL too, and the menu shows one that no article has.
    await page.goto(`${baseUrl}/search/?q=Putin&year=2023`);
    expect(await statusOf(page)).toBe('No results match “Putin” (year 2023).');
    expect(await page.locator('select[name="year"]').inputValue()).toBe('2023');
    await page.locator('#search-query').fill('Putin Assad');
    await page.waitForURL(/\?q=Putin\+Assad&year=2023$/);
  });

  it('works by keyboard alone, from the header box to the article', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/');
    // Skip link, site name, then the search box.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('Piotrovsky');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Piotrovsky/);
    await statusOf(page);
    await page.locator('.search-result h2 a').first().waitFor();
    // Tab on until the article's headline link has focus (Piotrovsky's own page comes first), then follow it.
    const onArticle = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('.search-result h2') !== null &&
          document.activeElement?.getAttribute('href')?.startsWith('/articles/'),
      );
    for (let i = 0; i < 30; i++) {
      if (await onArticle()) break;
      await page.keyboard.press('Tab');
    }
    expect(await onArticle()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === ARTICLE_PATH);
  });

  it('hides the filter menus until they can work, and works from the header box without JavaScript', async () => {
    const { page } = await openPage(browser(), baseUrl, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await page.locator('.site-header input[name="q"]').fill('Gabuev');
    await page.locator('.site-header input[name="q"]').press('Enter');
    await page.waitForURL(/\/search\/\?q=Gabuev$/);
    expect(await page.locator('.refine').isVisible()).toBe(false);
    expect(await page.locator('noscript').textContent()).toContain('needs JavaScript');
  });

  it('says so when the search index cannot be loaded', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto(`${baseUrl}/search/?q=Gabuev`);
    expect(await statusOf(page)).toBe(
      'The search index could not be loaded. Every article is listed on the home page.',
    );
    // Only the failed request itself is reported; the page's own code raises nothing.
    expect(consoleErrors.filter((e) => !e.includes('500'))).toEqual([]);
  });

  it('shows the query in the header box too', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=Gabuev`);
    await statusOf(page);
    expect(await page.locator('#site-search').inputValue()).toBe('Gabuev');
  });

  it('shows ten results at a time, and keeps keyboard focus on the first of the next ten', async () => {
    const { page } = await openPage(browser(), baseUrl);
    // A stand-in for Pagefind's bundle with 25 results, as a larger archive would give.
    await page.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: STUB_PAGEFIND }),
    );
    await page.goto(`${baseUrl}/search/?q=Putin`);
    expect(await statusOf(page)).toBe('25 results match “Putin”.');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length >= 10);
    expect(await page.locator('.search-result').count()).toBe(10);
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 20);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Result 11');
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 25);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Result 21');
    expect(await page.locator('#search-more').isVisible()).toBe(false);
  });

  it('offers search from the 404 page', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    const response = await page.goto(`${baseUrl}/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await page.locator('main input[name="q"]').fill('Gergiev');
    await page.locator('main input[name="q"]').press('Enter');
    expect(await statusOf(page)).toBe('2 results match “Gergiev”.');
    // The 404 itself is the only error the browser reports.
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});

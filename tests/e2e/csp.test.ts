import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { ARTICLE } from '../helpers/seed';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** A page that records every Content-Security-Policy violation the browser reports. */
async function watchedPage() {
  const record = await openPage(browser(), baseUrl);
  await record.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return record;
}

describe('the Content-Security-Policy, sent as a header from _headers', () => {
  it('is served with every page and with the search engine’s worker', async () => {
    for (const path of ['/', ARTICLE, '/search/', '/pagefind/2024/pagefind-worker.js']) {
      const response = await fetch(baseUrl + path);
      expect(response.headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
    const page = await fetch(baseUrl + ARTICLE);
    expect(page.headers.get('memento-datetime')).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
    expect(page.headers.get('link')).toContain('rel="original"');
  });

  it('lets a search run end to end with no violation reported', async () => {
    const { page, consoleErrors } = await watchedPage();
    await page.goto(`${baseUrl}/search/?q=Gabuev`);
    await page.waitForSelector('.search-result');
    await page.locator('.search-result h2 a[href^="/articles/"]').first().click();
    await page.waitForURL((url) => url.pathname === ARTICLE);
    await page.waitForSelector('mark, .search-highlight');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('reports no violation on the article page while citing and copying', async () => {
    const { page } = await watchedPage();
    await page.goto(baseUrl + ARTICLE);
    await page.locator('#p-3 .para-num').hover();
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/dist';
import { ARTICLE, SITE, STORY } from '../helpers/seed';

const baseUrl = inject('baseUrl');
const pages = builtPages();

const browser = useBrowser();

describe('every built page', () => {
  it('includes the home, article, search and 404 pages', () => {
    expect(pages.map((p) => p.path)).toEqual([
      '/404.html',
      '/archive/',
      ARTICLE,
      STORY,
      '/',
      '/lookup/',
      '/people/alexander-gabuev/',
      '/people/barack-obama/',
      '/people/bashar-al-assad/',
      '/people/boris-bondarev/',
      '/people/',
      '/people/mikhail-piotrovsky/',
      '/people/pyotr-kozlov/',
      '/people/ruslan-suleymanov/',
      '/people/sergei-roldugin/',
      '/people/sergei-stepashin/',
      '/people/valery-gergiev/',
      '/people/viktor-yanukovych/',
      '/people/vladimir-putin/',
      '/policy/takedown/',
      '/quotes/by/a-russian-diplomat/',
      '/quotes/by/a-russian-government-official/',
      '/quotes/by/a-russian-official-and-ex-diplomat/',
      '/quotes/by/a-source-close-to-the-russian-foreign-ministry/',
      '/quotes/by/alexander-gabuev/',
      '/quotes/by/another-russian-official/',
      '/quotes/by/bashar-al-assad/',
      '/quotes/by/boris-bondarev/',
      '/quotes/by/mikhail-piotrovsky/',
      '/quotes/by/ruslan-suleymanov/',
      '/quotes/',
      '/quotes/speakers/',
      '/search/',
    ]);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s has one h1, a language, a title, a canonical link and a CSP',
    (path, page) => {
      expect(selectAll('h1', page.tree)).toHaveLength(1);
      expect(select('html', page.tree)?.properties['lang']).toBeTruthy();
      expect(select('title', page.tree)).toBeTruthy();
      const canonical = select('link[rel=canonical]', page.tree)?.properties['href'];
      // The 404 page stands for no address of its own; a story's plain address shows its newest
      // snapshot, whose permanent address is canonical.
      expect(canonical).toBe(path === '/404.html' ? undefined : path === STORY ? SITE + ARTICLE : SITE + path);
      expect(String(select('meta[http-equiv=content-security-policy]', page.tree)?.properties['content'])).toContain(
        "default-src 'self'",
      );
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s loads no script, style, font or image from another site',
    (_, page) => {
      const foreign = selectAll(
        // rel=original names the page this is a copy of; a browser never loads it.
        'script[src], link[href]:not([rel=canonical]):not([rel=original]), img[src], iframe, source[src]',
        page.tree,
      )
        .map((el) => String(el.properties['src'] ?? el.properties['href']))
        .filter((value) => /^(https?:)?\/\//.test(value) && !value.startsWith(SITE));
      expect(foreign).toEqual([]);
    },
  );

  it.each([
    '/',
    ARTICLE,
    STORY,
    '/search/',
    '/search/?q=Assad',
    '/lookup/',
    '/policy/takedown/',
    '/people/',
    '/people/vladimir-putin/',
    '/quotes/',
    '/404.html',
  ])(
    '%s: no console errors, no requests elsewhere, no cookies or storage, no sideways scroll at 320 px',
    async (path) => {
      const record = await openPage(browser(), baseUrl, { viewport: { width: 320, height: 640 } });
      const { page } = record;
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.waitForSelector('.search-result');
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    },
  );
});

describe('feeds and indexes for machines', () => {
  it('lists the article in the RSS feed with its absolute URL', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(rss).toContain(`<link>${SITE}${ARTICLE}</link>`);
    expect(rss).toContain(
      '<title>Exclusive: Russia, Reeling from Syrian Regime&apos;s Collapse, Bets on Chaos to Preserve Its Foothold</title>',
    );
    expect(rss).toContain('<pubDate>Wed, 11 Dec 2024 00:00:00 GMT</pubDate>');
    expect(rss).toContain('<dc:creator>Pyotr Kozlov</dc:creator>');
  });

  it('lists every page in the sitemap, and robots.txt points at it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    const expected = pages
      .filter((p) => p.path !== '/404.html' && p.path !== STORY)
      .map((p) => SITE + p.path)
      .sort();
    expect(listed).toEqual(expected);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('lists the archived articles on the home page, newest first, with date, publication, byline and summary', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/');
    const card = page.locator('.article-card').first();
    expect(await card.locator('h2 a').getAttribute('href')).toBe(ARTICLE);
    expect((await card.locator('.article-meta').innerText()).replace(/\s+/g, ' ')).toBe(
      '11 December 2024 · The Moscow Times · By Pyotr Kozlov',
    );
    expect(await card.locator('.summary').innerText()).toMatch(/^Russian officials tell The Moscow Times/);
  });
});

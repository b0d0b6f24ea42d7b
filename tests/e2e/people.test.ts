import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { ARTICLE } from '../helpers/seed';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('people and their quotations', () => {
  it("lists a person's quotations, each linking to where it is printed", async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/people/alexander-gabuev/`);
    expect(await page.locator('h1').innerText()).toBe('Alexander Gabuev');
    const quotes = page.locator('.person-quotes > li');
    expect(await quotes.count()).toBe(2);
    expect(await quotes.nth(0).locator('blockquote').innerText()).toMatch(
      /^“The demonstration that Russia does not abandon its own/,
    );
    expect(await quotes.nth(1).locator('blockquote').innerText()).toMatch(/^“This will impact Russian logistics/);
    const link = quotes.nth(0).locator('.quote-source a');
    expect(await link.getAttribute('href')).toBe(`${ARTICLE}#q-15-1`);
    await link.click();
    await page.waitForURL((url) => url.pathname === ARTICLE && url.hash === '#q-15-1');
    expect(await page.locator('#q-15-1').evaluate((el) => el.closest('p')?.id)).toBe('p-15');
    expect(consoleErrors).toEqual([]);
  });

  it('lists every passage that names a person, and the articles they wrote', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/people/barack-obama/`);
    expect(await page.locator('.person-quotes').count()).toBe(0);
    expect(await page.locator('.person-mentions a').getAttribute('href')).toBe(`${ARTICLE}#p-15`);
    expect(await page.locator('.person-mentions q').innerText()).toContain('unlike [U.S. President Barack] Obama');
    await page.goto(`${baseUrl}/people/pyotr-kozlov/`);
    expect(await page.locator('#by + ul a').getAttribute('href')).toBe(ARTICLE);
  });

  it('links the first mention of each person in an article to their page, and only the first', async () => {
    const html = readFileSync(join(DIST, ARTICLE, 'index.html'), 'utf8');
    expect(html.match(/href="\/people\/vladimir-putin\/"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/people/barack-obama/" class="person-link">[U.S. President Barack] Obama</a>');
  });

  it("lists every quotation, and each speaker's on a page of their own reached from the list of speakers", async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/quotes/`);
    expect(await page.locator('.all-quotes > li').count()).toBe(17);
    expect(await page.locator('.quote-count').innerText()).toBe('Page 1 of 1 · quotations 1–17 of 17');
    await page.getByRole('link', { name: 'every speaker and their quotations' }).click();
    await page.waitForURL(/\/quotes\/speakers\/$/);
    expect(await page.locator('.speaker-list li', { hasText: 'a Russian diplomat' }).innerText()).toBe(
      'a Russian diplomat (3)',
    );
    await page.getByRole('link', { name: 'a Russian diplomat' }).click();
    await page.waitForURL(/\/quotes\/by\/a-russian-diplomat\/$/);
    expect(await page.locator('h1').innerText()).toBe('Quotations: a Russian diplomat');
    expect(await page.locator('.all-quotes > li').count()).toBe(3);
    // A list of one speaker's quotations does not repeat the speaker in each entry.
    expect(await page.locator('.all-quotes .quote-source').first().innerText()).not.toContain('a Russian diplomat');
    await page.goto(`${baseUrl}/quotes/by/alexander-gabuev/`);
    expect(await page.locator('.lede a[href="/people/alexander-gabuev/"]').count()).toBe(1);
  });

  it('publishes articles, people and quotations as JSON', () => {
    const read = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8'));
    expect(read('articles.json').articles).toHaveLength(1);
    expect(read('people.json').people).toHaveLength(12);
    const quotes = read('quotes.json').quotes;
    expect(quotes).toHaveLength(17);
    expect(quotes[5]).toEqual({
      text: expect.stringMatching(/^The demonstration that Russia/),
      speaker: { kind: 'registered', id: 'alexander-gabuev', name: 'Alexander Gabuev' },
      attributedBy: 'automatic',
      basis: 'name',
      article: ARTICLE,
      anchor: `${ARTICLE}#q-15-1`,
      paragraphs: ['p-15'],
    });
    expect(quotes[6]).toMatchObject({
      speaker: { kind: 'unnamed source', description: 'a source close to the Russian Foreign Ministry' },
    });
  });
});

import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { ARTICLE, HEADLINE, SITE, SOURCE, STORY } from '../helpers/seed';

const baseUrl = inject('baseUrl');

const browser = useBrowser();

/** A page whose clipboard the test can read back. */
async function pageWithClipboard(path: string) {
  const record = await openPage(browser(), baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
  await record.page.goto(baseUrl + path);
  // The copy buttons are shown once the page's script has run.
  await record.page.waitForFunction(() => document.querySelector('.copy-button:not([hidden])') !== null);
  return record;
}

describe('citing an article', () => {
  it('offers four citation styles, each naming the original and the permanent archived copy', async () => {
    const { page } = await pageWithClipboard(ARTICLE);
    const styles = await page.locator('.citations dt').allInnerTexts();
    expect(styles).toEqual(['Chicago (18th ed.)', 'APA (7th ed.)', 'MLA (9th ed.)', 'Bluebook (22nd ed.)']);
    for (const text of await page.locator('.citation').allInnerTexts()) {
      expect(text).toContain('Moscow Times');
      expect(text.replace(/^https?:\/\//, '')).toContain(SOURCE.replace('https://', ''));
      expect(text).toContain(`localhost:4321${ARTICLE}`);
    }
  });

  it('copies a citation with one click and says so', async () => {
    const { page, consoleErrors } = await pageWithClipboard(ARTICLE);
    await page.getByRole('button', { name: 'Copy Bluebook citation' }).click();
    await expect.poll(() => page.locator('.copy-status').innerText()).toBe('Copied the citation.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Pyotr Kozlov, ${HEADLINE.replace("'", '’')}, Moscow Times (Dec. 11, 2024), ${SOURCE} [${SITE}${ARTICLE}].`,
    );
    expect(consoleErrors).toEqual([]);
  });

  it('offers the citation files for download', async () => {
    const { page } = await pageWithClipboard(ARTICLE);
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['cite.bib', 'cite.ris', 'cite.json', 'source.md', 'article.txt'].map((f) => ARTICLE + f));
    const ris = await (await fetch(baseUrl + ARTICLE + 'cite.ris')).text();
    expect(ris).toMatch(/^TY {2}- NEWS\r\n/);
    const [csl] = await (await fetch(baseUrl + ARTICLE + 'cite.json')).json();
    expect(csl).toMatchObject({ type: 'article-newspaper', URL: SOURCE, archive: 'News Archive' });
    expect(csl.note).toContain(SITE + ARTICLE);
    expect(csl).not.toHaveProperty('archive_location');
    expect(csl).not.toHaveProperty('accessed');
  });
});

describe('paragraph permalinks', () => {
  it('numbers every paragraph and lands a paragraph link on its paragraph', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: { width: 1000, height: 700 } });
    await page.goto(`${baseUrl}${ARTICLE}#p-14`);
    const paragraph = page.locator('#p-14');
    expect(await paragraph.evaluate((p) => p.matches(':target'))).toBe(true);
    const box = (await paragraph.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(100);
    expect(await paragraph.innerText()).toContain('Alexander Gabuev, director of the Carnegie Russia Eurasia Center');
    expect(await page.locator('.article-body .para-num').count()).toBe(33);
    expect(await paragraph.locator('.para-num').getAttribute('href')).toBe('#p-14');
  });

  it('copies a paragraph link from the link mark shown on focus', async () => {
    const { page } = await pageWithClipboard(ARTICLE);
    await page.locator('#p-14 .para-num').focus();
    await page.keyboard.press('Tab');
    const mark = page.locator('#p-14 .para-copy');
    expect(await mark.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await mark.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${ARTICLE}#p-14`);
  });

  it('copies a selected quote with its citation, paragraph number and a link that finds it', async () => {
    const { page } = await pageWithClipboard(ARTICLE);
    const quote = 'all of this has crumbled like a house of cards';
    await page.evaluate((quote) => {
      const p = document.getElementById('p-15')!;
      const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(quote))!;
      const start = text.textContent!.indexOf(quote);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + quote.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, quote);
    const button = page.getByRole('button', { name: 'Copy quote with citation' });
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `“${quote}” (Pyotr Kozlov, “${HEADLINE.replace("'", '’')},” The Moscow Times, December 11, 2024, ¶ 15) ` +
        `${SITE}${ARTICLE}#p-15:~:text=all%20of%20this%20has,a%20house%20of%20cards`,
    );
  });

  it("offers no paragraph citation in a heading, even one whose id begins like a paragraph's", async () => {
    // A heading "P-8 patrols" gets the id "p-8-patrols" from its text (rehype-slug).
    const { page } = await openPage(browser(), baseUrl);
    // Set once the page is parsed, before its scripts run.
    await page.addInitScript(() =>
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') document.querySelector('.article-body h2')!.id = 'p-8-patrols';
      }),
    );
    await page.goto(baseUrl + ARTICLE);
    await page.waitForFunction(() => document.querySelector('.para-copy') !== null);
    const heading = page.locator('#p-8-patrols');
    expect(await heading.locator('.para-copy').count()).toBe(0);
    expect(await page.locator('.para-copy').count()).toBe(33);
    // A paragraph's text offers the quote with its citation; the heading's, selected next, does not.
    const button = page.getByRole('button', { name: 'Copy quote with citation' });
    await page.locator('#p-15').selectText();
    await expect.poll(() => button.isVisible()).toBe(true);
    await heading.selectText();
    await expect.poll(() => button.isHidden()).toBe(true);
  });
});

describe('finding a copy by its original URL', () => {
  it('lands on the archived copy whatever form of the URL is pasted', async () => {
    const { page } = await openPage(browser(), baseUrl);
    const pasted = SOURCE.replace('https://www.', '') + '/?utm_source=twitter#comments';
    await page.goto(`${baseUrl}/lookup/?url=${encodeURIComponent(pasted)}`);
    await page.waitForURL((url) => url.pathname === STORY);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(SITE + ARTICLE);
  });

  it('says plainly when a URL is not in the archive, and links to search', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/lookup/`);
    await page.getByLabel('Original URL').fill('https://example.com/news/unknown-story');
    await page.getByRole('button', { name: 'Find' }).click();
    const answer = page.locator('.not-archived-answer');
    await expect
      .poll(() => answer.innerText())
      .toBe(
        'https://example.com/news/unknown-story is not in this archive. You can search the archive for its headline or author instead.',
      );
    expect(await answer.locator('a').getAttribute('href')).toMatch(/^\/search\/\?q=/);
    expect(consoleErrors).toEqual([]);
  });
});

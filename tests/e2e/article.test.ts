import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { ARTICLE, SOURCE } from '../helpers/seed';

const baseUrl = inject('baseUrl');

const browser = useBrowser();

describe('the article page', () => {
  it('shows headline, byline, date, photo credit, the four sections and the original URL', async () => {
    const { page, consoleErrors } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + ARTICLE);
    const article = page.locator('article');
    expect(await page.locator('h1').count()).toBe(1);
    // The kicker is styled in capitals; the text itself is the headline as captured.
    expect((await article.locator('h1').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold",
    );
    expect((await article.locator('header .byline').innerText()).trim()).toBe('By Pyotr Kozlov');
    expect(await article.locator('header time').getAttribute('datetime')).toBe('2024-12-11');
    expect(await article.locator('header time').innerText()).toBe('11 December 2024');
    expect(await article.locator('figure figcaption').innerText()).toBe(
      'The Syrian opposition flag flies at the Syrian embassy building in Moscow. Photo: Moskva News Agency',
    );
    expect(await article.locator('figure').innerText()).toContain('Photo not archived');
    expect(await article.locator('figure img').count()).toBe(0);
    expect(await article.locator('.article-body h2').allInnerTexts()).toEqual([
      "'In half a day'",
      "'Crumbled like a house of cards'",
      "No longer 'terrorists'",
      "'Future chaos'",
    ]);
    expect(await page.locator('a.source-url').getAttribute('href')).toBe(SOURCE);
    expect(consoleErrors).toEqual([]);
  });

  it('says what it is: whose article, first published when, archived when', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + ARTICLE);
    const statement = await page.locator('.archive-statement p').first().innerText();
    expect(statement.replace(/\s+/g, ' ')).toBe(
      `Archived copy of ${SOURCE}, first published by The Moscow Times on 11 December 2024, added to the archive on 25 November 2026.`,
    );
  });

  it('lists the archive’s changes, and the related article as not archived with no invented link', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + ARTICLE);
    const notes = page.locator('.archive-notes');
    expect(await notes.locator('h2').innerText()).toBe('Archive notes');
    expect(await notes.locator('ul:not(.related) li strong').allInnerTexts()).toEqual([
      'Headings marked.',
      'Paragraphs rejoined.',
      'Links dropped.',
      'Caption moved.',
      'Page furniture removed.',
    ]);
    const related = notes.locator('.related li');
    expect(await related.innerText()).toContain(
      "Russia Takes a Political, Military and Economic Hit as Syria's Assad Falls from Power",
    );
    expect(await related.innerText()).toContain('not archived');
    expect(await related.locator('a').count()).toBe(0);
    expect(await page.locator('article').innerText()).not.toContain('Related article');
  });

  it('has no link that leads nowhere', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + ARTICLE);
    expect(await page.locator('a[href="#"], a[href=""]').count()).toBe(0);
    expect(await page.locator('.article-body').innerText()).toContain('cellist Sergei Roldugin —');
  });

  it('is readable with JavaScript turned off', async () => {
    const { page } = await openPage(browser(), baseUrl, { javaScriptEnabled: false });
    await page.goto(baseUrl + ARTICLE);
    expect(await page.locator('.article-body p').count()).toBe(33);
    expect(await page.locator('.article-body').innerText()).toContain(
      '"This may be Putin\'s most serious defeat in foreign policy in recent times," Ruslan Suleymanov',
    );
  });

  it('prints the article with its source and archive URL, without the site chrome', async () => {
    const { page } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + ARTICLE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.archive-statement .source-url').isVisible()).toBe(true);
    expect(await page.locator('.archive-statement .archive-url').isVisible()).toBe(true);
    expect(await page.locator('.archive-url').innerText()).toMatch(/\/articles\/the-moscow-times\/2024-12-11\//);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
  });

  it('follows the reader’s light or dark preference, and prints dark on white either way', async () => {
    const colours = async (colorScheme: 'light' | 'dark', media: 'screen' | 'print') => {
      const { page } = await openPage(browser(), baseUrl, { colorScheme });
      await page.goto(baseUrl + ARTICLE);
      await page.emulateMedia({ media });
      return page.evaluate(() => {
        const colour = (selector: string, property: 'color' | 'backgroundColor' = 'color') =>
          getComputedStyle(document.querySelector(selector)!)[property];
        return {
          background: colour('body', 'backgroundColor'),
          text: colour('.article-body p'),
          muted: colour('.article-meta'),
        };
      });
    };
    expect(await colours('light', 'screen')).toEqual({
      background: 'rgb(253, 253, 251)',
      text: 'rgb(28, 28, 28)',
      muted: 'rgb(91, 91, 91)',
    });
    expect(await colours('dark', 'screen')).toEqual({
      background: 'rgb(20, 20, 20)',
      text: 'rgb(232, 230, 225)',
      muted: 'rgb(169, 166, 160)',
    });
    const paper = { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', muted: 'rgb(51, 51, 51)' };
    expect(await colours('light', 'print')).toEqual(paper);
    expect(await colours('dark', 'print')).toEqual(paper);
  });

  it('sets the text at a comfortable measure of about 65 characters a line', async () => {
    const { page } = await openPage(browser(), baseUrl, { viewport: { width: 1280, height: 800 } });
    await page.goto(baseUrl + ARTICLE);
    const perLine = await page.evaluate(() => {
      // The column's width over the average width of the text's own characters, set on one line.
      const body = document.querySelector('.article-body')!;
      const text = [...body.querySelectorAll('p')].map((p) => p.textContent).join(' ');
      const probe = document.createElement('p');
      probe.style.cssText = 'white-space: nowrap; display: inline-block; margin: 0';
      probe.textContent = text;
      body.append(probe);
      const average = probe.getBoundingClientRect().width / text.length;
      probe.remove();
      return body.querySelector('p')!.getBoundingClientRect().width / average;
    });
    expect(perLine).toBeGreaterThan(58);
    expect(perLine).toBeLessThan(72);
  });

  it('serves the capture it was made from, byte for byte', async () => {
    const response = await fetch(`${baseUrl}/captures/000_c8bbb14421199b13.txt`);
    expect(response.status).toBe(200);
    const served = Buffer.from(await response.arrayBuffer());
    expect(
      served.equals(readFileSync(new URL('../../content/captures/000_c8bbb14421199b13.txt', import.meta.url))),
    ).toBe(true);
  });
});

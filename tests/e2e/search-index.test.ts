import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { readFragments, words } from '../helpers/pagefind-fragments';

const baseUrl = inject('baseUrl');
const fragments = readFragments(join(DIST, 'pagefind'));

const browser = useBrowser();

describe('the search index', () => {
  it('holds every article page and every person page, and no list page', () => {
    const urls = fragments.map((f) => f.url);
    expect(urls.filter((u) => u.startsWith('/articles/'))).toEqual([
      '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/',
    ]);
    expect(urls.filter((u) => u.startsWith('/people/'))).toHaveLength(12);
    expect(urls.filter((u) => !u.startsWith('/articles/') && !u.startsWith('/people/'))).toEqual([]);
  });

  it.each(fragments.map((f) => [f.url, f] as const))(
    'indexes exactly the words a reader sees in the article at %s (no glued words)',
    async (url, fragment) => {
      const { page } = await openPage(browser(), baseUrl, { javaScriptEnabled: false });
      await page.goto(baseUrl + url);
      // What the reader sees of the indexed region, less the parts marked as not indexed.
      const visible = await page.evaluate(() => {
        const body = document.querySelector('[data-pagefind-body]') as HTMLElement;
        body.querySelectorAll('[data-pagefind-ignore]').forEach((el) => el.remove());
        return body.innerText;
      });
      const indexed = words(fragment.content);
      const seen = words(visible);
      expect(indexed.filter((w) => !seen.includes(w))).toEqual([]);
      expect(seen.filter((w) => !indexed.includes(w))).toEqual([]);
      expect(indexed.length).toBe(seen.length);
    },
  );

  it('keeps page furniture and the archive’s own notes out of the index', () => {
    const content = fragments.map((f) => f.content).join('\n');
    for (const furniture of [
      'Related article',
      'Archive notes',
      'Photo not archived',
      'Skip to content',
      'Archived copy of',
    ]) {
      expect(content).not.toContain(furniture);
    }
    expect(content).toContain('Mikhail Piotrovsky');
  });

  it('records title, date, publication and byline, and the filters the search page offers', () => {
    const fragment = fragments.find((f) => f.url.startsWith('/articles/'));
    expect(fragment?.meta).toMatchObject({
      title: "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold",
      date: '2024-12-11',
      publication: 'The Moscow Times',
      byline: 'By Pyotr Kozlov',
    });
    const sorted = Object.fromEntries(Object.entries(fragment?.filters ?? {}).map(([k, v]) => [k, [...v].sort()]));
    expect(sorted).toEqual({
      author: ['Pyotr Kozlov'],
      publication: ['The Moscow Times'],
      year: ['2024'],
      person: [
        'Alexander Gabuev',
        'Barack Obama',
        'Bashar al-Assad',
        'Boris Bondarev',
        'Mikhail Piotrovsky',
        'Ruslan Suleymanov',
        'Sergei Roldugin',
        'Sergei Stepashin',
        'Valery Gergiev',
        'Viktor Yanukovych',
        'Vladimir Putin',
      ],
      speaker: ['Alexander Gabuev', 'Bashar al-Assad', 'Boris Bondarev', 'Mikhail Piotrovsky', 'Ruslan Suleymanov'],
    });
    expect(fragment?.anchors.filter((a) => a.element === 'h2').map((a) => a.id)).toEqual([
      'in-half-a-day',
      'crumbled-like-a-house-of-cards',
      'no-longer-terrorists',
      'future-chaos',
    ]);
  });
});

import LinkHeader from 'http-link-header';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { build, copyProject, runBin } from '../helpers/project-copy';
import { serveSite } from '../../src/lib/web-archive/static-host';
import { htmlProblems } from '../helpers/html-validate';
import { axeViolations } from '../helpers/axe';
import { SEED_MD, SITE, STORY } from '../helpers/seed';

const FIRST = `${STORY}20261125/`;
const SECOND = `${STORY}20261126090000/`;
/** Person pages are indexed too, one per registered person. */
const PEOPLE = 12;
const CHANGES = `${STORY}changes/20261125-20261126090000/`;
const MOVED_FROM = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/20261125/';

let project: ReturnType<typeof copyProject>;
const html = (path: string) => fromHtml(readFileSync(join(project.dir, 'dist', path, 'index.html'), 'utf8'));
const file = (path: string) => readFileSync(join(project.dir, 'dist', path), 'utf8');
/** The pages the search index holds, across its partitions. */
const indexedPages = () =>
  readdirSync(join(project.dir, 'dist/pagefind'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .reduce(
      (sum, { name }) => sum + JSON.parse(file(`pagefind/${name}/pagefind-entry.json`)).languages.en.page_count,
      0,
    );
const canonical = (path: string) => select('link[rel=canonical]', html(path))?.properties['href'];

/**
 * An archive in which the seed was captured a second time a day later (one sentence changed), an
 * address published under an older slug now redirects, and, in a second build, the newer
 * snapshot is withdrawn.
 */
beforeAll(() => {
  project = copyProject('archive-snapshots-');
  const seed = readFileSync(join(project.dir, SEED_MD), 'utf8');
  writeFileSync(
    join(project.dir, 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria-2.md'),
    seed
      .replace('archived: "2026-11-25"', 'captured: "2026-11-26T09:00:00Z"\narchived: "2026-11-26"')
      .replace('poses an unprecedented challenge', 'poses a serious challenge'),
  );
  const lock = runBin(project.dir, 'tsx', ['src/cli/lock.ts']);
  expect(lock.status, lock.output).toBe(0);
  expect(lock.output).toContain(`locked 1 new address(es):\n  ${SECOND}`);
  // As if an earlier address had been published and then moved.
  const lockFile = join(project.dir, 'content/archive.lock.json');
  const locked = JSON.parse(readFileSync(lockFile, 'utf8'));
  locked.permalinks[MOVED_FROM] = { source: 'content/articles/old.md', sha256: '0'.repeat(64) };
  writeFileSync(lockFile, JSON.stringify(locked, null, 2));
  writeFileSync(
    join(project.dir, 'content/redirects.yaml'),
    `- from: ${MOVED_FROM}\n  to: ${FIRST}\n  since: "2026-11-25"\n  reason: The story slug was shortened by mistake.\n`,
  );
  const result = build(project.dir);
  expect(result.status, result.output).toBe(0);
}, 180_000);
afterAll(() => project?.remove());

/** The built page at `path` passes html-validate, and axe at WCAG 2.2 AA in both colour schemes. */
async function expectValidAndAccessible(path: string) {
  expect(await htmlProblems(join(project.dir, 'dist', path, 'index.html'))).toEqual([]);
  const server = await serveSite(join(project.dir, 'dist'));
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser(), server.url, { colorScheme, bypassCSP: true });
      await page.goto(server.url + path);
      expect(await axeViolations(page)).toEqual([]);
    }
  } finally {
    await server.close();
  }
}

describe('two snapshots of one article', () => {
  it('keeps both at their own permanent addresses; the plain address shows the newest', () => {
    expect(canonical(FIRST)).toBe(SITE + FIRST);
    expect(canonical(SECOND)).toBe(SITE + SECOND);
    expect(canonical(STORY)).toBe(SITE + SECOND);
    expect(file(`${STORY}index.html`)).toContain('poses a serious challenge');
    expect(file(`${FIRST}index.html`)).toContain('poses an unprecedented challenge');
  });

  it('indexes only the newest snapshot for search, and lists each snapshot on the other', () => {
    expect(select('article[data-pagefind-body]', html(SECOND))).toBeTruthy();
    expect(select('article[data-pagefind-body]', html(FIRST))).toBeFalsy();
    // The plain address serves the newest snapshot's page byte for byte; only the permanent
    // address is in the index (the page count below), so search lists the story once.
    expect(file(`${STORY}index.html`)).toBe(file(`${SECOND}index.html`));
    expect(selectAll('.snapshots a', html(FIRST)).map((a) => a.properties['href'])).toEqual([SECOND, CHANGES]);
    expect(selectAll('.snapshots a', html(SECOND)).map((a) => a.properties['href'])).toEqual([FIRST, CHANGES]);
    expect(indexedPages()).toBe(1 + PEOPLE);
  });

  it('lists both in the TimeMap of the original URL, first and last', () => {
    const timemap = String(select('link[rel=timemap]', html(FIRST))?.properties['href']);
    const links = LinkHeader.parse(file(new URL(timemap).pathname).replace(/\n/g, ' '));
    expect(links.rel('memento').map((l) => l.uri)).toEqual([SITE + FIRST, SITE + SECOND]);
    expect(links.rel('first')[0]!.uri).toBe(SITE + FIRST);
    expect(links.rel('last')[0]!.uri).toBe(SITE + SECOND);
  });

  it('marks the changed sentence on the page comparing the two, word by word', () => {
    const page = html(CHANGES);
    const changed = selectAll('.diff-changed', page);
    expect(changed).toHaveLength(1);
    expect(selectAll('del', changed[0]!).map((d) => toText(d))).toEqual(['[removed: an unprecedented]']);
    expect(selectAll('ins', changed[0]!).map((d) => toText(d))).toEqual(['[added: a serious]']);
    expect(toText(changed[0]!)).toContain(
      'poses [removed: an unprecedented][added: a serious] challenge for the Kremlin',
    );
    expect(select('.changes-summary', page) && toText(select('.changes-summary', page)!)).toContain(
      '2 words removed and 2 added, in 1 of',
    );
    expect(selectAll('.changes-snapshots a', page).map((a) => a.properties['href'])).toEqual([FIRST, SECOND]);
    expect(select('.changes-index a', page)?.properties['href']).toBe(`#${changed[0]!.properties['id']}`);
    expect(file('sitemap-0.xml')).not.toContain('/changes/');
    expect(select('[data-pagefind-body]', page)).toBeFalsy();
  });

  it('has a comparison page that is valid and accessible in both colour schemes', async () => {
    await expectValidAndAccessible(CHANGES);
  });

  it('finds the story once in search, at its newest snapshot, saying how many snapshots exist', async () => {
    const server = await serveSite(join(project.dir, 'dist'));
    try {
      const { page } = await openPage(browser(), server.url);
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('Kremlin')}`);
      const results = page.locator('.search-result', { hasText: 'Russia, Reeling from Syrian Regime' });
      await results.first().waitFor();
      expect(await results.count()).toBe(1);
      const href = String(await results.locator('h2 a').getAttribute('href'));
      expect(href.split('?')[0]).toBe(SECOND);
      expect(await results.locator('.result-meta').innerText()).toContain('2 snapshots (newest shown)');
    } finally {
      await server.close();
    }
  });

  it('shows one entry per story on the home page and in the feed', () => {
    expect(selectAll('.article-card', html('/')).length).toBe(1);
    expect(file('rss.xml').match(/<item>/g)).toHaveLength(1);
    expect(file('rss.xml')).toContain(`<link>${SITE}${SECOND}</link>`);
  });
});

describe('a moved address', () => {
  it('is a redirect page of the archive itself and a _redirects line', () => {
    const page = html(MOVED_FROM);
    expect(select('html', page)?.properties['lang']).toBe('en');
    expect(file(`${MOVED_FROM}index.html`)).toMatch(/^<!DOCTYPE html>/i);
    expect(select('meta[http-equiv=content-security-policy]', page)).toBeTruthy();
    expect(select('meta[http-equiv=refresh]', page)?.properties['content']).toBe(`0; url=${FIRST}`);
    // The old story address follows too, since no snapshot is published under it any more.
    const oldStory = MOVED_FROM.replace(/[^/]+\/$/, '');
    expect(file('_redirects')).toBe(`${MOVED_FROM} ${FIRST} 301\n${oldStory} ${STORY} 301\n`);
    expect(select('meta[http-equiv=refresh]', html(oldStory))?.properties['content']).toBe(`0; url=${STORY}`);
  });

  it('passes html-validate', async () => {
    expect(await htmlProblems(join(project.dir, 'dist', MOVED_FROM, 'index.html'))).toEqual([]);
  });

  it('passes axe at WCAG 2.2 AA, as does the withdrawal page below', async () => {
    const server = await serveSite(join(project.dir, 'dist'));
    try {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await openPage(browser(), server.url, {
          colorScheme,
          bypassCSP: true,
          javaScriptEnabled: true,
        });
        // Stay on the redirect page long enough to check it: serve it without its refresh.
        const html = file(`${MOVED_FROM}index.html`).replace(/<meta http-equiv="refresh"[^>]*>/, '');
        await page.route(`**${MOVED_FROM}`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
        await page.goto(server.url + MOVED_FROM);
        expect(await axeViolations(page)).toEqual([]);
      }
    } finally {
      await server.close();
    }
  });

  it('takes a reader to the new address', async () => {
    const server = await serveSite(join(project.dir, 'dist'));
    try {
      const { page } = await openPage(browser(), server.url);
      await page.goto(server.url + MOVED_FROM);
      await page.waitForURL((url) => url.pathname === FIRST);
    } finally {
      await server.close();
    }
  });
});

describe('a withdrawn snapshot', () => {
  beforeAll(() => {
    writeFileSync(
      join(project.dir, 'content/withdrawals.yaml'),
      `- path: ${SECOND}\n  withdrawn: "2026-12-01"\n  note: Withdrawn at the request of a person named in it.\n`,
    );
    const result = build(project.dir);
    expect(result.status, result.output).toBe(0);
  }, 180_000);

  it('keeps its address, which now says it was withdrawn and when', () => {
    const text = file(`${SECOND}index.html`);
    expect(text).toContain('The archived copy at this address was withdrawn on');
    expect(text).toContain('1 December 2026');
    expect(text).not.toContain('poses a serious challenge');
    expect(canonical(SECOND)).toBe(SITE + SECOND);
  });

  it('is a valid, accessible page', async () => {
    await expectValidAndAccessible(SECOND);
  });

  it('leaves the older snapshot at its address, unchanged, and no comparison with the withdrawn copy', () => {
    expect(canonical(FIRST)).toBe(SITE + FIRST);
    expect(file(`${FIRST}index.html`)).toContain('poses an unprecedented challenge');
    expect(selectAll('.snapshots a', html(FIRST))).toEqual([]);
    expect(existsSync(join(project.dir, 'dist', CHANGES))).toBe(false);
  });

  it('leaves the index, the feed and the TimeMap; the plain address shows the older snapshot', () => {
    expect(indexedPages()).toBe(1 + PEOPLE);
    expect(select('article[data-pagefind-body]', html(FIRST))).toBeTruthy();
    expect(file('rss.xml')).not.toContain(SECOND);
    expect(canonical(STORY)).toBe(SITE + FIRST);
    expect(file('lookup/urls.json')).not.toContain(SECOND);
  });
});

const browser = useBrowser();

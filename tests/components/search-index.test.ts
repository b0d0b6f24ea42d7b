import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ArticleText from '../../src/components/ArticleText.astro';
import { buildSearchIndex } from '../../src/cli/finish-build/search-index';
import { articleView } from '../../src/lib/views/article-view';
import { pagefindOptions, type SearchState } from '../../src/lib/search/query';
import type { ArticleData } from '../../src/schemas/article';

/** An article page rendered by the archive's own component, so the index sees the real markup. */
async function articlePage(headline: string, published: string, author: string, publication: string, text: string) {
  const data: ArticleData = {
    headline,
    storySlug: 'story',
    authors: [{ name: author }],
    publication: { name: publication, url: 'https://example.org/' },
    published,
    sourceUrl: 'https://example.org/story',
    archived: '2026-11-25',
    language: 'en',
    summary: 'A summary.',
    capture: { file: 'captures/x.txt', sha256: 'a'.repeat(64), format: 'text' },
    related: [],
    editorialChanges: [],
    attributions: [],
  };
  const container = await AstroContainer.create();
  const article = await container.renderToString(ArticleText, {
    props: { view: articleView(data), publication, lang: 'en' },
    slots: { default: `<p>${text}</p>` },
  });
  return `<!doctype html><html lang="en"><body><nav>Site chrome</nav>${article}</body></html>`;
}

const logger = { info: () => {} };
const pages = ['articles/old/', 'articles/new/', 'articles/middle/', 'search/'];
const SEARCH_PAGE =
  '<!doctype html><html lang="en"><body><h1>Search</h1><form data-search-shards="/pagefind/"></form><p>Putin suitcase</p></body></html>';

interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(basePath: string, options: { baseUrl: string }): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy(): Promise<void>;
}
const realFetch = globalThis.fetch;
/** The same three article pages built as one index, and as three shards of one page each. */
const built: Record<'one index' | 'three shards', { site: string; pagefind?: PagefindInstance; indexed?: number }> = {
  'one index': { site: mkdtempSync(join(tmpdir(), 'archive-site-')) },
  'three shards': { site: mkdtempSync(join(tmpdir(), 'archive-site-')) },
};
const site = built['one index'].site;

beforeAll(async () => {
  const articles: [string, string][] = [
    [
      'articles/old/',
      await articlePage(
        'Old report',
        '2019-03-01',
        'Anna Field',
        'The Daily',
        'Putin spoke in Sochi about the suitcase.',
      ),
    ],
    [
      'articles/new/',
      await articlePage('New report', '2025-06-30', 'Boris Lane', 'The Weekly', 'Putin answered questions in Moscow.'),
    ],
    [
      'articles/middle/',
      await articlePage(
        'Middle report',
        '2022-01-15',
        'Anna Field',
        'The Daily',
        'A suitcase without a handle, Putin said.',
      ),
    ],
    ['search/', SEARCH_PAGE],
  ];
  // Pagefind's browser bundle runs in Node once it can fetch its files from disk.
  globalThis.fetch = (async (input: string | URL) => {
    try {
      return new Response(await readFile(fileURLToPath(new URL(String(input)))));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  for (const [name, limit] of [
    ['one index', 12_000],
    ['three shards', 1],
  ] as const) {
    const target = built[name];
    for (const [path, html] of articles) {
      mkdirSync(join(target.site, path), { recursive: true });
      writeFileSync(join(target.site, path, 'index.html'), html);
    }
    target.indexed = await buildSearchIndex(
      target.site,
      pages.map((pathname) => ({ pathname })),
      { logger, limit },
    );
    writeFileSync(join(target.site, 'package.json'), '{"type":"module"}');
    const bundle = pathToFileURL(join(target.site, 'pagefind/')).href;
    const { createInstance } = await import(/* @vite-ignore */ `${bundle}pagefind.js?${name.replace(' ', '-')}`);
    target.pagefind = createInstance({ basePath: bundle, baseUrl: '/' }) as PagefindInstance;
    await target.pagefind.init();
    // The search page merges the shards it lists, as the browser does.
    const listed = /data-search-shards="([^"]*)"/.exec(
      readFileSync(join(target.site, 'search/index.html'), 'utf8'),
    )![1]!;
    for (const base of listed.split(' ').slice(1)) {
      await target.pagefind.mergeIndex(pathToFileURL(join(target.site, base)).href + '/', { baseUrl: '/' });
    }
  }
});

afterAll(async () => {
  for (const target of Object.values(built)) {
    await target.pagefind?.destroy();
    rmSync(target.site, { recursive: true, force: true });
  }
  globalThis.fetch = realFetch;
});

describe('shards', () => {
  it('index every article page whichever way the index is split', () => {
    expect(built['one index'].indexed).toBe(3);
    expect(built['three shards'].indexed).toBe(3);
  });

  it('are listed on the search page, and leave out the files the first shard serves', () => {
    const html = readFileSync(join(built['three shards'].site, 'search/index.html'), 'utf8');
    expect(html).toContain('data-search-shards="/pagefind/ /pagefind/shard-2/ /pagefind/shard-3/"');
    expect(readdirSync(join(built['three shards'].site, 'pagefind/shard-2')).sort()).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      expect.stringMatching(/^pagefind\.en_[0-9a-f]+\.pf_meta$/),
    ]);
    expect(readFileSync(join(built['one index'].site, 'search/index.html'), 'utf8')).toBe(SEARCH_PAGE);
  });
});

async function search(name: keyof typeof built, q: string | null, state: Partial<SearchState>): Promise<string[]> {
  const options = pagefindOptions({ q: q ?? '', sort: 'relevance', filters: {}, ...state });
  const found = await built[name].pagefind!.search(q, options);
  return Promise.all(found.results.map(async (r) => (await r.data()).url));
}

describe.each(['one index', 'three shards'] as const)(
  'the index built as %s, and the searches the search page asks of it',
  (name) => {
    const urls = (q: string | null, state: Partial<SearchState>) => search(name, q, state);

    it('indexes only pages with an article body', async () => {
      expect(await urls('Putin', {})).toHaveLength(3);
      expect(await urls('chrome', {})).toEqual([]);
    });

    it('filters by publication, author and year', async () => {
      expect(await urls('Putin', { filters: { publication: 'The Weekly' } })).toEqual(['/articles/new/']);
      expect(await urls('Putin', { filters: { author: 'Anna Field' }, sort: 'newest' })).toEqual([
        '/articles/middle/',
        '/articles/old/',
      ]);
      expect(await urls('Putin', { filters: { year: '2025' } })).toEqual(['/articles/new/']);
      expect(await urls(null, { filters: { year: '2019' } })).toEqual(['/articles/old/']);
    });

    it('matches a quoted phrase exactly, in order', async () => {
      expect(await urls('"suitcase without a handle"', {})).toEqual(['/articles/middle/']);
      expect(await urls('"handle without a suitcase"', {})).toEqual([]);
    });
  },
);

describe('date order', () => {
  it('in one index: sorts by the indexed date, newest or oldest first', async () => {
    expect(await search('one index', 'Putin', { sort: 'newest' })).toEqual([
      '/articles/new/',
      '/articles/middle/',
      '/articles/old/',
    ]);
    expect(await search('one index', 'Putin', { sort: 'oldest' })).toEqual([
      '/articles/old/',
      '/articles/middle/',
      '/articles/new/',
    ]);
  });

  // Pagefind orders the results of merged shards by score alone, so the search page then offers
  // no date order; asked for one, the shards still find every match.
  it('in three shards: finds every match from every shard whatever the order asked', async () => {
    for (const sort of ['newest', 'oldest', 'relevance'] as const) {
      expect((await search('three shards', 'Putin', { sort })).sort()).toEqual([
        '/articles/middle/',
        '/articles/new/',
        '/articles/old/',
      ]);
    }
  });
});

describe('the build', () => {
  it('fails when an article page is missing from the index', async () => {
    // The attribute's name only in the text: the page looks indexable, but Pagefind finds no body.
    mkdirSync(join(site, 'articles/broken'), { recursive: true });
    writeFileSync(join(site, 'articles/broken/index.html'), '<html><body><p>data-pagefind-body</p></body></html>');
    await expect(
      buildSearchIndex(site, [{ pathname: 'articles/old/' }, { pathname: 'articles/broken/' }], { logger }),
    ).rejects.toThrow('Pagefind indexed 1 pages, but 2 built pages have an article body');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ArticleText from '../../src/components/ArticleText.astro';
import { buildSearchIndex } from '../../src/integrations/pagefind';
import { articleView } from '../../src/lib/article-view';
import { pagefindOptions, type SearchState } from '../../src/lib/search-query';
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
let site: string;
const pages = ['articles/old/', 'articles/new/', 'articles/middle/', 'search/'];

interface PagefindInstance {
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  destroy(): Promise<void>;
}
let pagefind: PagefindInstance;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'archive-site-'));
  const write = (path: string, html: string) => {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  };
  write(
    'articles/old/',
    await articlePage(
      'Old report',
      '2019-03-01',
      'Anna Field',
      'The Daily',
      'Putin spoke in Sochi about the suitcase.',
    ),
  );
  write(
    'articles/new/',
    await articlePage('New report', '2025-06-30', 'Boris Lane', 'The Weekly', 'Putin answered questions in Moscow.'),
  );
  write(
    'articles/middle/',
    await articlePage(
      'Middle report',
      '2022-01-15',
      'Anna Field',
      'The Daily',
      'A suitcase without a handle, Putin said.',
    ),
  );
  write('search/', '<!doctype html><html lang="en"><body><h1>Search</h1><p>Putin suitcase</p></body></html>');
  expect(
    await buildSearchIndex(
      site,
      pages.map((pathname) => ({ pathname })),
      logger,
    ),
  ).toBe(3);

  // Pagefind's browser bundle runs in Node once it can fetch its files from disk.
  writeFileSync(join(site, 'package.json'), '{"type":"module"}');
  globalThis.fetch = (async (input: string | URL) => {
    try {
      return new Response(await readFile(fileURLToPath(new URL(String(input)))));
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  const bundle = pathToFileURL(join(site, 'pagefind/')).href;
  const { createInstance } = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
  pagefind = createInstance({ basePath: bundle, baseUrl: '/' });
  await pagefind.init();
});

afterAll(async () => {
  await pagefind?.destroy();
  globalThis.fetch = realFetch;
  rmSync(site, { recursive: true, force: true });
});

async function urls(q: string | null, state: Partial<SearchState>): Promise<string[]> {
  const found = await pagefind.search(q, pagefindOptions({ q: q ?? '', sort: 'relevance', filters: {}, ...state }));
  return Promise.all(found.results.map(async (r) => (await r.data()).url));
}

describe('the index built from article pages, and the searches the search page asks of it', () => {
  it('indexes only pages with an article body', async () => {
    expect(await urls('Putin', {})).toHaveLength(3);
    expect(await urls('chrome', {})).toEqual([]);
  });

  it('sorts by the indexed date, newest or oldest first', async () => {
    expect(await urls('Putin', { sort: 'newest' })).toEqual(['/articles/new/', '/articles/middle/', '/articles/old/']);
    expect(await urls('Putin', { sort: 'oldest' })).toEqual(['/articles/old/', '/articles/middle/', '/articles/new/']);
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

  it('fails when an article page is missing from the index', async () => {
    // The attribute's name only in the text: the page looks indexable, but Pagefind finds no body.
    mkdirSync(join(site, 'articles/broken'), { recursive: true });
    writeFileSync(join(site, 'articles/broken/index.html'), '<html><body><p>data-pagefind-body</p></body></html>');
    await expect(
      buildSearchIndex(site, [{ pathname: 'articles/old/' }, { pathname: 'articles/broken/' }], logger),
    ).rejects.toThrow('Pagefind indexed 1 pages, but 2 built pages have an article body');
  });
});

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { partitionList, type SearchPartition } from '../../src/lib/search/partitions';
import { openArchiveSearch, type ArchiveSearch, type PagefindModule } from '../../src/scripts/search-pagefind';
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
const OLD = '/articles/the-daily/2019-03-01/old/20261125/';
const MIDDLE = '/articles/the-daily/2022-01-15/middle/20261125/';
const EARLY = '/articles/the-weekly/2025-02-10/early/20261125/';
const NEW = '/articles/the-weekly/2025-06-30/new/20261125/';
const pages = [OLD, NEW, MIDDLE, EARLY, '/search/'].map((path) => path.slice(1));
const SEARCH_PAGE =
  '<!doctype html><html lang="en"><body><h1>Search</h1><form data-search-partitions="/pagefind/"></form><p>Putin suitcase</p></body></html>';

type Build = 'partitions' | 'partitions in shards';
/** The same four article pages indexed in partitions by year, and with each shard one page. */
const built: Record<
  Build,
  {
    site: string;
    indexed?: number;
    module?: PagefindModule;
    partitions?: SearchPartition[];
    search?: ArchiveSearch;
  }
> = {
  partitions: { site: mkdtempSync(join(tmpdir(), 'archive-site-')) },
  'partitions in shards': { site: mkdtempSync(join(tmpdir(), 'archive-site-')) },
};
const site = built.partitions.site;
const realFetch = globalThis.fetch;

/** The four article pages and the search page, as the build writes them: path and HTML. */
let articles: [string, string][] = [];
beforeAll(async () => {
  articles = [
    [
      OLD,
      await articlePage(
        'Old report',
        '2019-03-01',
        'Anna Field',
        'The Daily',
        'Putin spoke in Sochi about the suitcase.',
      ),
    ],
    [
      NEW,
      await articlePage('New report', '2025-06-30', 'Boris Lane', 'The Weekly', 'Putin answered questions in Moscow.'),
    ],
    [
      MIDDLE,
      await articlePage(
        'Middle report',
        '2022-01-15',
        'Anna Field',
        'The Daily',
        'A suitcase without a handle, Putin said.',
      ),
    ],
    [EARLY, await articlePage('Early report', '2025-02-10', 'Boris Lane', 'The Weekly', 'Putin was in Minsk.')],
    ['/search/', SEARCH_PAGE],
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
    ['partitions', 12_000],
    ['partitions in shards', 1],
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
    const root = pathToFileURL(join(target.site, 'pagefind/')).href;
    const module = await import(/* @vite-ignore */ `${root}pagefind.js?${name.replaceAll(' ', '-')}`);
    // The partitions the search page lists, at their place on disk, opened as the browser opens them.
    const listed = /data-search-partitions="([^"]*)"/.exec(
      readFileSync(join(target.site, 'search/index.html'), 'utf8'),
    )![1]!;
    const onDisk = partitionList(listed).map(({ name, bases }) => ({
      name,
      bases: bases.map((base) => pathToFileURL(join(target.site, base)).href.replace(/\/?$/, '/')),
    }));
    target.module = module as PagefindModule;
    target.partitions = onDisk;
    target.search = await openArchiveSearch(target.module, onDisk);
  }
}, 60_000);

afterAll(async () => {
  for (const target of Object.values(built)) rmSync(target.site, { recursive: true, force: true });
  globalThis.fetch = realFetch;
});

describe('partitions', () => {
  it('index every article page whichever way the index is split', () => {
    expect(built.partitions.indexed).toBe(4);
    expect(built['partitions in shards'].indexed).toBe(4);
  });

  it('are listed on the search page newest first, each with its shards, and the files a shard uses from its first left out', () => {
    const html = (name: Build) => readFileSync(join(built[name].site, 'search/index.html'), 'utf8');
    expect(html('partitions')).toContain('data-search-partitions="/pagefind/2025/ /pagefind/2022/ /pagefind/2019/"');
    expect(html('partitions in shards')).toContain(
      'data-search-partitions="/pagefind/2025/ /pagefind/2025/shard-2/ /pagefind/2022/ /pagefind/2019/"',
    );
    expect(readdirSync(join(built['partitions in shards'].site, 'pagefind/2025/shard-2')).sort()).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-entry.json',
      expect.stringMatching(/^pagefind\.en_[0-9a-f]+\.pf_meta$/),
    ]);
  });
});

/** The addresses of every result of a search, in the order the search page lists them. */
async function search(name: Build, q: string | null, state: Partial<SearchState>): Promise<string[]> {
  const options = pagefindOptions({ q: q ?? '', sort: 'relevance', filters: {}, ...state });
  const results = await built[name].search!.search(q, options);
  const all = await results.slice(0, results.total);
  expect(all).toHaveLength(results.total);
  return Promise.all(all.map(async (r) => (await r.data()).url.split('?')[0]!));
}

describe.each(['partitions', 'partitions in shards'] as const)(
  'the index built in %s, and the searches the search page asks of it',
  (name) => {
    const urls = (q: string | null, state: Partial<SearchState>) => search(name, q, state);

    it('indexes only pages with an article body', async () => {
      expect(await urls('Putin', {})).toHaveLength(4);
      expect(await urls('chrome', {})).toEqual([]);
    });

    it('filters by publication, author and year', async () => {
      expect((await urls('Putin', { filters: { publication: 'The Weekly' } })).sort()).toEqual([EARLY, NEW].sort());
      expect(await urls('Putin', { filters: { author: 'Anna Field' }, sort: 'newest' })).toEqual([MIDDLE, OLD]);
      expect((await urls('Putin', { filters: { year: '2025' } })).sort()).toEqual([EARLY, NEW].sort());
      expect(await urls(null, { filters: { year: '2019' } })).toEqual([OLD]);
    });

    it('matches a quoted phrase exactly, in order', async () => {
      expect(await urls('"suitcase without a handle"', {})).toEqual([MIDDLE]);
      expect(await urls('"handle without a suitcase"', {})).toEqual([]);
    });

    it('orders results by date across partitions and shards, newest or oldest first', async () => {
      expect(await urls('Putin', { sort: 'newest' })).toEqual([NEW, EARLY, MIDDLE, OLD]);
      expect(await urls('Putin', { sort: 'oldest' })).toEqual([OLD, MIDDLE, EARLY, NEW]);
      expect(await urls('suitcase', { sort: 'newest' })).toEqual([MIDDLE, OLD]);
    });

    it('offers the filters of every partition in its menus, and not the partitions themselves', async () => {
      const filters = await built[name].search!.filters();
      expect(filters.year).toEqual({ '2019': 1, '2022': 1, '2025': 2 });
      expect(Object.keys(filters)).not.toContain('partition');
    });
  },
);

describe('a date order', () => {
  it('asks the older partitions only when the page being shown reaches them', async () => {
    const target = built.partitions;
    const asked: string[] = [];
    // The same bundle, with each search that names one index recorded.
    const spying: PagefindModule = {
      createInstance(options) {
        const instance = target.module!.createInstance(options);
        return {
          ...instance,
          search: (q: string | null, o?: { filters?: Record<string, string> }) => {
            if (o?.filters?.partition) asked.push(o.filters.partition.replace(/^.*\/pagefind\//, ''));
            return instance.search(q, o);
          },
        };
      },
    };
    const search = await openArchiveSearch(spying, target.partitions!);
    const results = await search.search('Putin', pagefindOptions({ q: 'Putin', sort: 'newest', filters: {} }));
    expect(results.total).toBe(4);
    const firstTwo = await results.slice(0, 2);
    expect(await Promise.all(firstTwo.map(async (r) => (await r.data()).url.split('?')[0]!))).toEqual([NEW, EARLY]);
    expect(asked).toEqual(['2025/']);
    await results.slice(2, 4);
    expect(asked).toEqual(['2025/', '2022/', '2019/']);
  });

  it('skips the partitions that hold no result', async () => {
    const results = await built.partitions.search!.search(
      'suitcase',
      pagefindOptions({ q: 'suitcase', sort: 'oldest', filters: {} }),
    );
    expect(results.total).toBe(2);
    const all = await results.slice(0, 10);
    expect(await Promise.all(all.map(async (r) => (await r.data()).url.split('?')[0]!))).toEqual([OLD, MIDDLE]);
  });
});

describe('partitions indexed apart', () => {
  /** A folder holding these pages of the site, as one machine's build of them would. */
  const siteWith = (paths: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-apart-'));
    for (const [path, html] of articles.filter(([path]) => paths.includes(path) || path === '/search/')) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    }
    return dir;
  };
  const filesOf = (dir: string) =>
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [file.slice(dir.length), readFileSync(file).toString('base64')])
      .sort(([a], [b]) => a!.localeCompare(b!));

  it('on two machines and merged give the index of one build of every page, byte for byte', async () => {
    const all = [OLD, MIDDLE, EARLY, NEW];
    const index = (dir: string, paths: string[], cacheDir?: string, messages: string[] = []) =>
      buildSearchIndex(
        dir,
        [...paths, '/search/'].map((path) => ({ pathname: path.slice(1) })),
        { logger: { info: (m: string) => messages.push(m) }, ...(cacheDir ? { cacheDir } : {}) },
      );
    const whole = siteWith(all);
    const [older, newer, merged] = [siteWith([OLD, MIDDLE]), siteWith([EARLY, NEW]), siteWith(all)];
    const cache = () => mkdtempSync(join(tmpdir(), 'archive-cache-'));
    const [olderCache, newerCache, mergedCache] = [cache(), cache(), cache()];
    try {
      expect(await index(whole, all)).toBe(4);
      // Each machine indexes its own partitions, then their kept indexes are brought together.
      expect(await index(older, [OLD, MIDDLE], olderCache)).toBe(2);
      expect(await index(newer, [EARLY, NEW], newerCache)).toBe(2);
      cpSync(olderCache, mergedCache, { recursive: true });
      cpSync(newerCache, mergedCache, { recursive: true });
      const messages: string[] = [];
      expect(await index(merged, all, mergedCache, messages)).toBe(4);
      expect(messages.filter((m) => m.startsWith('Gave Pagefind'))).toEqual([]);
      expect(messages.at(-1)).toContain('(3 unchanged, copied from');
      expect(filesOf(join(merged, 'pagefind'))).toEqual(filesOf(join(whole, 'pagefind')));
      expect(readFileSync(join(merged, 'search/index.html'), 'utf8')).toBe(
        readFileSync(join(whole, 'search/index.html'), 'utf8'),
      );
    } finally {
      for (const dir of [whole, older, newer, merged, olderCache, newerCache, mergedCache]) {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

describe('the build', () => {
  it('fails when an article page is missing from the index', async () => {
    // The attribute's name only in the text: the page looks indexable, but Pagefind finds no body.
    const broken = 'articles/the-daily/2019-05-05/broken/20261125/';
    mkdirSync(join(site, broken), { recursive: true });
    writeFileSync(join(site, broken, 'index.html'), '<html><body><p>data-pagefind-body</p></body></html>');
    await expect(
      buildSearchIndex(site, [{ pathname: OLD.slice(1) }, { pathname: broken }], { logger }),
    ).rejects.toThrow('Pagefind indexed 1 pages, but 2 built pages have an article body');
  });
});

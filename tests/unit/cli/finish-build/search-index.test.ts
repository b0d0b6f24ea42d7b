import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
  addHTMLFile: vi.fn(),
  writeFiles: vi.fn(),
}));
vi.mock('pagefind', () => ({
  createIndex: pagefind.createIndex,
  close: pagefind.close,
}));

const { buildSearchIndex, indexedPageCount, PAGEFIND_ALLOCATOR, UNUSED_BUNDLES } =
  await import('../../../../src/cli/finish-build/search-index');
const logger = { info: vi.fn() };

/**
 * A built site: a home page without a body to index, a person's page, and two stories of 2024
 * (each at its plain address and at its snapshot's), and the search page that lists the index.
 */
const site = mkdtempSync(join(tmpdir(), 'archive-pagefind-'));
const page = (path: string, html: string) => {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), html);
};
const body = (text: string) => `<html><body><article data-pagefind-body>${text}</article></body></html>`;
page('', '<html><body>Home</body></html>');
page('people/a/', body('Person'));
/** A story's plain address: a copy of its newest snapshot's page, body and all. */
const STORY = 'articles/pub/2024-12-11/story/';
page(STORY, body('Story'));
page(`${STORY}20261125/`, body('Story'));
const OTHER = 'articles/pub/2024-03-02/other/20261125/';
page(OTHER, body('Other'));
const SEARCH_PAGE = '<form data-search-partitions="/pagefind/"></form>';
const PAGES = [
  { pathname: '' },
  { pathname: 'people/a/' },
  { pathname: STORY },
  { pathname: `${STORY}20261125/` },
  { pathname: OTHER },
  { pathname: 'search/' },
];
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** What Pagefind 1.6 writes into a bundle folder (its ready-made interfaces among them). */
const BUNDLE_FILES = [
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-highlight.js',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
  'pagefind.en_0.pf_meta',
  ...UNUSED_BUNDLES,
];

/** Pages added to the index being built, which its entry file then counts. */
let added = 0;
const addPage = async () => {
  added++;
  return { errors: [], file: {} };
};
/** Writes the index as Pagefind does: its bundle files, and pagefind-entry.json with the page count. */
const writeIndex = async ({ outputPath }: { outputPath: string }, pageCount = added) => {
  mkdirSync(join(outputPath, 'index'), { recursive: true });
  for (const file of BUNDLE_FILES) writeFileSync(join(outputPath, file), '');
  const languages = { en: { hash: 'en_0', wasm: 'en', page_count: pageCount } };
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
  return { errors: [], outputPath };
};

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockImplementation(async () => {
    added = 0;
    return { errors: [], index: { addHTMLFile: pagefind.addHTMLFile, writeFiles: pagefind.writeFiles } };
  });
  pagefind.addHTMLFile.mockImplementation(addPage);
  pagefind.writeFiles.mockImplementation(writeIndex);
  page('search/', SEARCH_PAGE);
});
afterEach(() => {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  rmSync(join(site, '_headers'), { force: true });
});

/** The files of a folder of the site and their contents, to compare two builds byte for byte. */
const filesOf = (dir: string) =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => {
      const path = join(dir, f);
      return [f, tryRead(path)];
    }),
  );
const tryRead = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '(folder)';
  }
};

describe('buildSearchIndex', () => {
  it('writes one index per partition, newest first, with the scripts once at the search root', async () => {
    expect(await buildSearchIndex(site, PAGES, { logger })).toBe(3);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual([
      '2024',
      'pagefind-highlight.js',
      'pagefind.js',
      'people',
    ]);
    for (const partition of ['2024', 'people']) {
      expect(readdirSync(join(site, 'pagefind', partition)).sort()).toEqual(
        [
          'index',
          'pagefind-entry.json',
          'pagefind-worker.js',
          'pagefind.en_0.pf_meta',
          'wasm.en.pagefind',
          'wasm.unknown.pagefind',
        ].sort(),
      );
    }
    expect(readFileSync(join(site, 'search/index.html'), 'utf8')).toBe(
      '<form data-search-partitions="/pagefind/2024/ /pagefind/people/"></form>',
    );
    expect(logger.info).toHaveBeenLastCalledWith(
      `Indexed 3 pages, every page with a body to index, in 2 partitions under ${join(site, 'pagefind/')}`,
    );
    expect(pagefind.close).toHaveBeenCalledTimes(2);
  });

  it('gives Pagefind only the pages with a body to index, each story at its permanent address only', async () => {
    await buildSearchIndex(site, PAGES, { logger });
    expect(pagefind.addHTMLFile.mock.calls.map(([file]) => file.sourcePath)).toEqual([
      `${OTHER}index.html`,
      `${STORY}20261125/index.html`,
      'people/a/index.html',
    ]);
  });

  it("gives each partition's search worker its headers on hosts that read _headers", async () => {
    writeFileSync(join(site, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    await buildSearchIndex(site, PAGES, { logger });
    const headers = readFileSync(join(site, '_headers'), 'utf8');
    expect(headers.startsWith('/*\n  X-Content-Type-Options: nosniff\n/pagefind/2024/pagefind-worker.js\n')).toBe(true);
    expect(headers).toContain("/pagefind/people/pagefind-worker.js\n  Content-Security-Policy: default-src 'self'");
  });

  it('refuses a search page that does not carry the list of partitions to fill', async () => {
    page('search/', '<form></form>');
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(
      'The search page must carry data-search-partitions="/pagefind/" exactly once',
    );
  });
});

describe('buildSearchIndex stops the build on any Pagefind error', () => {
  it.each([
    ['createIndex', () => pagefind.createIndex.mockResolvedValue({ errors: ['no service'] })],
    [`adding ${OTHER}index.html`, () => pagefind.addHTMLFile.mockResolvedValue({ errors: ['bad HTML'] })],
    ['writeFiles', () => pagefind.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' })],
  ])('%s', async (step, fail) => {
    fail();
    const message = step === 'createIndex' ? 'no service' : step === 'writeFiles' ? 'disk full' : 'bad HTML';
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(`Pagefind ${step} failed:\n  ${message}`);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('and when Pagefind wrote no index at all', async () => {
    pagefind.writeFiles.mockImplementation(async ({ outputPath }) => ({ errors: [], outputPath }));
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(
      `Pagefind wrote no index to ${site}/pagefind/2024`,
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('and when the index holds fewer pages than were given', async () => {
    pagefind.writeFiles.mockImplementation((options) => writeIndex(options, added - 1));
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(
      'Pagefind indexed 1 pages, but 2 built pages have an article body',
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});

describe('indexedPageCount', () => {
  it('counts pages across every language of the index', () => {
    expect(indexedPageCount({ languages: { en: { page_count: 3 }, ru: { page_count: 2 } } })).toBe(5);
  });
});

/** Records each page Pagefind is given (`add <path>`) and its writing the index (`write`), in order. */
function recordCalls(): string[] {
  const events: string[] = [];
  pagefind.addHTMLFile.mockImplementation(async (file: { sourcePath: string }) => {
    events.push(`add ${file.sourcePath}`);
    return addPage();
  });
  pagefind.writeFiles.mockImplementation(async (options: { outputPath: string }) => {
    events.push('write');
    return writeIndex(options);
  });
  return events;
}

describe('while Pagefind writes the index', () => {
  it('the build is told once, when the first index has all its pages and is being written', async () => {
    const events = recordCalls();
    expect(await buildSearchIndex(site, PAGES, { logger, whileWriting: () => events.push('told') })).toBe(3);
    expect(events).toEqual([
      `add ${OTHER}index.html`,
      `add ${STORY}20261125/index.html`,
      'told',
      'write',
      'add people/a/index.html',
      'write',
    ]);
  });

  it('waits for the rest of the build before the index is built, with every page already sent', async () => {
    const events = recordCalls();
    let done = () => {};
    const rest = new Promise<void>((resolve) => (done = resolve));
    const indexing = buildSearchIndex(site, PAGES, {
      logger,
      whileWriting: () => events.push('told'),
      beforeWriting: rest,
    });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([`add ${OTHER}index.html`, `add ${STORY}20261125/index.html`]);
    events.push('rest done');
    done();
    expect(await indexing).toBe(3);
    expect(events.slice(2, 5)).toEqual(['rest done', 'told', 'write']);
  });

  it('writes no index when the rest of the build fails, and stops with its error', async () => {
    const failed = Promise.reject(new Error('These article pages were built with no text'));
    failed.catch(() => {});
    await expect(buildSearchIndex(site, PAGES, { logger, beforeWriting: failed })).rejects.toThrow(
      'These article pages were built with no text',
    );
    expect(pagefind.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});

describe('a partition written in shards', () => {
  /** Indexes the site one page per shard. */
  const sharded = () => buildSearchIndex(site, PAGES, { logger, limit: 1 });

  it('holds every page once, one shard after another, each counted', async () => {
    expect(await sharded()).toBe(3);
    expect(pagefind.writeFiles.mock.calls.map(([{ outputPath }]) => outputPath)).toEqual([
      join(site, 'pagefind/2024/'),
      join(site, 'pagefind/2024/shard-2/'),
      join(site, 'pagefind/people/'),
    ]);
    expect(readFileSync(join(site, 'search/index.html'), 'utf8')).toBe(
      '<form data-search-partitions="/pagefind/2024/ /pagefind/2024/shard-2/ /pagefind/people/"></form>',
    );
  });

  it("keeps Pagefind's worker and WebAssembly in the partition's first shard only, and its interfaces in none", async () => {
    await sharded();
    expect(readdirSync(join(site, 'pagefind/2024/shard-2')).sort()).toEqual([
      'index',
      'pagefind-entry.json',
      'pagefind.en_0.pf_meta',
    ]);
    const primary = readdirSync(join(site, 'pagefind/2024'));
    expect(primary).toContain('pagefind-worker.js');
    expect(primary).toContain('wasm.en.pagefind');
    expect(primary.filter((f) => UNUSED_BUNDLES.includes(f))).toEqual([]);
  });
});

describe('partitions kept from the last build', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'archive-search-cache-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
  /** A build of the site as it stands, its search page fresh from Astro each time. */
  const build = (pages = PAGES) => {
    page('search/', SEARCH_PAGE);
    return buildSearchIndex(site, pages, { logger, cacheDir });
  };
  const indexedPaths = () => pagefind.addHTMLFile.mock.calls.map(([file]) => file.sourcePath);

  it('are copied, not indexed again, when their pages did not change: the same files', async () => {
    await build();
    const first = filesOf(join(site, 'pagefind'));
    vi.clearAllMocks();
    expect(await build()).toBe(3);
    expect(pagefind.createIndex).not.toHaveBeenCalled();
    expect(filesOf(join(site, 'pagefind'))).toEqual(first);
    expect(readFileSync(join(site, 'search/index.html'), 'utf8')).toContain('"/pagefind/2024/ /pagefind/people/"');
    expect(logger.info).toHaveBeenLastCalledWith(expect.stringContaining(`(2 unchanged, copied from ${cacheDir})`));
  });

  it('are indexed again when one of their pages changed, and only they', async () => {
    await build();
    vi.clearAllMocks();
    page('people/a/', body('Person, now with a role'));
    try {
      await build();
      expect(indexedPaths()).toEqual(['people/a/index.html']);
    } finally {
      page('people/a/', body('Person'));
    }
  });

  it('are indexed again when a page leaves or joins them', async () => {
    await build();
    vi.clearAllMocks();
    expect(await build(PAGES.slice(0, 4))).toBe(2);
    expect(indexedPaths()).toEqual([`${STORY}20261125/index.html`]);
  });

  it('are indexed again when the copy kept lost a file', async () => {
    await build();
    rmSync(join(cacheDir, '2024/index/pagefind-entry.json'));
    vi.clearAllMocks();
    await build();
    expect(indexedPaths()).toEqual([`${OTHER}index.html`, `${STORY}20261125/index.html`]);
  });
});

describe("Pagefind's allocator", () => {
  const { variable, settings } = PAGEFIND_ALLOCATOR;
  const before = process.env[variable];
  afterAll(() => {
    if (before === undefined) delete process.env[variable];
    else process.env[variable] = before;
  });
  /** The allocator settings in the environment when Pagefind's process is started. */
  const startedWith = async () => {
    let seen: string | undefined;
    pagefind.createIndex.mockImplementation(async () => {
      seen = process.env[variable];
      return { errors: ['stopped here'] };
    });
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow('stopped here');
    return seen;
  };

  it('runs with one arena, unless whoever runs the build sets its own', async () => {
    delete process.env[variable];
    expect(await startedWith()).toBe('narenas:1');
    process.env[variable] = 'narenas:2';
    expect(await startedWith()).toBe('narenas:2');
  });

  it('is read by the installed Pagefind binary from that variable', () => {
    const binary = createRequire(import.meta.url).resolve(
      `@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`,
    );
    // jemalloc prints the options it runs with on exit when asked to.
    const run = spawnSync(binary, ['--version'], {
      env: { [variable]: `${settings},stats_print:true` },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/opt\.narenas: 1\b/);
  });
});

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

/** A built site of two pages, one with an article body to index. */
const site = mkdtempSync(join(tmpdir(), 'archive-pagefind-'));
mkdirSync(join(site, 'articles/a'), { recursive: true });
writeFileSync(
  join(site, 'articles/a/index.html'),
  '<html><body><article data-pagefind-body>Text</article></body></html>',
);
writeFileSync(join(site, 'index.html'), '<html><body>Home</body></html>');
/** A story's plain address: a copy of its newest snapshot's page, body and all. */
const STORY = 'articles/pub/2024-12-11/story/';
mkdirSync(join(site, STORY, '20261125'), { recursive: true });
for (const path of [STORY, `${STORY}20261125/`]) {
  writeFileSync(
    join(site, path, 'index.html'),
    '<html><body><article data-pagefind-body>Story</article></body></html>',
  );
}
const PAGES = [{ pathname: '' }, { pathname: 'articles/a/' }, { pathname: STORY }, { pathname: `${STORY}20261125/` }];
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
});
afterEach(() => {
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  rmSync(join(site, 'search'), { recursive: true, force: true });
});

/** The site's pages with a search page, whose form lists the shards once they are written. */
function withSearchPage() {
  mkdirSync(join(site, 'search'), { recursive: true });
  writeFileSync(join(site, 'search/index.html'), '<form data-search-shards="/pagefind/"></form>');
  return [...PAGES, { pathname: 'search/' }];
}

describe('buildSearchIndex', () => {
  it('writes one index of every page with a body, without the interfaces Pagefind bundles', async () => {
    expect(await buildSearchIndex(site, PAGES, { logger })).toBe(2);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(
      ['index', 'pagefind-entry.json', ...BUNDLE_FILES.filter((f) => !UNUSED_BUNDLES.includes(f))].sort(),
    );
    expect(logger.info).toHaveBeenLastCalledWith(
      `Indexed 2 pages, every page with a body to index, into ${join(site, 'pagefind/')}`,
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('gives Pagefind only the pages with a body to index, each story at its permanent address only', async () => {
    await buildSearchIndex(site, PAGES, { logger });
    expect(pagefind.addHTMLFile.mock.calls.map(([file]) => file.sourcePath)).toEqual([
      'articles/a/index.html',
      `${STORY}20261125/index.html`,
    ]);
  });
});

describe('buildSearchIndex stops the build on any Pagefind error', () => {
  it.each([
    ['createIndex', () => pagefind.createIndex.mockResolvedValue({ errors: ['no service'] })],
    ['adding articles/a/index.html', () => pagefind.addHTMLFile.mockResolvedValue({ errors: ['bad HTML'] })],
    ['writeFiles', () => pagefind.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' })],
  ])('%s', async (step, fail) => {
    fail();
    const message = { createIndex: 'no service', 'adding articles/a/index.html': 'bad HTML', writeFiles: 'disk full' }[
      step
    ];
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(`Pagefind ${step} failed:\n  ${message}`);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('and when Pagefind wrote no index at all', async () => {
    pagefind.writeFiles.mockImplementation(async ({ outputPath }) => ({ errors: [], outputPath }));
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(
      `Pagefind wrote no index to ${site}/pagefind`,
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
  it('the build is told once every page has been sent, before the index is written', async () => {
    const events = recordCalls();
    expect(await buildSearchIndex(site, PAGES, { logger, whileWriting: () => events.push('told') })).toBe(2);
    expect(events).toEqual(['add articles/a/index.html', `add ${STORY}20261125/index.html`, 'told', 'write']);
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
    expect(events).toEqual(['add articles/a/index.html', `add ${STORY}20261125/index.html`]);
    events.push('rest done');
    done();
    expect(await indexing).toBe(2);
    expect(events.slice(2)).toEqual(['rest done', 'told', 'write']);
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

  it('once only, at the first shard, when the index is written in shards', async () => {
    const events = recordCalls();
    const pages = withSearchPage();
    expect(await buildSearchIndex(site, pages, { logger, limit: 1, whileWriting: () => events.push('told') })).toBe(2);
    expect(events).toEqual(['add articles/a/index.html', 'told', 'write', `add ${STORY}20261125/index.html`, 'write']);
  });
});

describe('an index written in shards', () => {
  /** Indexes the site one page per shard. */
  const sharded = () => buildSearchIndex(site, withSearchPage(), { logger, limit: 1 });

  it('holds every page once, one shard after another, each counted', async () => {
    expect(await sharded()).toBe(2);
    expect(pagefind.writeFiles.mock.calls.map(([{ outputPath }]) => outputPath)).toEqual([
      join(site, 'pagefind/'),
      join(site, 'pagefind/shard-2/'),
    ]);
    expect(pagefind.close).toHaveBeenCalledTimes(2);
    expect(logger.info).toHaveBeenLastCalledWith(
      `Indexed 2 pages, every page with a body to index, into 2 shards under ${join(site, 'pagefind/')}`,
    );
  });

  it('is listed on the search page', async () => {
    await sharded();
    expect(readFileSync(join(site, 'search/index.html'), 'utf8')).toBe(
      '<form data-search-shards="/pagefind/ /pagefind/shard-2/"></form>',
    );
  });

  it("keeps Pagefind's scripts and WebAssembly in the first shard only, and its interfaces in none", async () => {
    await sharded();
    expect(readdirSync(join(site, 'pagefind/shard-2')).sort()).toEqual([
      'index',
      'pagefind-entry.json',
      'pagefind.en_0.pf_meta',
    ]);
    const primary = readdirSync(join(site, 'pagefind'));
    expect(primary).toContain('pagefind.js');
    expect(primary).toContain('wasm.en.pagefind');
    expect(primary.filter((f) => UNUSED_BUNDLES.includes(f))).toEqual([]);
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

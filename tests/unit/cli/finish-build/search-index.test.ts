import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

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

const { buildSearchIndex, indexedPageCount, PAGEFIND_ALLOCATOR } =
  await import('../../../../src/cli/finish-build/search-index');
const logger = { info: () => {} };

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

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({
    errors: [],
    index: { addHTMLFile: pagefind.addHTMLFile, writeFiles: pagefind.writeFiles },
  });
  pagefind.addHTMLFile.mockResolvedValue({ errors: [], file: {} });
  pagefind.writeFiles.mockResolvedValue({ errors: [], outputPath: '/nowhere/pagefind' });
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
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow(
      `Pagefind wrote no index to ${site}/pagefind`,
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('giving Pagefind only the pages with a body to index, each story at its permanent address only', async () => {
    await expect(buildSearchIndex(site, PAGES, { logger })).rejects.toThrow('wrote no index');
    expect(pagefind.addHTMLFile.mock.calls.map(([file]) => file.sourcePath)).toEqual([
      'articles/a/index.html',
      `${STORY}20261125/index.html`,
    ]);
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
    return { errors: [], file: {} };
  });
  pagefind.writeFiles.mockImplementation(async () => {
    events.push('write');
    return { errors: [], outputPath: '' };
  });
  return events;
}

describe('while Pagefind writes the index', () => {
  it('the build is told once every page has been sent, before the index is written', async () => {
    const events = recordCalls();
    await expect(buildSearchIndex(site, PAGES, { logger, whileWriting: () => events.push('told') })).rejects.toThrow(
      'wrote no index',
    );
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
    indexing.catch(() => {});
    await vi.waitFor(() => expect(events).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['add articles/a/index.html', `add ${STORY}20261125/index.html`]);
    events.push('rest done');
    done();
    await expect(indexing).rejects.toThrow('wrote no index');
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
    mkdirSync(join(site, 'search'), { recursive: true });
    writeFileSync(join(site, 'search/index.html'), '<form data-search-shards="/pagefind/"></form>');
    const events: string[] = [];
    pagefind.writeFiles.mockImplementation(async ({ outputPath }: { outputPath: string }) => {
      events.push('write');
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(join(outputPath, 'pagefind-entry.json'), '{"languages":{"en":{"page_count":1}}}');
      return { errors: [], outputPath };
    });
    const pages = [...PAGES, { pathname: 'search/' }];
    expect(await buildSearchIndex(site, pages, { logger, limit: 1, whileWriting: () => events.push('told') })).toBe(2);
    expect(events).toEqual(['told', 'write', 'write']);
    rmSync(join(site, 'pagefind'), { recursive: true });
    rmSync(join(site, 'search'), { recursive: true });
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

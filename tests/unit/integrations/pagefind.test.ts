import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
}));
vi.mock('pagefind', () => ({
  createIndex: pagefind.createIndex,
  close: pagefind.close,
}));

const { buildSearchIndex, indexedPageCount } = await import('../../../src/integrations/pagefind');
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
/** The pages in the folder Pagefind was given to read. */
const given: string[] = [];

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({
    errors: [],
    index: { addDirectory: pagefind.addDirectory, writeFiles: pagefind.writeFiles },
  });
  pagefind.addDirectory.mockImplementation(async ({ path }: { path: string }) => {
    given.push(...(readdirSync(path, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort());
    return { errors: [], page_count: given.length };
  });
  given.length = 0;
  pagefind.writeFiles.mockResolvedValue({ errors: [], outputPath: '/nowhere/pagefind' });
});

describe('buildSearchIndex stops the build on any Pagefind error', () => {
  it.each([
    ['createIndex', () => pagefind.createIndex.mockResolvedValue({ errors: ['no service'] })],
    ['adding 3 pages', () => pagefind.addDirectory.mockResolvedValue({ errors: ['bad HTML'] })],
    ['writeFiles', () => pagefind.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' })],
  ])('%s', async (step, fail) => {
    fail();
    const message = { createIndex: 'no service', 'adding 3 pages': 'bad HTML', writeFiles: 'disk full' }[step];
    await expect(buildSearchIndex(site, PAGES, logger)).rejects.toThrow(`Pagefind ${step} failed:\n  ${message}`);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('and when Pagefind wrote no index at all', async () => {
    await expect(buildSearchIndex(site, PAGES, logger)).rejects.toThrow(`Pagefind wrote no index to ${site}/pagefind`);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it("giving Pagefind each story at its permanent address only, never the copy at the story's plain address", async () => {
    await expect(buildSearchIndex(site, PAGES, logger)).rejects.toThrow('wrote no index');
    expect(given).toEqual(['articles/a/index.html', `${STORY}20261125/index.html`, 'index.html']);
  });

  it('and, when the index is built in shards, only the pages with a body, dealt out in turn', async () => {
    await expect(buildSearchIndex(site, PAGES, logger, 1)).rejects.toThrow('wrote no index');
    expect(given).toEqual(['articles/a/index.html']);
  });

  it('and leaves nothing of the folder it gathered them in', async () => {
    let folder = '';
    pagefind.addDirectory.mockImplementation(async ({ path }: { path: string }) => {
      folder = path;
      return { errors: [], page_count: 2 };
    });
    await expect(buildSearchIndex(site, PAGES, logger)).rejects.toThrow('wrote no index');
    expect(folder).not.toBe('');
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(join(site, 'articles/a/index.html'))).toBe(true);
  });
});

describe('indexedPageCount', () => {
  it('counts pages across every language of the index', () => {
    expect(indexedPageCount({ languages: { en: { page_count: 3 }, ru: { page_count: 2 } } })).toBe(5);
  });
});

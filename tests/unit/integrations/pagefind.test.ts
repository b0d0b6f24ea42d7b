import { beforeEach, describe, expect, it, vi } from 'vitest';

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

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({
    errors: [],
    index: { addDirectory: pagefind.addDirectory, writeFiles: pagefind.writeFiles },
  });
  pagefind.addDirectory.mockResolvedValue({ errors: [], page_count: 1 });
  pagefind.writeFiles.mockResolvedValue({ errors: [], outputPath: '/nowhere/pagefind' });
});

describe('buildSearchIndex stops the build on any Pagefind error', () => {
  it.each([
    ['createIndex', () => pagefind.createIndex.mockResolvedValue({ errors: ['no service'] })],
    ['addDirectory', () => pagefind.addDirectory.mockResolvedValue({ errors: ['bad HTML'], page_count: 0 })],
    ['writeFiles', () => pagefind.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' })],
  ])('%s', async (step, fail) => {
    fail();
    const message = { createIndex: 'no service', addDirectory: 'bad HTML', writeFiles: 'disk full' }[step];
    await expect(buildSearchIndex('/nowhere', [], logger)).rejects.toThrow(`Pagefind ${step} failed:\n  ${message}`);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('and when Pagefind wrote no index at all', async () => {
    await expect(buildSearchIndex('/nowhere', [], logger)).rejects.toThrow(
      'Pagefind wrote no index to /nowhere/pagefind',
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});

describe('indexedPageCount', () => {
  it('counts pages across every language of the index', () => {
    expect(indexedPageCount({ languages: { en: { page_count: 3 }, ru: { page_count: 2 } } })).toBe(5);
  });
});

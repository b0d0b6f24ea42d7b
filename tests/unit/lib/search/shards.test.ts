import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARD_PAGES, shardPageLimit, shardPages } from '../../../../src/lib/search/shards';

describe('shardPages', () => {
  const at = (day: string, slug = 'story') => ({ path: `articles/pub/${day}/${slug}/20261125/index.html` });

  it('keeps one index up to the limit', () => {
    const pages = [at('2024-01-02'), at('2024-05-01')];
    expect(shardPages(pages, 2)).toEqual([pages]);
    expect(shardPages([], 3)).toEqual([[]]);
  });

  it('splits a partition into runs of days, newest first, each in path order', () => {
    const pages = ['2024-01-02', '2024-05-01', '2024-03-01', '2024-12-30', '2024-07-04'].map((day) => at(day));
    expect(shardPages(pages, 2).map((shard) => shard.map((p) => p.path.slice(13, 23)))).toEqual([
      ['2024-07-04', '2024-12-30'],
      ['2024-03-01', '2024-05-01'],
      ['2024-01-02'],
    ]);
  });

  it('holds every page once, in shards of about equal size', () => {
    const pages = Array.from({ length: 10_013 }, (_, i) =>
      at(`2024-01-${String((i % 28) + 1).padStart(2, '0')}`, `s${i}`),
    );
    const shards = shardPages(pages, 5_000);
    expect(shards.map((s) => s.length)).toEqual([3_338, 3_338, 3_337]);
    expect(new Set(shards.flat()).size).toBe(10_013);
  });
});

describe('shardPageLimit', () => {
  it('defaults to one index for an archive the size of the benchmark', () => {
    expect(shardPageLimit(undefined)).toBe(DEFAULT_SHARD_PAGES);
    expect(shardPageLimit(' ')).toBe(DEFAULT_SHARD_PAGES);
    expect(DEFAULT_SHARD_PAGES).toBeGreaterThan(10_013);
    expect(shardPageLimit('5000')).toBe(5000);
  });

  it.each(['0', '-3', '2.5', 'many'])('refuses %s, naming the setting', (value) => {
    expect(() => shardPageLimit(value)).toThrow(
      `ARCHIVE_SEARCH_SHARD_PAGES must be a whole number of pages, at least 1 (it is "${value}")`,
    );
  });
});

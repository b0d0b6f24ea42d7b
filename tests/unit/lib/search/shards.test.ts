import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_PAGES,
  shardBase,
  shardList,
  shardPageLimit,
  shardPages,
  withShardList,
} from '../../../../src/lib/search/shards';

describe('shardPages', () => {
  it('keeps one index up to the limit', () => {
    expect(shardPages(['a', 'b', 'c'], 3)).toEqual([['a', 'b', 'c']]);
    expect(shardPages([], 3)).toEqual([[]]);
  });

  it('deals pages out in turn to as few shards as the limit allows, keeping their order', () => {
    expect(shardPages(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
    const shards = shardPages(
      Array.from({ length: 10_013 }, (_, i) => i),
      5_000,
    );
    expect(shards.map((s) => s.length)).toEqual([3_338, 3_338, 3_337]);
    expect(shards.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 10_013 }, (_, i) => i));
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

describe('the shard list on the search page', () => {
  const page = '<form id="f" data-search-shards="/pagefind/"></form>';

  it('names the first shard /pagefind/ and the others inside it', () => {
    expect([0, 1, 2].map(shardBase)).toEqual(['/pagefind/', '/pagefind/shard-2/', '/pagefind/shard-3/']);
  });

  it('is written into the page and read back', () => {
    const html = withShardList(page, ['/pagefind/', '/pagefind/shard-2/']);
    expect(html).toBe('<form id="f" data-search-shards="/pagefind/ /pagefind/shard-2/"></form>');
    expect(shardList('/pagefind/ /pagefind/shard-2/')).toEqual(['/pagefind/', '/pagefind/shard-2/']);
  });

  it('falls back to the one index, and keeps only addresses inside /pagefind/', () => {
    expect(shardList(undefined)).toEqual(['/pagefind/']);
    expect(shardList('/pagefind/ https://elsewhere.example/pagefind/ /other/')).toEqual(['/pagefind/']);
  });

  it('refuses a page without the marker, or with two', () => {
    expect(() => withShardList('<form></form>', ['/pagefind/'])).toThrow(
      'The search page must carry data-search-shards="/pagefind/" exactly once',
    );
    expect(() => withShardList(page + page, ['/pagefind/'])).toThrow('exactly once');
  });
});

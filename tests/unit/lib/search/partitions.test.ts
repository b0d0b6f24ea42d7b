import { describe, expect, it } from 'vitest';
import {
  isDatePartition,
  partitionBase,
  partitionKey,
  partitionList,
  partitionOf,
  searchOrder,
  withPartitionList,
} from '../../../../src/lib/search/partitions';

const SNAPSHOT = 'articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/20261125/index.html';

describe('partitionOf', () => {
  it('puts an article in the period of its publication day, by the key chosen', () => {
    expect(partitionOf(SNAPSHOT, 'year')).toBe('2024');
    expect(partitionOf(`/${SNAPSHOT}`, 'month')).toBe('2024-12');
    expect(partitionOf(SNAPSHOT, 'decade')).toBe('2020s');
    expect(partitionOf('articles/pub/2009-01-05/story/changes/20260101-20260102/index.html', 'decade')).toBe('2000s');
  });

  it('puts every other indexed page with the people', () => {
    expect(partitionOf('people/pyotr-kozlov/index.html', 'year')).toBe('people');
    expect(partitionOf('articles/a/index.html', 'year')).toBe('people');
  });
});

describe('partitionKey', () => {
  it('is a year unless ARCHIVE_SEARCH_PARTITION says otherwise', () => {
    expect(partitionKey(undefined)).toBe('year');
    expect(partitionKey(' ')).toBe('year');
    expect(partitionKey('month')).toBe('month');
    expect(partitionKey('decade')).toBe('decade');
  });

  it('refuses anything else, naming the setting', () => {
    expect(() => partitionKey('publication')).toThrow(
      'ARCHIVE_SEARCH_PARTITION must be year, month or decade (it is "publication")',
    );
  });
});

describe('searchOrder', () => {
  it('lists periods newest first, then the other partitions', () => {
    expect(searchOrder(['people', '2015', '2024', '2019', '2024'])).toEqual(['2024', '2019', '2015', 'people']);
    expect(searchOrder(['2024-02', '2023-12', '2024-12'])).toEqual(['2024-12', '2024-02', '2023-12']);
    expect(searchOrder(['2010s', '2020s', '1990s'])).toEqual(['2020s', '2010s', '1990s']);
  });

  it('knows a period from another partition', () => {
    expect(['2024', '2024-12', '2020s', 'people', '20241'].map(isDatePartition)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('the partition list on the search page', () => {
  const page = '<form id="f" data-search-partitions="/pagefind/"></form>';
  const bases = ['/pagefind/2024/', '/pagefind/2024/shard-2/', '/pagefind/2019/', '/pagefind/people/'];

  it('places each partition, and its shards, in a folder of the search root', () => {
    expect([partitionBase('2024'), partitionBase('2024', 1), partitionBase('people')]).toEqual([
      '/pagefind/2024/',
      '/pagefind/2024/shard-2/',
      '/pagefind/people/',
    ]);
  });

  it('is written into the page and read back, grouped by partition in the order written', () => {
    const html = withPartitionList(page, bases);
    expect(html).toBe(`<form id="f" data-search-partitions="${bases.join(' ')}"></form>`);
    expect(partitionList(bases.join(' '))).toEqual([
      { name: '2024', bases: ['/pagefind/2024/', '/pagefind/2024/shard-2/'] },
      { name: '2019', bases: ['/pagefind/2019/'] },
      { name: 'people', bases: ['/pagefind/people/'] },
    ]);
  });

  it('keeps only addresses of partitions under /pagefind/', () => {
    expect(partitionList(undefined)).toEqual([]);
    expect(partitionList('/pagefind/ https://elsewhere.example/pagefind/2024/ /other/2024/ /pagefind/../x/')).toEqual(
      [],
    );
  });

  it('refuses a page without the marker, or with two', () => {
    expect(() => withPartitionList('<form></form>', bases)).toThrow(
      'The search page must carry data-search-partitions="/pagefind/" exactly once',
    );
    expect(() => withPartitionList(page + page, bases)).toThrow('exactly once');
  });
});

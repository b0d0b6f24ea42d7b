import { publicationDay } from './partitions';

/**
 * Splitting one partition's search index into shards. Pagefind builds an index in memory and,
 * while writing it, needs memory in proportion to the pages it indexes (docs/performance.md).
 * A partition above a page limit is written as several indexes, one after another, and the search
 * page merges them in the browser (Pagefind's `mergeIndex`). Every extra shard costs the reader: a
 * search fetches the chunk holding each word from every shard.
 */

/**
 * Pages per shard unless ARCHIVE_SEARCH_SHARD_PAGES says otherwise, chosen for the memory a shard
 * takes while it is written (docs/performance.md); below it the archive keeps one index, which a
 * reader's first search fetches least of.
 */
export const DEFAULT_SHARD_PAGES = 12_000;

/** The page limit from the environment's value, or the default; anything but a whole number ≥ 1 is refused. */
export function shardPageLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_SHARD_PAGES;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`ARCHIVE_SEARCH_SHARD_PAGES must be a whole number of pages, at least 1 (it is "${value}")`);
  }
  return limit;
}

/**
 * Splits a partition's pages (paths of built pages) into as few shards as the limit allows, each a
 * run of publication days, the newest shard first: a date order can then ask the shards one after
 * another, as it asks the partitions. Within a shard the pages keep their path order, so the index
 * is the same on every build.
 *
 * @example
 * shardPages(['articles/p/2024-01-02/a/', 'articles/p/2024-05-01/b/', 'articles/p/2024-03-01/c/'], 2);
 * // [['articles/p/2024-03-01/c/', 'articles/p/2024-05-01/b/'], ['articles/p/2024-01-02/a/']]
 */
export function shardPages<T extends { path: string }>(pages: readonly T[], limit: number): T[][] {
  if (pages.length <= limit) return [[...pages]];
  const newestFirst = [...pages].sort(
    (a, b) =>
      (publicationDay(b.path) ?? '').localeCompare(publicationDay(a.path) ?? '') || a.path.localeCompare(b.path),
  );
  const count = Math.ceil(pages.length / limit);
  const size = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) =>
    newestFirst.slice(i * size, (i + 1) * size).sort((a, b) => a.path.localeCompare(b.path)),
  );
}

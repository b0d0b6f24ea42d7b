/**
 * Splitting the search index into shards. Pagefind builds an index in memory and, while writing
 * it, needs memory in proportion to the pages it indexes: one index of a very large archive would
 * not fit in a build machine's memory (docs/performance.md). Above a page limit the build writes
 * several indexes, one after another, and the search page merges them in the browser (Pagefind's
 * `mergeIndex`). Every extra shard costs the reader: a search fetches the chunk holding each word
 * from every shard.
 */

/** The first shard is Pagefind's usual folder; the others sit inside it. */
export const PRIMARY_SHARD = '/pagefind/';

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

/** The address of shard `i` (from 0): `/pagefind/`, `/pagefind/shard-2/`, … */
export const shardBase = (i: number) => (i === 0 ? PRIMARY_SHARD : `${PRIMARY_SHARD}shard-${i + 1}/`);

/**
 * Deals the pages out to as few shards as the limit allows, in turn, so that each shard holds
 * every publication and year in the same proportion and word scores come out alike in each.
 * The pages keep their order within a shard, so the index is the same on every build.
 *
 * @example
 * shardPages(['a', 'b', 'c', 'd', 'e'], 2); // [['a', 'd'], ['b', 'e'], ['c']]
 */
export function shardPages<T>(pages: readonly T[], limit: number): T[][] {
  const count = Math.max(1, Math.ceil(pages.length / limit));
  const shards: T[][] = Array.from({ length: count }, () => []);
  pages.forEach((page, i) => shards[i % count]!.push(page));
  return shards;
}

/** The attribute of the search page's form that lists the shards, written once they exist. */
const SHARDS_ATTRIBUTE = 'data-search-shards';

/**
 * The search page with the list of shards in its form's attribute. The page is built before the
 * index, with the primary shard alone; any other marker is refused rather than guessed at.
 */
export function withShardList(html: string, bases: readonly string[]): string {
  const marker = `${SHARDS_ATTRIBUTE}="${PRIMARY_SHARD}"`;
  const at = html.indexOf(marker);
  if (at < 0 || html.indexOf(marker, at + 1) >= 0) {
    throw new Error(`The search page must carry ${marker} exactly once`);
  }
  return html.replace(marker, `${SHARDS_ATTRIBUTE}="${bases.join(' ')}"`);
}

/** The shard addresses a search page lists (its form's attribute, split on spaces). */
export const shardList = (attribute: string | null | undefined) =>
  (attribute ?? PRIMARY_SHARD).split(/\s+/).filter((base) => base.startsWith(PRIMARY_SHARD));

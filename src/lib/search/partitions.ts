/**
 * The search index in partitions. Pagefind cannot add a page to an index it has written, so one
 * index for the whole archive is rebuilt from every page whenever one article is added. The
 * archive's index is therefore written as one index per period of publication (a year unless
 * ARCHIVE_SEARCH_PARTITION says otherwise) plus one for the people's pages; a build re-indexes
 * only the partitions whose pages changed. The search page merges them in the browser, and walks
 * them newest first when the reader orders results by date (docs/search.md).
 */

/** The length of the period that makes a partition. */
export type PartitionKey = 'year' | 'month' | 'decade';

/** Where the search engine's scripts live; each partition is a folder inside. */
export const SEARCH_ROOT = '/pagefind/';

/** The partition of every indexed page that is not an article: the people's pages. */
const PEOPLE_PARTITION = 'people';

/** The filter the search page gives each partition's pages, to ask one partition at a time. */
export const PARTITION_FILTER = 'partition';

/** The key from the environment's value (ARCHIVE_SEARCH_PARTITION), by default a year. */
export function partitionKey(value: string | undefined): PartitionKey {
  const key = value?.trim() || 'year';
  if (key === 'year' || key === 'month' || key === 'decade') return key;
  throw new Error(`ARCHIVE_SEARCH_PARTITION must be year, month or decade (it is "${value}")`);
}

/** The publication day in an article's address: /articles/<publication>/<YYYY-MM-DD>/... */
const ARTICLE_DAY = /^\/?articles\/[^/]+\/(\d{4})-(\d{2})-(\d{2})\//;

/** The publication day in an article page's address ("2024-12-11"), or null for any other page. */
export function publicationDay(pathname: string): string | null {
  const day = ARTICLE_DAY.exec(pathname);
  return day ? `${day[1]}-${day[2]}-${day[3]}` : null;
}

/**
 * The partition a page's index entry belongs to, from its address: the period of the article's
 * publication day ("2024", "2024-12" or "2020s"), or the people's partition for any other page.
 * An article's address never changes, so neither does its partition.
 */
export function partitionOf(pathname: string, key: PartitionKey): string {
  const day = publicationDay(pathname);
  if (!day) return PEOPLE_PARTITION;
  if (key === 'month') return day.slice(0, 7);
  if (key === 'decade') return `${day.slice(0, 3)}0s`;
  return day.slice(0, 4);
}

/** True for a partition of articles, which a date order can walk. */
export const isDatePartition = (name: string) => /^\d{4}(-\d{2}|s)?$/.test(name);

/**
 * The order the search page lists partitions in: articles newest first, then the others by name.
 * Periods of one key sort as text in date order ("2024-12" after "2024-02", "2020s" after "2010s").
 */
export function searchOrder(names: Iterable<string>): string[] {
  const all = [...new Set(names)];
  const dated = all.filter(isDatePartition).sort((a, b) => b.localeCompare(a));
  const others = all.filter((n) => !isDatePartition(n)).sort((a, b) => a.localeCompare(b));
  return [...dated, ...others];
}

/**
 * The address of a partition's index, or of its shard `i` (from 0) when one partition holds more
 * pages than Pagefind can index at once: `/pagefind/2024/`, `/pagefind/2024/shard-2/`.
 */
export const partitionBase = (name: string, shard = 0) =>
  `${SEARCH_ROOT}${name}/${shard === 0 ? '' : `shard-${shard + 1}/`}`;

/** One partition as the search page loads it: its name and the addresses of its shards. */
export interface SearchPartition {
  name: string;
  bases: string[];
}

const BASE = /^\/pagefind\/([a-z0-9-]+)\/(?:shard-\d+\/)?$/;

/**
 * The partitions a search page lists (its form's attribute: shard addresses separated by spaces,
 * in search order), grouped by partition. Anything that is not an address under /pagefind/ is
 * left out.
 */
export function partitionList(attribute: string | null | undefined): SearchPartition[] {
  const partitions: SearchPartition[] = [];
  for (const base of (attribute ?? '').split(/\s+/)) {
    const name = BASE.exec(base)?.[1];
    if (!name) continue;
    const known = partitions.find((p) => p.name === name);
    if (known) known.bases.push(base);
    else partitions.push({ name, bases: [base] });
  }
  return partitions;
}

/** The attribute of the search page's form that lists the partitions, written once they exist. */
const PARTITIONS_ATTRIBUTE = 'data-search-partitions';

/**
 * The search page with the list of partitions in its form's attribute. The page is built before
 * the index, with the search root alone in the attribute; a page without it, or with it twice, is
 * refused.
 */
export function withPartitionList(html: string, bases: readonly string[]): string {
  const marker = `${PARTITIONS_ATTRIBUTE}="${SEARCH_ROOT}"`;
  const at = html.indexOf(marker);
  if (at < 0 || html.indexOf(marker, at + 1) >= 0) {
    throw new Error(`The search page must carry ${marker} exactly once`);
  }
  return html.replace(marker, `${PARTITIONS_ATTRIBUTE}="${bases.join(' ')}"`);
}

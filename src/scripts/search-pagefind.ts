import { HIGHLIGHT_PARAM, type pagefindOptions } from '../lib/search/query';
import { isDatePartition, PARTITION_FILTER, SEARCH_ROOT, type SearchPartition } from '../lib/search/partitions';
import type { ResultData } from './search-results';

/** One of Pagefind's results: its text is fetched only when it is shown. */
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

type FilterCounts = Record<string, Record<string, number>>;
/** The options the search page asks a search with (src/lib/search/query.ts). */
type SearchOptions = ReturnType<typeof pagefindOptions>;

/** The part of a Pagefind instance (Pagefind's browser API) the search page uses. */
interface PagefindInstance {
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
  mergeIndex(basePath: string, options: object): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
}

/** A search's results, read a page at a time. */
export interface Results {
  /** How many results there are in all. */
  total: number;
  /** The results from `start` up to `end`, in the search's order. */
  slice(start: number, end: number): Promise<PagefindResult[]>;
}

/** The search page's view of the archive's index: every partition, merged. */
export interface ArchiveSearch {
  search(query: string | null, options: SearchOptions): Promise<Results>;
  /** Every filter's values and how many pages have each, the partitions' own filter left out. */
  filters(): Promise<FilterCounts>;
  preload(query: string, options: SearchOptions): Promise<void>;
}

/** Pagefind's browser bundle, `pagefind.js`, as far as the search page uses it. */
export interface PagefindModule {
  createInstance(options: object): PagefindInstance;
}

/**
 * A date order across partitions: each index (a partition, or a shard of one) holds a run of
 * publication days, and they are listed newest first, so results in date order are the indexes'
 * own date orders one after another (in reverse for the oldest first). An index is asked only
 * when the page of results being shown reaches it, and never when the search's counts say it
 * holds no result.
 */
function inDateOrder(
  pagefind: PagefindInstance,
  query: string | null,
  options: SearchOptions,
  counts: Record<string, number>,
  indexes: readonly string[],
): Results {
  const order = options.sort?.date === 'asc' ? [...indexes].reverse() : indexes;
  const queue = order.filter((base) => (counts[base] ?? 0) > 0);
  const found: PagefindResult[] = [];
  return {
    total: queue.reduce((sum, base) => sum + counts[base]!, 0),
    async slice(start, end) {
      while (found.length < end && queue.length > 0) {
        const filters = { ...options.filters, [PARTITION_FILTER]: queue.shift()! };
        found.push(...(await pagefind.search(query, { ...options, filters })).results);
      }
      return found.slice(start, end);
    },
  };
}

/**
 * Opens the archive's partitions as one index: the first partition's first index (the newest) is
 * the instance that loads the search engine, and every other index is merged into it. Each
 * index's pages carry a filter holding its address, which a date order uses to ask the indexes
 * one at a time.
 */
export async function openArchiveSearch(
  module: PagefindModule,
  partitions: readonly SearchPartition[],
): Promise<ArchiveSearch> {
  const indexes = partitions.flatMap(({ name, bases }) =>
    bases.map((base) => ({ base, dated: isDatePartition(name) })),
  );
  const [first, ...others] = indexes;
  if (!first) throw new Error('The search page lists no partition of the index');
  // Every partition's pages are addressed from the site's root.
  const settings = (base: string) => ({
    baseUrl: '/',
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 30,
    mergeFilter: { [PARTITION_FILTER]: base },
  });
  const pagefind = module.createInstance({ basePath: first.base, ...settings(first.base) });
  await pagefind.init();
  await Promise.all(others.map(({ base }) => pagefind.mergeIndex(base, settings(base))));
  const dated = indexes.filter((index) => index.dated).map((index) => index.base);
  return {
    async search(query, options) {
      if (!options.sort) {
        const { results } = await pagefind.search(query, options);
        return { total: results.length, slice: async (start, end) => results.slice(start, end) };
      }
      // Asked without an order first, the index tells how many results each index holds.
      const { filters } = await pagefind.search(query, { filters: options.filters });
      return inDateOrder(pagefind, query, options, filters[PARTITION_FILTER] ?? {}, dated);
    },
    async filters() {
      const { [PARTITION_FILTER]: _indexes, ...filters } = await pagefind.filters();
      return filters;
    },
    preload: (query, options) => pagefind.preload(query, options),
  };
}

/** Loads Pagefind's browser bundle from the search root and opens the archive's partitions. */
export async function loadPagefind(partitions: readonly SearchPartition[]): Promise<ArchiveSearch> {
  const module = (await import(/* @vite-ignore */ `${SEARCH_ROOT}pagefind.js`)) as PagefindModule;
  return openArchiveSearch(module, partitions);
}

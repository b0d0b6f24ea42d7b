import { HIGHLIGHT_PARAM } from '../lib/search/query';
import type { ResultData } from './search-results';

/** One of Pagefind's results: its text is fetched only when it is shown. */
export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}

/** The part of Pagefind's browser API the search page uses. */
export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(basePath: string, options: { baseUrl: string }): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
}

/**
 * Loads Pagefind's browser bundle, written next to the site by the build, and merges in the
 * index's other shards, if the build wrote any.
 */
export async function loadPagefind(shards: readonly string[]): Promise<Pagefind> {
  const [primary, ...others] = shards;
  const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Pagefind;
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
  await pagefind.init();
  // Every shard's pages are addressed from the site's root, as the first shard's are.
  await Promise.all(others.map((base) => pagefind.mergeIndex(base, { baseUrl: '/' })));
  return pagefind;
}

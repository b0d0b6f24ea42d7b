import {
  FILTERS,
  parseSearchState,
  searchStateToQueryString,
  type FilterName,
  type SearchState,
  type Sort,
} from './query';

/**
 * Whether an index in these shards can order its results by date. Pagefind orders the results of
 * merged shards by score alone: date order holds in one index only.
 */
export const sortsByDate = (shards: readonly string[]): boolean => shards.length === 1;

/** A search as the page can run it: where the index cannot sort by date, best match first. */
export function searchable(state: SearchState, dateSorts: boolean): SearchState {
  return dateSorts ? state : { ...state, sort: 'relevance' };
}

/** What the search form's controls hold: the words, the sort menu and each filter menu ("" for Any). */
export interface FormValues {
  q: string;
  sort: string;
  filters: Record<FilterName, string>;
}

/**
 * The search the form holds, as its address would give it back: filters left at "Any" and a sort
 * the page does not offer are left out.
 *
 * @example
 * formSearchState({ q: 'Gabuev', sort: 'newest', filters: { year: '2024', ... } }, true);
 * // { q: 'Gabuev', sort: 'newest', filters: { year: '2024' } }
 */
export function formSearchState(form: FormValues, dateSorts: boolean): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = form.filters[name];
    if (value) filters[name] = value;
  }
  const sort = form.sort as Sort;
  return searchable(parseSearchState(searchStateToQueryString({ q: form.q, sort, filters })), dateSorts);
}

/**
 * The search the page opens with: the one in its address, unless words were typed into the box
 * before the script ran, which count. `rewriteUrl` says the address no longer matches it: the
 * words typed, or a date order an index in shards cannot give, must leave or enter it.
 */
export function openingSearch({ search, typed, dateSorts }: { search: string; typed: string; dateSorts: boolean }): {
  state: SearchState;
  rewriteUrl: boolean;
} {
  const state = searchable(parseSearchState(search), dateSorts);
  if (typed && typed !== state.q) return { state: { ...state, q: typed }, rewriteUrl: true };
  return { state, rewriteUrl: !dateSorts && new URLSearchParams(search).has('sort') };
}

/** True when a search has neither words nor a filter, so there is nothing to ask the index. */
export function isBlankSearch(query: string, filters: SearchState['filters']): boolean {
  return !query && Object.keys(filters).length === 0;
}

import {
  FILTERS,
  parseSearchState,
  searchStateToQueryString,
  type FilterName,
  type SearchState,
  type Sort,
} from './query';

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
 * formSearchState({ q: 'Gabuev', sort: 'newest', filters: { year: '2024', ... } });
 * // { q: 'Gabuev', sort: 'newest', filters: { year: '2024' } }
 */
export function formSearchState(form: FormValues): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = form.filters[name];
    if (value) filters[name] = value;
  }
  const sort = form.sort as Sort;
  return parseSearchState(searchStateToQueryString({ q: form.q, sort, filters }));
}

/**
 * The search the page opens with: the one in its address, unless words were typed into the box
 * before the script ran, which count. `rewriteUrl` says the address no longer matches it: the
 * words typed must enter it.
 */
export function openingSearch({ search, typed }: { search: string; typed: string }): {
  state: SearchState;
  rewriteUrl: boolean;
} {
  const state = parseSearchState(search);
  if (typed && typed !== state.q) return { state: { ...state, q: typed }, rewriteUrl: true };
  return { state, rewriteUrl: false };
}

/** True when a search has neither words nor a filter, so there is nothing to ask the index. */
export function isBlankSearch(query: string, filters: SearchState['filters']): boolean {
  return !query && Object.keys(filters).length === 0;
}

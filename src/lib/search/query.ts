export { HIGHLIGHT_PARAM } from './highlight-param';

/** Sort orders the search page offers; "relevance" is Pagefind's own ranking. */
/** How long the search page waits after a keystroke before it searches. */
export const TYPING_PAUSE_MS = 250;

const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Filters the search page offers, named as the article pages tag them for Pagefind. */
export const FILTERS = ['publication', 'author', 'year', 'person', 'speaker'] as const;
export type FilterName = (typeof FILTERS)[number];

/** How each filter is labelled on the search page. */
export const FILTER_LABELS: Record<FilterName, string> = {
  publication: 'Publication',
  author: 'Author',
  year: 'Year',
  person: 'Mentions',
  speaker: 'Quotes',
};

/** Everything that defines a search, as it lives in the page's URL. */
export interface SearchState {
  q: string;
  sort: Sort;
  filters: Partial<Record<FilterName, string>>;
}

const QUOTE_MARKS: Record<string, string> = {
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2033': '"', // ″
  '\uFF02': '"', // ＂
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
};

/**
 * The query as Pagefind should see it: typographic quotation marks become straight ones, so a
 * phrase pasted from a word processor (“house of cards”) is the same exact-phrase search as
 * "house of cards", and white space is collapsed.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02\u2018\u2019\u201A\u201B]/g, (m) => QUOTE_MARKS[m] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a query being typed that are finished: those followed by a space, of three letters
 * or more, outside an unfinished quoted phrase. Empty when there are none.
 *
 * @example
 * completedWords('Alexander Gab'); // 'Alexander'
 * completedWords('Alexander '); // 'Alexander'
 * completedWords('"suitcase with'); // ''
 */
export function completedWords(typed: string): string {
  if ((normaliseQuery(typed).match(/"/g) ?? []).length % 2 === 1) return '';
  const words = normaliseQuery(typed.replace(/\S+$/, '')).replace(/"/g, ' ').split(' ');
  return words.filter((word) => word.length >= 3).join(' ');
}

/** True when the whole query is one phrase in double quotes, which Pagefind matches exactly. */
export function isExactPhrase(query: string): boolean {
  return /^"[^"]+"$/.test(normaliseQuery(query));
}

/** Reads a search from a URL's query string, ignoring values the page does not offer. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return {
    q: params.get('q') ?? '',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'relevance',
    filters,
  };
}

/** Writes a search to a query string ("?q=Gabuev&sort=newest"), leaving defaults out. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The Pagefind search options for a state: filters as given, sort by the indexed date. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  if (state.sort === 'newest') return { filters, sort: { date: 'desc' } };
  if (state.sort === 'oldest') return { filters, sort: { date: 'asc' } };
  return { filters };
}

/** The sentence that announces a search's outcome: "1 result matches “Gabuev” (year 2024)." */
export function describeResults(count: number, query: string, filters: SearchState['filters'] = {}): string {
  const what = !query ? 'the chosen filters' : isExactPhrase(query) ? `the exact phrase ${query}` : `“${query}”`;
  const chosen = FILTERS.filter((name) => filters[name]).map(
    (name) => `${FILTER_LABELS[name].toLowerCase()} ${filters[name]}`,
  );
  const within = query && chosen.length ? ` (${chosen.join(', ')})` : '';
  if (count === 0) return `No results match ${what}${within}.`;
  return `${count} ${count === 1 ? 'result matches' : 'results match'} ${what}${within}.`;
}

/**
 * The values a filter menu offers: those the index holds (years newest first, names A to Z),
 * plus the one a shared URL asks for even when no article has it, so the menu never hides it.
 */
export function filterMenuValues(name: FilterName, indexed: Record<string, number> = {}, requested?: string): string[] {
  const values = new Set(Object.keys(indexed));
  if (requested) values.add(requested);
  return [...values].sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
}

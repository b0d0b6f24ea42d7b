import {
  FILTERS,
  HIGHLIGHT_PARAM,
  describeResults,
  normaliseQuery,
  pagefindOptions,
  parseSearchState,
  searchStateToQueryString,
  type SearchState,
} from '../lib/search-query';
import { renderResult, type ResultData } from './search-results';

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

/** Wires up /search/: the URL holds the query, filters and sort; typing updates the URL. */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const refine = form.querySelector<HTMLFieldSetElement>('.refine')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;

  let state: SearchState = parseSearchState(location.search);
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showState = () => {
    input.value = state.q;
    sortSelect.value = state.sort;
    for (const name of FILTERS) {
      form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!.value = state.filters[name] ?? '';
    }
  };

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const name of FILTERS) {
      const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
      // Until the index has filled the menu, the filter from the URL stands.
      const value = select.options.length > 1 ? select.value : state.filters[name];
      if (value) filters[name] = value;
    }
    return parseSearchState(
      searchStateToQueryString({ q: input.value, sort: sortSelect.value as SearchState['sort'], filters }),
    );
  };

  const search = async () => {
    const current = ++run;
    const query = normaliseQuery(state.q);
    const hasFilters = Object.keys(state.filters).length > 0;
    list.replaceChildren();
    more.hidden = true;
    if (!query && !hasFilters) {
      status.textContent = '';
      return;
    }
    const pagefind = await ready;
    const found = await pagefind.search(query || null, pagefindOptions(state));
    if (current !== run) return;
    const results = found.results;
    status.textContent = describeResults(results.length, query);
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (current !== run) return;
      list.append(...page.map(renderResult));
      shown += page.length;
      more.hidden = shown >= results.length;
    };
    more.onclick = () => void showMore();
    await showMore();
  };

  const update = (immediately: boolean) => {
    state = readForm();
    history.replaceState(null, '', `${location.pathname}${searchStateToQueryString(state)}`);
    clearTimeout(timer);
    if (immediately) void search();
    else timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  input.addEventListener('input', () => update(false));
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(true);
  });

  // Words typed before this script ran count; otherwise the box shows the query from the URL.
  if (input.value && input.value !== state.q) {
    state = { ...state, q: input.value };
    history.replaceState(null, '', `${location.pathname}${searchStateToQueryString(state)}`);
  }
  showState();
  const ready = loadPagefind(form).then(
    (pagefind) => {
      refine.hidden = false;
      showState();
      return pagefind;
    },
    (error: unknown) => {
      status.textContent = 'The search index could not be loaded. Every article is listed on the home page.';
      throw error;
    },
  );
  await search();
}

/** Loads Pagefind and fills the filter menus with the values the index holds. */
async function loadPagefind(form: HTMLFormElement): Promise<Pagefind> {
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
  await pagefind.init();
  const available = await pagefind.filters();
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
    const values = Object.keys(available[name] ?? {}).sort((a, b) =>
      name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
    );
    for (const value of values) select.append(new Option(value, value));
  }
  return pagefind;
}

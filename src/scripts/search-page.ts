import {
  describeResults,
  filterMenuValues,
  FILTERS,
  HIGHLIGHT_PARAM,
  normaliseQuery,
  pagefindOptions,
  parseSearchState,
  searchStateToQueryString,
  type FilterName,
  type SearchState,
  TYPING_PAUSE_MS,
  completedWords,
} from '../lib/search/query';
import { shardList } from '../lib/search/shards';
import { renderResult, type ResultData } from './search-results';

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(basePath: string, options: { baseUrl: string }): Promise<void>;
  preload(query: string, options?: object): Promise<void>;
}

const PAGE_SIZE = 10;

/**
 * Loads Pagefind's browser bundle, written next to the site by the build, and merges in the
 * index's other shards, if the build wrote any.
 */
async function loadPagefind(shards: readonly string[]): Promise<Pagefind> {
  const [primary, ...others] = shards;
  const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Pagefind;
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
  await pagefind.init();
  // Every shard's pages are addressed from the site's root, as the first shard's are.
  await Promise.all(others.map((base) => pagefind.mergeIndex(base, { baseUrl: '/' })));
  return pagefind;
}

/** Wires up /search/: the URL holds the query, filters and sort; typing updates the URL. */
export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const headerInput = document.querySelector<HTMLInputElement>('#site-search');
  const refine = form.querySelector<HTMLFieldSetElement>('.refine')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const menu = (name: FilterName) => form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;

  const shards = shardList(form.dataset.searchShards);
  // Pagefind orders the results of merged shards by score alone: date order holds in one index only.
  const dateSorts = shards.length === 1;
  if (!dateSorts) {
    for (const option of sortSelect.options) option.disabled = option.value !== 'relevance';
    document.querySelector<HTMLElement>('#search-sort-note')!.hidden = false;
  }
  const searchable = (s: SearchState): SearchState => (dateSorts ? s : { ...s, sort: 'relevance' });

  let state: SearchState = searchable(parseSearchState(location.search));
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let menusFilling: Promise<void> | undefined;

  /** The address bar always holds the search on screen, so it can be shared as it is. */
  const writeUrl = () => history.replaceState(null, '', `${location.pathname}${searchStateToQueryString(state)}`);

  const showState = () => {
    input.value = state.q;
    if (headerInput) headerInput.value = state.q;
    sortSelect.value = state.sort;
    for (const name of FILTERS) menu(name).value = state.filters[name] ?? '';
  };

  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const name of FILTERS) {
      const value = menu(name).value;
      if (value) filters[name] = value;
    }
    const sort = sortSelect.value as SearchState['sort'];
    return searchable(parseSearchState(searchStateToQueryString({ q: input.value, sort, filters })));
  };

  /** Gives each menu "Any", the values given and the filter chosen now, which stays chosen. */
  const setMenuValues = (available: Record<string, Record<string, number>>) => {
    for (const name of FILTERS) {
      const select = menu(name);
      const values = filterMenuValues(name, available[name], state.filters[name]);
      select.replaceChildren(select.options[0]!, ...values.map((value) => new Option(value, value)));
      select.value = state.filters[name] ?? '';
    }
  };

  /**
   * Pagefind, loaded the first time it is asked for: at once when the address holds a search,
   * otherwise when the reader first reaches for the form. A reader who opens the page and leaves
   * costs no search engine, and the page does none of Pagefind's work while it loads.
   */
  let loading: Promise<Pagefind | null> | undefined;
  const ready = () =>
    (loading ??= loadPagefind(shards).then(
      (pagefind) => {
        refine.hidden = false;
        return pagefind;
      },
      () => {
        status.textContent = 'The search index could not be loaded. Every article is listed on the home page.';
        return null;
      },
    ));

  /**
   * Fills the menus from the index, once. Pagefind fetches every filter chunk for this (116 KB on
   * a 10,000-article archive), which a reader who only types a name never needs; a search with
   * filters fetches only the chunks of the filters it uses.
   */
  const fillMenus = () =>
    (menusFilling ??= ready()
      .then(async (pagefind) => {
        if (pagefind) setMenuValues(await pagefind.filters());
      })
      .catch(() => {
        // Left as they are, the menus still offer "Any" and the filters in the URL; try again next time.
        menusFilling = undefined;
      }));

  const search = async () => {
    const current = ++run;
    const query = normaliseQuery(state.q);
    if (!query && Object.keys(state.filters).length === 0) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const pagefind = await ready();
    if (!pagefind) return;
    const { results } = await pagefind.search(query || null, pagefindOptions(state));
    if (current !== run) return;
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    status.textContent = describeResults(results.length, query, state.filters);
    let shown = 0;
    /**
     * Shows the next page of results. Each result's text is fetched at once and shown as soon as
     * it and the results above it have arrived, so the first result does not wait for the tenth.
     * The list is marked busy until the page is complete.
     */
    const showMore = async () => {
      more.disabled = true;
      list.setAttribute('aria-busy', 'true');
      const loading = results.slice(shown, shown + PAGE_SIZE).map((r) => r.data());
      let first: HTMLLIElement | undefined;
      for (const data of loading) {
        const item = renderResult(await data);
        if (current !== run) return;
        list.append(item);
        first ??= item;
      }
      list.removeAttribute('aria-busy');
      shown += loading.length;
      more.disabled = false;
      more.hidden = shown >= results.length;
      return first;
    };
    more.onclick = async () => {
      const first = await showMore();
      // Keep the keyboard where the reader was reading: on the first new result.
      first?.querySelector('a')?.focus();
    };
    await showMore();
  };

  const update = (immediately: boolean) => {
    state = readForm();
    writeUrl();
    clearTimeout(timer);
    if (immediately) void search();
    else timer = setTimeout(() => void search(), TYPING_PAUSE_MS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  input.addEventListener('input', () => {
    update(false);
    // Each word finished with a space has its index chunk fetched while the reader types on, so
    // the search after the pause waits only for the last word's. A word still being typed is left
    // alone: its first letters could match a great many chunks.
    const finished = completedWords(state.q);
    if (finished) void ready().then((pagefind) => pagefind?.preload(finished, pagefindOptions(state)));
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(true);
  });

  // A reader who touches, clicks or tabs into the form is about to search: Pagefind loads while
  // they type. (Hovering is left out: the filter menus appearing then would move the page under a
  // pointer that has not clicked.)
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const) {
    form.addEventListener(type, () => void ready(), { once: true });
  }

  // A reader reaching for a filter menu, by pointer or keyboard, is about to need its values.
  const onFilterMenu = (event: Event) => {
    if ((event.target as Element).matches('select[data-filter]')) void fillMenus();
  };
  refine.addEventListener('focusin', onFilterMenu);
  refine.addEventListener('pointerover', onFilterMenu);

  // A date order in the address, which a split index cannot give, leaves the address too.
  if (!dateSorts && new URLSearchParams(location.search).has('sort')) writeUrl();
  // Words typed before this script ran count; otherwise the box shows the query from the URL.
  if (input.value && input.value !== state.q) {
    state = { ...state, q: input.value };
    writeUrl();
  }
  // The filters in the URL are on show at once, and the other values follow.
  setMenuValues({});
  showState();
  if (Object.keys(state.filters).length > 0) void fillMenus();
  await search();
}

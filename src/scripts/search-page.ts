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

/** Loads Pagefind's browser bundle, written next to the site by the build. */
async function loadPagefind(): Promise<Pagefind> {
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, excerptLength: 30 });
  await pagefind.init();
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

  let state: SearchState = parseSearchState(location.search);
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
    return parseSearchState(searchStateToQueryString({ q: input.value, sort, filters }));
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

  const ready: Promise<Pagefind | null> = loadPagefind().then(
    (pagefind) => {
      refine.hidden = false;
      return pagefind;
    },
    () => {
      status.textContent = 'The search index could not be loaded. Every article is listed on the home page.';
      return null;
    },
  );

  /**
   * Fills the menus from the index, once. Pagefind fetches every filter chunk for this (116 KB on
   * a 10,000-article archive), which a reader who only types a name never needs; a search with
   * filters fetches only the chunks of the filters it uses.
   */
  const fillMenus = () =>
    (menusFilling ??= ready
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
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const pagefind = await ready;
    if (!pagefind) return;
    const { results } = await pagefind.search(query || null, pagefindOptions(state));
    if (current !== run) return;
    list.replaceChildren();
    status.textContent = describeResults(results.length, query, state.filters);
    let shown = 0;
    const showMore = async () => {
      more.disabled = true;
      const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (current !== run) return;
      const items = page.map(renderResult);
      list.append(...items);
      shown += page.length;
      more.disabled = false;
      more.hidden = shown >= results.length;
      return items[0];
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
  input.addEventListener('input', () => update(false));
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(true);
  });

  // A reader reaching for a filter menu, by pointer or keyboard, is about to need its values.
  const onFilterMenu = (event: Event) => {
    if ((event.target as Element).matches('select[data-filter]')) void fillMenus();
  };
  refine.addEventListener('focusin', onFilterMenu);
  refine.addEventListener('pointerover', onFilterMenu);

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

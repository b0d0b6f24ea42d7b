import { formSearchState, isBlankSearch, openingSearch, type FormValues } from '../lib/search/page-state';
import {
  completedWords,
  describeResults,
  filterMenuValues,
  FILTERS,
  normaliseQuery,
  pagefindOptions,
  searchStateToQueryString,
  TYPING_PAUSE_MS,
  type FilterName,
  type SearchState,
} from '../lib/search/query';
import { partitionList, type SearchPartition } from '../lib/search/partitions';
import { loadPagefind, type ArchiveSearch } from './search-pagefind';
import { listResults } from './search-result-list';

/** The elements of /search/ the script works with. */
interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The site header's search box, which shows the query too. */
  headerInput: HTMLInputElement | null;
  refine: HTMLFieldSetElement;
  sortSelect: HTMLSelectElement;
  menus: Record<FilterName, HTMLSelectElement>;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** Everything the page keeps between a reader's actions. */
interface SearchPage {
  readonly el: Elements;
  /** The index's partitions, newest first, as the build listed them in the form. */
  readonly partitions: readonly SearchPartition[];
  /** The search on screen, which the address bar holds too. */
  state: SearchState;
  /** How many searches have started; a search whose number is no longer the latest shows nothing. */
  run: number;
  /** The pause after a keystroke, after which the search runs. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Pagefind, once it has been asked for; null when it could not be loaded. */
  pagefind: Promise<ArchiveSearch | null> | undefined;
  /** The filter menus' values, once they have been asked for. */
  menusFilling: Promise<void> | undefined;
}

function findElements(): Elements {
  const form = document.querySelector<HTMLFormElement>('#search-page-form')!;
  const menu = (name: FilterName) => form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
  return {
    form,
    input: form.querySelector<HTMLInputElement>('#search-query')!,
    headerInput: document.querySelector<HTMLInputElement>('#site-search'),
    refine: form.querySelector<HTMLFieldSetElement>('.refine')!,
    sortSelect: form.querySelector<HTMLSelectElement>('select[name="sort"]')!,
    menus: Object.fromEntries(FILTERS.map((name) => [name, menu(name)])) as Record<FilterName, HTMLSelectElement>,
    status: document.querySelector<HTMLElement>('#search-status')!,
    list: document.querySelector<HTMLOListElement>('#search-results')!,
    more: document.querySelector<HTMLButtonElement>('#search-more')!,
  };
}

/** The address bar always holds the search on screen, so it can be shared as it is. */
function writeUrl(state: SearchState): void {
  history.replaceState(null, '', `${location.pathname}${searchStateToQueryString(state)}`);
}

function showState(el: Elements, state: SearchState): void {
  el.input.value = state.q;
  if (el.headerInput) el.headerInput.value = state.q;
  el.sortSelect.value = state.sort;
  for (const name of FILTERS) el.menus[name].value = state.filters[name] ?? '';
}

function readForm(el: Elements): FormValues {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, el.menus[name].value]));
  return { q: el.input.value, sort: el.sortSelect.value, filters: filters as FormValues['filters'] };
}

/** Gives each menu "Any", the values given and the filter chosen now, which stays chosen. */
function setMenuValues(page: SearchPage, available: Record<string, Record<string, number>>): void {
  for (const name of FILTERS) {
    const select = page.el.menus[name];
    const values = filterMenuValues(name, available[name], page.state.filters[name]);
    select.replaceChildren(select.options[0]!, ...values.map((value) => new Option(value, value)));
    select.value = page.state.filters[name] ?? '';
  }
}

/**
 * Pagefind, loaded the first time it is asked for: at once when the address holds a search,
 * otherwise when the reader first reaches for the form. A reader who opens the page and leaves
 * costs no search engine, and the page does none of Pagefind's work while it loads.
 */
function ready(page: SearchPage): Promise<ArchiveSearch | null> {
  return (page.pagefind ??= loadPagefind(page.partitions).then(
    (pagefind) => {
      page.el.refine.hidden = false;
      return pagefind;
    },
    () => {
      page.el.status.textContent = 'The search index could not be loaded. Every article is listed on the home page.';
      return null;
    },
  ));
}

/**
 * Fills the menus from the index, once. Pagefind fetches every filter chunk for this, which a
 * reader who only types a name never needs; a search with filters fetches only the chunks of the
 * filters it uses.
 */
function fillMenus(page: SearchPage): Promise<void> {
  return (page.menusFilling ??= ready(page)
    .then(async (pagefind) => {
      if (pagefind) setMenuValues(page, await pagefind.filters());
    })
    .catch(() => {
      // Left as they are, the menus still offer "Any" and the filters in the URL; try again next time.
      page.menusFilling = undefined;
    }));
}

/** Runs the search on screen and lists its results, unless a newer search has started meanwhile. */
async function runSearch(page: SearchPage): Promise<void> {
  const current = ++page.run;
  const { list, more, status } = page.el;
  const query = normaliseQuery(page.state.q);
  if (isBlankSearch(query, page.state.filters)) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    more.hidden = true;
    status.textContent = '';
    return;
  }
  const pagefind = await ready(page);
  if (!pagefind) return;
  const results = await pagefind.search(query || null, pagefindOptions(page.state));
  if (current !== page.run) return;
  list.replaceChildren();
  list.removeAttribute('aria-busy');
  status.textContent = describeResults(results.total, query, page.state.filters);
  await listResults({ list, more, results, isCurrent: () => current === page.run });
}

/** Takes the search from the form into the address, then runs it at once or after a pause in typing. */
function update(page: SearchPage, immediately: boolean): void {
  page.state = formSearchState(readForm(page.el));
  writeUrl(page.state);
  clearTimeout(page.timer);
  if (immediately) void runSearch(page);
  else page.timer = setTimeout(() => void runSearch(page), TYPING_PAUSE_MS);
}

function listenToForm(page: SearchPage): void {
  const { form, input } = page.el;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(page, true);
  });
  input.addEventListener('input', () => {
    update(page, false);
    // Each word finished with a space has its index chunk fetched while the reader types on, so
    // the search after the pause waits only for the last word's. A word still being typed is left
    // alone: its first letters could match a great many chunks.
    const finished = completedWords(page.state.q);
    if (finished) void ready(page).then((pagefind) => pagefind?.preload(finished, pagefindOptions(page.state)));
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update(page, true);
  });
}

/** Loads Pagefind, and then the filter menus' values, as the reader reaches for them. */
function loadOnApproach(page: SearchPage): void {
  // A reader who touches, clicks or tabs into the form is about to search: Pagefind loads while
  // they type. (Hovering is left out: the filter menus appearing then would move the page under a
  // pointer that has not clicked.)
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const) {
    page.el.form.addEventListener(type, () => void ready(page), { once: true });
  }
  // A reader reaching for a filter menu, by pointer or keyboard, is about to need its values.
  const onFilterMenu = (event: Event) => {
    if ((event.target as Element).matches('select[data-filter]')) void fillMenus(page);
  };
  page.el.refine.addEventListener('focusin', onFilterMenu);
  page.el.refine.addEventListener('pointerover', onFilterMenu);
}

/** Wires up /search/: the URL holds the query, filters and sort; typing updates the URL. */
export async function startSearchPage(): Promise<void> {
  const el = findElements();
  const partitions = partitionList(el.form.dataset.searchPartitions);
  // Words typed before this script ran count; otherwise the box shows the query from the URL.
  const opening = openingSearch({ search: location.search, typed: el.input.value });
  const page: SearchPage = {
    el,
    partitions,
    state: opening.state,
    run: 0,
    timer: undefined,
    pagefind: undefined,
    menusFilling: undefined,
  };
  listenToForm(page);
  loadOnApproach(page);
  if (opening.rewriteUrl) writeUrl(page.state);
  // The filters in the URL are on show at once, and the other values follow.
  setMenuValues(page, {});
  showState(el, page.state);
  if (Object.keys(page.state.filters).length > 0) void fillMenus(page);
  await runSearch(page);
}

import type { Results } from './search-pagefind';
import { renderResult } from './search-results';

/** How many results are shown at a time. */
const PAGE_SIZE = 10;

/**
 * Lists a search's results, ten at a time: the first ten at once, the next ten each time the
 * "Show more results" button is pressed. `isCurrent` turns false once a newer search has started,
 * which stops this one adding to the list.
 */
export async function listResults({
  list,
  more,
  results,
  isCurrent,
}: {
  list: HTMLOListElement;
  more: HTMLButtonElement;
  results: Results;
  isCurrent: () => boolean;
}): Promise<void> {
  let shown = 0;
  /**
   * Shows the next page of results. Each result's text is fetched at once and shown as soon as
   * it and the results above it have arrived, so the first result does not wait for the tenth.
   * The list is marked busy until the page is complete.
   */
  const showMore = async () => {
    more.disabled = true;
    list.setAttribute('aria-busy', 'true');
    const page = await results.slice(shown, shown + PAGE_SIZE);
    if (!isCurrent()) return;
    const loading = page.map((r) => r.data());
    let first: HTMLLIElement | undefined;
    for (const data of loading) {
      const item = renderResult(await data);
      if (!isCurrent()) return;
      list.append(item);
      first ??= item;
    }
    list.removeAttribute('aria-busy');
    shown += loading.length;
    more.disabled = false;
    more.hidden = shown >= results.total;
    return first;
  };
  more.onclick = async () => {
    const first = await showMore();
    // Keep the keyboard where the reader was reading: on the first new result.
    first?.querySelector('a')?.focus();
  };
  await showMore();
}

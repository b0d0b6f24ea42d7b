/** How many stories the home page shows; the archive's list pages hold the rest. */
export const HOME_STORIES = 20;

/** How many stories one page of the full list holds: a page stays small however large the archive grows. */
export const LIST_PAGE_SIZE = 100;

/**
 * "Page 2 of 7 · stories 101–200 of 650": where a page sits in its list, the list's items named
 * by `items` ("quotations" for a list of quotations).
 */
export function pagePosition(
  page: { currentPage: number; lastPage: number; start: number; end: number; total: number },
  items = 'stories',
) {
  if (page.total === 0) return `No ${items}.`;
  return `Page ${page.currentPage} of ${page.lastPage} · ${items} ${page.start + 1}–${page.end + 1} of ${page.total}`;
}

/** A page's address with the trailing slash its folder is served at ("/archive/2" -> "/archive/2/"), saving a redirect. */
export const folderUrl = (url: string) => url.replace(/\/?$/, '/');

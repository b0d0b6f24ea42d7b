import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TYPING_PAUSE_MS } from '../src/lib/search/query';
import { bytesSince, type Served } from '../src/lib/web-archive/static-host';

/** Debian's Chromium: the benchmark never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * One search as a reader sees it: the bytes it cost, the time until its first result was drawn,
 * and the time until its first page of results (ten, or fewer when fewer match) was complete.
 */
export interface SearchFigure {
  label: string;
  query: string;
  ms: number;
  pageMs: number;
  bytes: number;
  requests: number;
}

/**
 * Records, in the page, the time of the first animation frame after result items are added to
 * the results list (the moment they can be drawn), and after the list stops being busy with
 * results in it: the page of results is complete. Installed before the page's own scripts run.
 */
const RENDER_PROBE = `
window.__rendered = [];
window.__complete = [];
window.__lastInput = 0;
document.addEventListener('input', () => (window.__lastInput = performance.now()), true);
const frame = (into) => requestAnimationFrame(() => into.push(performance.now()));
new MutationObserver((mutations) => {
  for (const m of mutations) {
    if (m.type === 'childList' && [...m.addedNodes].some((n) => n.matches?.('li.search-result'))) frame(window.__rendered);
    if (m.type === 'attributes' && !m.target.hasAttribute('aria-busy') && m.target.querySelector('li.search-result')) frame(window.__complete);
  }
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
`;

const firstAfter = (page: Page, list: '__rendered' | '__complete', since: number) =>
  page
    .waitForFunction(
      ([name, t]) => (window as unknown as Record<string, number[]>)[name as string]!.find((r) => r > (t as number)),
      [list, since] as const,
      { timeout: 60_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);

/** When the first result and the complete first page were drawn, after `since`. */
const renderedAfter = async (page: Page, since: number) => ({
  first: await firstAfter(page, '__rendered', since),
  complete: await firstAfter(page, '__complete', since),
});

/**
 * Reaches for the search box, as a reader does before typing, and waits until the search page has
 * loaded and initialised Pagefind, which it does only then (it then shows the filters).
 */
const pagefindReady = async (page: Page) => {
  await page.focus('#search-query');
  await page.waitForSelector('.refine:not([hidden])', { timeout: 60_000 });
};

/**
 * Submits a query through the search form. A submit searches at once, so the page's typing pause
 * (250 ms after each keystroke) is left out; the clock starts as the query is applied.
 */
async function submitted(page: Page, served: Served[], label: string, query: string): Promise<SearchFigure> {
  const from = served.length;
  const start = await page.evaluate((q) => {
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    input.value = q;
    const t = performance.now();
    input.form!.requestSubmit();
    return t;
  }, query);
  const end = await renderedAfter(page, start);
  return {
    label,
    query,
    ms: end.first - start,
    pageMs: end.complete - start,
    bytes: bytesSince(served, from),
    requests: served.length - from,
  };
}

/**
 * Types a query into the search box as a reader does, a key every 80 ms, and times the search
 * from the end of the page's typing pause (the issue leaves the debounce out) to its results.
 * Pagefind fetches the index chunks for the words while the reader types.
 */
async function typed(page: Page, served: Served[], label: string, query: string): Promise<SearchFigure> {
  await page.fill('#search-query', '');
  const from = served.length;
  await page.locator('#search-query').pressSequentially(query, { delay: 80 });
  const lastInput = await page.evaluate(() => (window as unknown as { __lastInput: number }).__lastInput);
  const start = lastInput + TYPING_PAUSE_MS;
  const end = await renderedAfter(page, start);
  return {
    label,
    query,
    ms: end.first - start,
    pageMs: end.complete - start,
    bytes: bytesSince(served, from),
    requests: served.length - from,
  };
}

/**
 * Search figures for two registered names on `/search/`, each from an empty cache unless said:
 * opening `/search/?q=<first>` (the page, Pagefind and the results, timed from navigation);
 * the first name submitted once Pagefind has loaded; a second name in the same page; the first
 * name again after a reload with the browser's cache kept; and, in a fresh page, both names
 * typed key by key, timed from the end of the typing pause.
 */
export async function measureSearch(url: string, served: Served[], [first, second]: [string, string]) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const fresh = async (): Promise<[BrowserContext, Page]> => {
    const context = await browser.newContext();
    await context.addInitScript(RENDER_PROBE);
    return [context, await context.newPage()];
  };
  try {
    const figures: SearchFigure[] = [];
    {
      const [context, page] = await fresh();
      const from = served.length;
      await page.goto(`${url}/search/?q=${encodeURIComponent(first)}`);
      const end = await renderedAfter(page, 0);
      const bytes = bytesSince(served, from);
      figures.push({
        label: 'cold: open /search/?q=',
        query: first,
        ms: end.first,
        pageMs: end.complete,
        bytes,
        requests: served.length - from,
      });
      await context.close();
    }
    const [context, page] = await fresh();
    const from = served.length;
    await page.goto(`${url}/search/`);
    await pagefindReady(page);
    const cold = await submitted(page, served, 'cold: first query after load', first);
    figures.push({ ...cold, bytes: bytesSince(served, from), requests: served.length - from });
    figures.push(await submitted(page, served, 'warm: second name, same page', second));
    await page.reload();
    await pagefindReady(page);
    figures.push(await submitted(page, served, 'warm: same name after reload', first));
    await context.close();
    {
      const [context, page] = await fresh();
      const from = served.length;
      await page.goto(`${url}/search/`);
      await pagefindReady(page);
      const cold = await typed(page, served, 'cold: first name typed after load', first);
      figures.push({ ...cold, bytes: bytesSince(served, from), requests: served.length - from });
      figures.push(await typed(page, served, 'warm: second name typed, same page', second));
      await context.close();
    }
    return figures;
  } finally {
    await browser.close();
  }
}

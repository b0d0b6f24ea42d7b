import { HIGHLIGHT_PARAM } from '../lib/search/highlight-param';

/**
 * Marks the searched words on an article page reached from a search result
 * (`/articles/.../?highlight=gabuev#section`). Pagefind's highlighter is loaded only then, so an
 * article opened any other way runs no search code at all.
 */
export async function highlightFromUrl(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = '/pagefind/pagefind-highlight.js';
  await import(/* @vite-ignore */ url);
  const { PagefindHighlight } = window as unknown as {
    PagefindHighlight: new (options: object) => unknown;
  };
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: '[data-pagefind-body]',
    // The archive's stylesheet styles the marks; injected <style> would break the page's CSP.
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  const first = document.querySelector('.search-highlight');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

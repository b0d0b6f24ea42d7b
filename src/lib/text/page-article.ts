import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { plainTextBlocks } from './plain-text';

/**
 * The `<article>` element of a built page as it is written, or the whole page when it has none.
 *
 * @example
 * articleOfPage('<head><title>T</title></head><body><article><p>Text</p></article></body>'); // '<article><p>Text</p></article>'
 */
export function articleOfPage(html: string): string {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  return start >= 0 && end >= 0 ? html.slice(start, end + '</article>'.length) : html;
}

/**
 * The `.article-body` element of a built page: the article's text as the page shows it, with its
 * paragraph numbers, linked names and marked quotations. Only the page's `<article>` is parsed
 * when it has one, as most of a page's markup lies outside it. Pages with no article text
 * (redirects, withdrawals) give `undefined`.
 *
 * @example
 * articleBodyOfPage('<body><article><div class="article-body"><p>Text</p></div></article></body>');
 * // the <div class="article-body"> element
 */
function articleBodyOfPage(html: string): Element | undefined {
  return select('.article-body', fromHtml(articleOfPage(html), { fragment: true }));
}

/**
 * The text of a built page's article as `article.txt` gives it, block by block, or `null` when
 * the page has no article body with a paragraph in it (a page built with no text).
 *
 * @example
 * articleTextOfPage('<article><div class="article-body"><h2>A</h2><p>B</p></div></article>'); // ['## A', 'B']
 */
export function articleTextOfPage(html: string): string[] | null {
  const body = articleBodyOfPage(html);
  return body && select('p', body) ? plainTextBlocks(body) : null;
}

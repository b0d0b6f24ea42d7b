import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';

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
export function articleBodyOfPage(html: string): Element | undefined {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  const article = start >= 0 && end >= 0 ? html.slice(start, end + '</article>'.length) : html;
  return select('.article-body', fromHtml(article, { fragment: true }));
}

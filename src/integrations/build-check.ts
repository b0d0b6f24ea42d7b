import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inBatches, READS_AT_ONCE } from '../lib/batches';

/**
 * Returns the built article pages whose body came out empty. Astro only logs an error when a
 * Markdown plugin throws and still writes the page, so without this check such a build would
 * publish a headline with no article under it.
 */
export async function emptyArticlePages(dir: string, pathnames: readonly string[]): Promise<string[]> {
  const articles = pathnames.filter((p) => p.startsWith('articles/'));
  const empty = await inBatches(articles, READS_AT_ONCE, async (pathname) => {
    const html = await readFile(join(dir, pathname, 'index.html'), 'utf8');
    // Only the article itself is parsed: most of a page's markup lies outside it.
    const start = html.indexOf('<article');
    const end = html.indexOf('</article>', start);
    const article = start >= 0 && end >= 0 ? html.slice(start, end + '</article>'.length) : html;
    const body = select('.article-body', fromHtml(article, { fragment: true }));
    // Redirect and withdrawal pages under /articles/ hold no article.
    return body && !select('p', body) ? `/${pathname}` : null;
  });
  return empty.filter((path) => path !== null);
}

export default function buildCheck(): AstroIntegration {
  return {
    name: 'archive-build-check',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const empty = await emptyArticlePages(
          fileURLToPath(dir),
          pages.map((p) => p.pathname),
        );
        if (empty.length > 0) {
          throw new Error(
            `These article pages were built with no text (see the Markdown errors above):\n  ${empty.join('\n  ')}`,
          );
        }
        logger.info(`Every article page has its text`);
      },
    },
  };
}

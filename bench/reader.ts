import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measureLighthouse, type PageScores } from './lighthouse';
import { pageWeight } from './page-weight';
import { measureSearch, type SearchFigure } from './search-timing';
import { serveSite } from '../src/lib/web-archive/static-host';

/** Two registered people whose names the generated archive and the seed article both use. */
const NAME_QUERIES: [string, string] = ['Alexander Gabuev', 'Boris Bondarev'];

/** The reader-side figures of one built site. */
export interface ReaderFigures {
  /** Gzipped HTML + CSS + JS each page loads before any interaction. */
  pages: { page: string; path: string; bytes: number; files: number }[];
  search: SearchFigure[];
  lighthouse: PageScores[];
}

/** The address of an article snapshot page (`/articles/.../YYYYMMDD/`): the first in path order. */
export function firstArticlePage(dist: string): string {
  const snapshot = (readdirSync(join(dist, 'articles'), { recursive: true }) as string[])
    .filter((p) => /(^|\/)\d{8}\/index\.html$/.test(p))
    .sort()[0];
  if (!snapshot) throw new Error(`No article snapshot page under ${join(dist, 'articles')}`);
  return `/articles/${snapshot.replace(/index\.html$/, '')}`;
}

/**
 * Serves a built site locally and measures what a reader gets: page weights, name searches in
 * Chromium (cold and warm) and Lighthouse scores for the article, home and search pages.
 */
export async function measureReader(
  dist: string,
  options: { article?: string; queries?: [string, string]; lighthouse?: boolean } = {},
): Promise<ReaderFigures> {
  const paths = { article: options.article ?? firstArticlePage(dist), home: '/', search: '/search/' };
  const pages = Object.entries(paths).map(([page, path]) => {
    const { bytes, files } = pageWeight(dist, path);
    return { page, path, bytes, files: files.length };
  });
  const server = await serveSite(dist);
  try {
    const search = await measureSearch(server.url, server.served, options.queries ?? NAME_QUERIES);
    const lighthouse =
      options.lighthouse === false
        ? []
        : await measureLighthouse(
            Object.fromEntries(Object.entries(paths).map(([page, path]) => [page, server.url + path])),
          );
    return { pages, search, lighthouse };
  } finally {
    await server.close();
  }
}

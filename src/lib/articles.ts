import { getCollection, type CollectionEntry } from 'astro:content';
import { byNewest } from './archive-order';
import { articlePath, assertUniquePaths } from './permalinks';

export type Article = CollectionEntry<'articles'>;

/** An article with the address it is published at. */
export interface ArchivedArticle {
  entry: Article;
  path: string;
}

/**
 * Every article in the archive, newest first, each with its permanent path. Pages, feeds and
 * indexes all read the collection through here. Two entries that would share a path stop the build.
 */
export async function getArchivedArticles(): Promise<ArchivedArticle[]> {
  const entries = await getCollection('articles');
  const articles = entries.sort(byNewest).map((entry) => ({ entry, path: articlePath(entry.data) }));
  assertUniquePaths(articles.map(({ entry, path }) => ({ file: entry.filePath ?? entry.id, path })));
  return articles;
}

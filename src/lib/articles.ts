import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniquePaths } from './articles-check';
import { articlePath } from './permalinks';

export type Article = CollectionEntry<'articles'>;

/** An article with the address it is published at. */
export interface ArchivedArticle {
  entry: Article;
  path: string;
}

/** Newest first by publication day; ties broken by the day added, then by id, so order is stable. */
export function byNewest(a: Article['data'] & { id?: string }, b: Article['data'] & { id?: string }): number {
  return (
    b.published.localeCompare(a.published) ||
    b.archived.localeCompare(a.archived) ||
    (a.id ?? '').localeCompare(b.id ?? '')
  );
}

/**
 * Every article in the archive, newest first, each with its permanent path. Pages, feeds and
 * indexes all read the collection through here. Two entries that would share a path stop the build.
 */
export async function getArchivedArticles(): Promise<ArchivedArticle[]> {
  const entries = await getCollection('articles');
  const articles = entries
    .sort((a, b) => byNewest({ ...a.data, id: a.id }, { ...b.data, id: b.id }))
    .map((entry) => ({ entry, path: articlePath(entry.data) }));
  assertUniquePaths(articles.map(({ entry, path }) => ({ file: entry.filePath ?? entry.id, path })));
  return articles;
}

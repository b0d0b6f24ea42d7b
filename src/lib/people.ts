import { getCollection } from 'astro:content';
import type { Person } from '../schemas/person';
import { analyseArticle, type ArticleAnalysis } from './article-analysis';
import type { ArchivedArticle } from './articles';
import { mentionFinder } from './people/mentions';

/** Everyone in the registry (content/people/), by name. */
export async function getPeople(): Promise<Person[]> {
  const entries = await getCollection('people');
  return entries.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.name.localeCompare(b.name));
}

const analyses = new Map<string, ArticleAnalysis>();

/**
 * An article's people and quotations, computed once per snapshot however many pages, lists and
 * data files use them.
 */
export function analysisOf(article: ArchivedArticle, people: readonly Person[]): ArticleAnalysis {
  const cached = analyses.get(article.path);
  if (cached) return cached;
  const html = article.entry.rendered?.html;
  if (html === undefined) throw new Error(`${article.source.file}: the article has no rendered text`);
  let analysis: ArticleAnalysis;
  try {
    analysis = analyseArticle(html, people, article.entry.data.attributions);
  } catch (error) {
    throw new Error(`${article.source.file} is not a valid article:\n  - ${(error as Error).message}`);
  }
  analyses.set(article.path, analysis);
  return analysis;
}

const finders = new WeakMap<readonly Person[], ReturnType<typeof mentionFinder>>();

/** The registered people an article's byline names (the registry's finder made once per registry). */
export function bylinePeople(article: ArchivedArticle, people: readonly Person[]): string[] {
  let find = finders.get(people);
  if (!find) finders.set(people, (find = mentionFinder(people)));
  return article.entry.data.authors.flatMap((a) => find(a.name).map((m) => m.personId));
}

import { getCollection } from 'astro:content';
import type { Person } from '../../schemas/person';
import { analyseArticle, ANALYSIS_CACHE, type ArticleAnalysis } from './article-analysis';
import type { ArchivedArticle } from '../archive/articles';
import { sharedDerivedCache } from '../build/derived-cache';
import { mentionFinder } from './mentions';
import { registryKey } from '../build/render-keys';

let registry: { key: string; people: readonly Person[] } | undefined;

/**
 * Everyone in the registry (content/people/), by name: the same list (the same array, not to be
 * changed) until an entry changes, as every article page asks for it and sorting a registry of
 * thousands each time would cost seconds of a build.
 */
export async function getPeople(): Promise<readonly Person[]> {
  const entries = await getCollection('people');
  // Astro's digest of each entry's file changes with its content.
  const key = JSON.stringify(entries.map((e) => [e.id, e.digest ?? e.data]));
  if (registry?.key !== key) {
    const people = entries.map((e) => ({ ...e.data, id: e.id })).sort((a, b) => a.name.localeCompare(b.name));
    registry = { key, people };
  }
  return registry.people;
}

const analyses = new Map<string, ArticleAnalysis>();

const registryKeys = new WeakMap<readonly Person[], string>();

/** The registry's key (`registryKey`), worked out once per list of people. */
function keyOfRegistry(people: readonly Person[]): string {
  let key = registryKeys.get(people);
  if (key === undefined) registryKeys.set(people, (key = registryKey(people)));
  return key;
}

/**
 * An article's people and quotations, computed once per snapshot however many pages, lists and
 * data files use them.
 */
export function analysisOf(article: ArchivedArticle, people: readonly Person[]): ArticleAnalysis {
  const cached = analyses.get(article.path);
  if (cached) return cached;
  const html = article.entry.rendered?.html;
  if (html === undefined) throw new Error(`${article.source.file}: the article has no rendered text`);
  const { attributions, language } = article.entry.data;
  // The same text, language, attributions and registry give the same analysis: a build keeps it for the next.
  const input = JSON.stringify([keyOfRegistry(people), attributions ?? null, language, html]);
  let analysis: ArticleAnalysis;
  try {
    analysis = sharedDerivedCache<ArticleAnalysis>(ANALYSIS_CACHE).get(input, () =>
      analyseArticle(html, people, { attributions, language }),
    );
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

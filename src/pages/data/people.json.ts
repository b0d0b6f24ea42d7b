import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/json';
import { getArchiveIndex } from '../../lib/analysis/archive-index';
import { personPath } from '../../lib/archive/permalinks';

/** The registry of people, with where each appears. */
export const GET: APIRoute = async ({ site }) => {
  const { pages } = await getArchiveIndex();
  const people = pages.map(({ person, byline, mentions, quotes }) => ({
    id: person.id,
    name: person.name,
    aliases: person.aliases,
    description: person.description,
    wikidata: person.wikidata ?? null,
    page: new URL(personPath(person.id), site).href,
    articlesBy: byline.map((a) => a.path),
    mentions: mentions.map((m) => ({ article: m.article.path, paragraph: m.paragraph, passage: m.passage })),
    quotes: quotes.length,
  }));
  return new Response(jsonFile({ people }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

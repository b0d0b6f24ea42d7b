import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/json';
import { getArchiveIndex, quoteSpeaker } from '../../lib/analysis/archive-index';

/**
 * Every quotation: its text, its speaker (null when the article's wording does not say who
 * spoke), who attributed it (the archive's editors, or the extractor and on what basis), its
 * article and anchor.
 */
export const GET: APIRoute = async () => {
  const { quotes } = await getArchiveIndex();
  const data = quotes.map((q) => ({
    text: q.text,
    speaker: quoteSpeaker(q),
    attributedBy: q.manual ? 'editors' : 'automatic',
    basis: q.manual ? null : q.basis,
    article: q.article.path,
    anchor: `${q.article.path}#${q.id}`,
    paragraphs: q.paragraphs,
  }));
  return new Response(jsonFile({ quotes: data }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

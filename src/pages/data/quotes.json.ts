import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/json';
import { getArchiveIndex } from '../../lib/analysis/archive-index';

/** Every quotation: its text, speaker, article and anchor. */
export const GET: APIRoute = async () => {
  const { quotes } = await getArchiveIndex();
  const data = quotes.map((q) => ({
    text: q.text,
    speaker: q.personId ?? null,
    speakerName: q.speaker?.kind === 'name' ? q.speaker.name : null,
    speakerDescription: q.speaker?.kind === 'source' ? q.speaker.description : null,
    article: q.article.path,
    anchor: `${q.article.path}#${q.id}`,
    paragraphs: q.paragraphs,
    manual: q.manual,
  }));
  return new Response(jsonFile({ quotes: data }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

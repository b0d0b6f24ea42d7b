import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/json';
import { getArchivedArticles } from '../../lib/archive/articles';
import { absoluteUrl, snapshotInstant } from '../../lib/archive/permalinks';

/** Every published snapshot: its metadata and permanent address. */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArchivedArticles()).map((a) => {
    const d = a.entry.data;
    return {
      permalink: absoluteUrl(a.path, site!),
      story: absoluteUrl(a.storyPath, site!),
      newest: a.isNewest,
      headline: d.headline,
      authors: d.authors.map((x) => x.name),
      publication: d.publication.name,
      published: d.published,
      sourceUrl: d.sourceUrl,
      snapshot: snapshotInstant(d),
      archived: d.archived,
      language: d.language,
      summary: d.summary,
      sourceSha256: a.source.sha256,
      captureSha256: d.capture.sha256,
    };
  });
  return new Response(jsonFile({ articles }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/json';
import { getArchivedArticles } from '../../lib/articles';
import { urlMap } from '../../lib/url-map';

/** Every original URL the archive holds, keyed by its SURT form, with its archived copies. */
export const GET: APIRoute = async () => {
  const body = jsonFile({ canonicalisation: 'SURT', urls: urlMap(await getArchivedArticles()) });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

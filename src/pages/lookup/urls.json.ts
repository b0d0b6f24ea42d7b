import type { APIRoute } from 'astro';
import { jsonFile } from '../../lib/json';
import { getArchivedArticles } from '../../lib/archive/articles';
import { urlMap } from '../../lib/web-archive/url-map';

/** Every original URL the archive holds, keyed by its SURT form, with its archived copies. */
export const GET: APIRoute = async () => {
  const body = jsonFile({ canonicalisation: 'SURT', urls: urlMap(await getArchivedArticles()) });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

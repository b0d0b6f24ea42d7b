import type { APIRoute } from 'astro';
import { getArchivedArticles } from '../../lib/articles';
import { urlMap } from '../../lib/url-map';

/** Every original URL the archive holds, keyed by its SURT form, with its archived copies. */
export const GET: APIRoute = async () => {
  const body = JSON.stringify({ canonicalisation: 'SURT', urls: urlMap(await getArchivedArticles()) }, null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

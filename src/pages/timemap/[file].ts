import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchivedArticles } from '../../lib/articles';
import { timemap, timemapPath } from '../../lib/memento';
import { absoluteUrl } from '../../lib/permalinks';
import { dataKey } from '../../lib/render-keys';

/** One TimeMap (RFC 7089, application/link-format) per original URL, listing every snapshot. */
export const getStaticPaths = (async () => {
  const articles = await getArchivedArticles();
  const byTimemap = new Map<string, { original: string; snapshots: { path: string; datetime: string }[] }>();
  for (const article of articles) {
    const path = timemapPath(article.entry.data.sourceUrl);
    const entry = byTimemap.get(path) ?? { original: article.entry.data.sourceUrl, snapshots: [] };
    entry.snapshots.push({
      path: article.path,
      datetime: article.snapshots.find((s) => s.path === article.path)!.instant.iso,
    });
    byTimemap.set(path, entry);
  }
  return [...byTimemap.entries()].map(([path, entry]) => ({
    params: { file: path.replace(/^\/timemap\//, '') },
    props: { path, ...entry },
    cacheKey: dataKey(entry),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { path, original, snapshots } = props as {
    path: string;
    original: string;
    snapshots: { path: string; datetime: string }[];
  };
  const body = timemap(
    original,
    absoluteUrl(path, site!),
    snapshots.map((s) => ({ url: absoluteUrl(s.path, site!), datetime: s.datetime })),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/link-format; charset=utf-8' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchivedArticles } from '../../lib/archive/articles';
import { timemapFiles } from '../../lib/citations/citation-files';

/**
 * One TimeMap (RFC 7089, application/link-format) per original URL, listing every snapshot. The dev
 * server serves them from here; a build writes them as plain files (src/cli/finish-build/write-snapshot-files.ts).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const articles = await getArchivedArticles();
  const files = timemapFiles(
    articles.map((a) => ({ data: a.entry.data, path: a.path, snapshots: a.snapshots })),
    import.meta.env.SITE,
  );
  return files.map(({ path, text }) => ({ params: { file: path.replace(/^timemap\//, '') }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, {
    headers: { 'Content-Type': 'application/link-format; charset=utf-8' },
  });

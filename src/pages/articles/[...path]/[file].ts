import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getArchivedArticles, type ArchivedArticle } from '../../../lib/archive/articles';
import { articleRouteParam } from '../../../lib/archive/permalinks';
import { snapshotKey } from '../../../lib/build/render-keys';
import { articlePlainText } from '../../../lib/text/plain-text';
import { citationDownloads } from '../../../lib/citations/citation-files';
import { DOWNLOADS, snapshotPage, type DownloadFile } from '../../../lib/views/snapshot-page';
import { matchesChecksum } from '../../../lib/fixity/captures';

/**
 * Each snapshot's downloads, under its permanent address: citations, its source, its text. The dev
 * server serves them from here; a build writes them as plain files (src/cli/finish-build/write-snapshot-files.ts).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const articles = await getArchivedArticles();
  return articles.flatMap((article) =>
    DOWNLOADS.map((d) => ({
      params: { path: articleRouteParam(article.path), file: d.file },
      props: { article },
      cacheKey: snapshotKey(article, d.file),
    })),
  );
}) satisfies GetStaticPaths;

async function body(file: DownloadFile, article: ArchivedArticle, site: URL): Promise<string | Buffer> {
  switch (file) {
    case 'cite.bib':
    case 'cite.ris':
    case 'cite.json': {
      const snapshot = { data: article.entry.data, path: article.path, snapshots: article.snapshots };
      return citationDownloads(snapshot, site).find((f) => f.path.endsWith(file))!.text;
    }
    case 'source.md': {
      const bytes = await readFile(resolve(process.cwd(), article.source.file));
      if (!matchesChecksum(bytes, article.source.sha256))
        throw new Error(`${article.source.file} changed during the build`);
      return bytes;
    }
    case 'article.txt':
      return articlePlainText(snapshotPage(article, site).plainTextHeader, article.entry.rendered?.html ?? '');
  }
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const file = params.file as DownloadFile;
  const { article } = props as { article: ArchivedArticle };
  const type = DOWNLOADS.find((d) => d.file === file)!.type;
  return new Response(new Uint8Array(Buffer.from(await body(file, article, site!))), {
    headers: { 'Content-Type': type },
  });
};

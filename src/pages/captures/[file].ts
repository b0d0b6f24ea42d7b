import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getArchivedArticles } from '../../lib/archive/articles';
import { assertFixity, capturePath } from '../../lib/fixity/captures';
import { dataKey } from '../../lib/build/render-keys';

/**
 * Serves each capture file byte for byte, after checking it against its recorded SHA-256. The dev
 * server serves them from here; a build copies them (src/cli/finish-build/write-snapshot-files.ts).
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const articles = await getArchivedArticles();
  return articles.map(({ entry }) => ({
    params: { file: capturePath(entry.data.capture.file).replace(/^captures\//, '') },
    props: { file: entry.data.capture.file, sha256: entry.data.capture.sha256 },
    // The capture's checksum is its key: the check before the build confirms the file still has it.
    cacheKey: dataKey(entry.data.capture),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file, sha256 } = props as { file: string; sha256: string };
  const bytes = await readFile(join(process.cwd(), 'content', file));
  assertFixity(file, bytes, sha256);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkedScan } from '../../integrations/content-check';
import { inBatches, READS_AT_ONCE } from '../../lib/build/worker-pool';
import { redirectsFile, withStoryRedirects } from '../../lib/archive/registers';
import { downloadHeaders, FOLDER_HEADERS, headersFile, headersOfPage } from '../../lib/web-archive/static-headers';

/** The path each built HTML page is served at ('' -> '/', 'search/' -> '/search/'). */
const servedAt = (pathname: string) => `/${pathname}`.replace(/([^/])$/, '$1/');

/**
 * Writes `_headers` (each page's Content-Security-Policy and Memento headers, taken from the page
 * itself) and `_redirects` (moved addresses, from content/redirects.yaml) into the built site
 * `out`, for static hosts that read them.
 */
export async function writeStaticHostFiles(
  root: string,
  out: string,
  pages: readonly { pathname: string }[],
  logger: { info: (message: string) => void },
): Promise<void> {
  const sorted = pages.map((p) => p.pathname).sort((a, b) => a.localeCompare(b));
  const pageHeaders = (
    await inBatches(sorted, READS_AT_ONCE, async (pathname) => {
      const html = await readFile(join(out, pathname, 'index.html'), 'utf8').catch(() => null);
      return html === null ? null : headersOfPage(servedAt(pathname), html);
    })
  ).filter((headers) => headers !== null);
  const scan = await checkedScan(root);
  const downloads = scan.snapshots
    .map((s) => s.path)
    .sort((a, b) => a.localeCompare(b))
    .flatMap(downloadHeaders);
  await writeFile(join(out, '_headers'), headersFile([...pageHeaders, ...downloads, ...FOLDER_HEADERS]));
  const published = new Set(scan.snapshots.flatMap((s) => [s.path, s.storyPath]));
  const redirects = withStoryRedirects(scan.registers.redirects, published);
  await writeFile(join(out, '_redirects'), redirectsFile(redirects));
  logger.info(`Wrote _headers for ${pageHeaders.length} pages and _redirects with ${redirects.length} redirect(s)`);
}

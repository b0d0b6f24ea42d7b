/**
 * Writes into the staged site the files made from the pages Astro built: each published
 * snapshot's downloads, capture, TimeMap and story address
 * (src/cli/finish-build/write-snapshot-files.ts), then `_headers` and `_redirects`
 * (src/cli/finish-build/write-static-host-files.ts), which read every page, story addresses
 * included.
 *
 * src/cli/finish-build.ts runs this as a process of its own while it gives the pages to
 * Pagefind, whose own process does most of that work: the two then share the machine's cores
 * instead of waiting on each other. Run by hand (`tsx src/cli/finish-build/derived-files.ts`) it
 * writes them into the staged site of the last `astro build`.
 */
import { join } from 'node:path';
import { checkedScan } from '../../integrations/content-check';
import { writeSnapshotFiles } from './write-snapshot-files';
import { writeStaticHostFiles } from './write-static-host-files';
import { stepLogger } from '../../lib/build/log';
import { codeDigest } from '../../lib/build/code-digest';
import { openDerivedCache } from '../../lib/build/derived-cache';
import { sitePages } from '../../lib/fixity/manifest';
import { siteUrl } from '../../lib/site-url';
import { STAGING_DIR } from '../../integrations/staged-output';

const root = process.cwd();
const staging = join(root, STAGING_DIR);

/**
 * Each article's text as article.txt gives it, kept from one build to the next: parsing every
 * built page for it is slow on a large archive (docs/performance.md), but a page copied from
 * Astro's cache has the same text as at the last build.
 */
const TEXT_CACHE = join(root, '.cache/archive/article-text.json');

try {
  const texts = await openDerivedCache<string[] | null>(TEXT_CACHE, codeDigest(root, ['src/lib/text/page-article.ts']));
  const site = siteUrl(process.env.ARCHIVE_SITE);
  const stories = await writeSnapshotFiles(root, staging, await checkedScan(root), site, texts);
  await texts.save();
  stepLogger('archive-snapshot-files').info(
    `Wrote each published snapshot's downloads, capture and TimeMap, and ${stories.length} story address(es); ` +
      `${texts.counts.kept} article text(s) unchanged since the last build, ${texts.counts.computed} read from their pages`,
  );
  await writeStaticHostFiles(root, staging, await sitePages(staging), stepLogger('archive-static-host-files'));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArchiveScan } from '../../lib/archive/scan';
import { inBatches, READS_AT_ONCE } from '../../lib/build/worker-pool';
import { assertFixity, capturePath, captureViewPath, hasCaptureView, waczPath } from '../../lib/fixity/captures';
import { waczOfCapture } from '../../lib/web-archive/wacz';
import { captureViewPage, capturedHtml } from '../../lib/web-archive/capture-view';
import { entryIdFromPath } from '../../lib/archive/entry-id';
import { noDerivedCache, type DerivedCache } from '../../lib/build/derived-cache';
import { articleOfPage, articleTextOfPage } from '../../lib/text/page-article';
import { plainTextFile } from '../../lib/text/plain-text';
import { placeSnapshots } from '../../lib/archive/published';
import { citationDownloads, timemapFiles, type TextFile } from '../../lib/citations/citation-files';
import { plainTextHeader } from '../../lib/views/snapshot-page';

async function put(out: string, path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(join(out, path)), { recursive: true });
  await writeFile(join(out, path), content);
}

/** The published snapshots of the scan, placed in their stories as the pages place them. */
function publishedOf(scan: ArchiveScan) {
  const withdrawn = new Set(scan.registers.withdrawals.map((w) => w.path));
  const items = scan.snapshots.map((s) => ({ ...s, id: entryIdFromPath(s.source.replace(/^content\//, '')) }));
  return placeSnapshots(items, withdrawn);
}

/**
 * Writes, into the built site `out`, the files that stand beside each published snapshot's page:
 * its citation files (cite.bib, cite.ris, cite.json), its Markdown source (source.md, checked
 * against the SHA-256 the scan read), its plain text (article.txt, from the text of the page Astro
 * built), the capture it was made from (/captures/...) and, for a page, a safe view of it
 * (/capture-views/.../) and for a WARC its WACZ package (/wacz/...), at its story's plain address a copy of
 * the newest snapshot's page, and one TimeMap per original URL. Returns the story addresses it
 * wrote, as page paths ('articles/.../'). The text of a page whose article is the same as at the
 * last build is taken from `texts` rather than parsed again.
 *
 * Stops the build when a snapshot's page came out with no text: Astro only logs an error when a
 * Markdown plugin throws and still writes the page, so without this check such a build would
 * publish a headline with no article under it.
 */
export async function writeSnapshotFiles(
  root: string,
  out: string,
  scan: ArchiveScan,
  site: URL | string,
  texts: DerivedCache<string[] | null> = noDerivedCache(),
) {
  const published = publishedOf(scan);
  const captures = new Set<string>();
  const empty: string[] = [];
  await inBatches(published, READS_AT_ONCE, async (snapshot) => {
    const dir = snapshot.path.replace(/^\//, '');
    const page = await readFile(join(out, dir, 'index.html'));
    const text = texts.get(articleOfPage(page.toString('utf8')), articleTextOfPage);
    if (!text) {
      empty.push(snapshot.path);
      return;
    }
    const source = await readFile(join(root, snapshot.source));
    assertFixity(snapshot.source.replace(/^content\//, ''), source, snapshot.sha256);
    const files: TextFile[] = [
      ...citationDownloads(snapshot, site),
      {
        path: `${dir}article.txt`,
        text: plainTextFile(plainTextHeader(snapshot.data, snapshot.path, snapshot.sha256, site), text),
      },
    ];
    await Promise.all([
      ...files.map((f) => put(out, f.path, f.text)),
      put(out, `${dir}source.md`, source),
      snapshot.isNewest ? put(out, `${snapshot.storyPath.replace(/^\//, '')}index.html`, page) : undefined,
    ]);
    const { file, sha256, format } = snapshot.data.capture;
    if (!captures.has(file)) {
      captures.add(file);
      const capture = await readFile(join(root, 'content', file));
      assertFixity(file, capture, sha256);
      await put(out, capturePath(file), capture);
      if (hasCaptureView(format)) {
        const view = captureViewPage({
          html: await capturedHtml(capture, format),
          file,
          sourceUrl: snapshot.data.sourceUrl,
          snapshotPath: snapshot.path,
          headline: snapshot.data.headline,
          language: snapshot.data.language,
        });
        await put(out, `${captureViewPath(file)}index.html`, view);
      }
      if (format === 'warc') {
        await put(out, waczPath(file), await waczOfCapture(capture, file, snapshot.data.headline, site));
      }
    }
  });
  if (empty.length > 0) {
    throw new Error(
      `These article pages were built with no text (see the Markdown errors above):\n  ${empty.sort().join('\n  ')}`,
    );
  }
  await Promise.all(timemapFiles(published, site).map((f) => put(out, f.path, f.text)));
  return published.filter((s) => s.isNewest).map((s) => s.storyPath.replace(/^\//, ''));
}

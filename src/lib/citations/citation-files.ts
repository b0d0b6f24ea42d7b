import { citationFiles } from '.';
import { timemap, timemapPath } from '../web-archive/memento';
import { absoluteUrl } from '../archive/permalinks';
import type { Placed } from '../archive/published';
import { citationSource, type CitedFields } from '../views/snapshot-page';

/** A text file of the built site: its path under the site's root and its content. */
export interface TextFile {
  path: string;
  text: string;
}

/** A published snapshot placed in its story, with the entry fields its files are made from. */
export interface PlacedSnapshot extends Pick<Placed, 'snapshots'> {
  data: CitedFields;
  path: string;
}

/**
 * A snapshot's three citation files under its permanent address: BibTeX, RIS and CSL-JSON.
 *
 * @example
 * citationDownloads(seed, 'https://archive.example/').map((f) => f.path);
 * // ['articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/cite.bib', ...]
 */
export function citationDownloads(snapshot: PlacedSnapshot, site: URL | string): TextFile[] {
  const files = citationFiles(citationSource(snapshot.data, snapshot.path, site));
  const dir = snapshot.path.replace(/^\//, '');
  return [
    { path: `${dir}cite.bib`, text: files.bibtex },
    { path: `${dir}cite.ris`, text: files.ris },
    { path: `${dir}cite.json`, text: files.cslJson },
  ];
}

/**
 * One TimeMap (RFC 7089, application/link-format) per original URL, listing every published
 * snapshot of it, at `timemap/<key>.link`.
 */
export function timemapFiles(snapshots: readonly PlacedSnapshot[], site: URL | string): TextFile[] {
  const byTimemap = new Map<string, { original: string; mementos: { url: string; datetime: string }[] }>();
  for (const snapshot of snapshots) {
    const path = timemapPath(snapshot.data.sourceUrl);
    const entry = byTimemap.get(path) ?? { original: snapshot.data.sourceUrl, mementos: [] };
    entry.mementos.push({
      url: absoluteUrl(snapshot.path, site),
      datetime: snapshot.snapshots.find((s) => s.path === snapshot.path)!.instant.iso,
    });
    byTimemap.set(path, entry);
  }
  return [...byTimemap].map(([path, { original, mementos }]) => ({
    path: path.replace(/^\//, ''),
    text: timemap(original, absoluteUrl(path, site), mementos),
  }));
}

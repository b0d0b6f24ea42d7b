import type { ArchivedArticle } from '../archive/articles';
import { timemapPath } from './memento';
import { surt } from './url-canonical';

/** One original URL the archive holds, under its SURT key. */
export interface UrlMapEntry {
  original: string;
  /** The story's plain address (its newest snapshot). */
  latest: string;
  timemap: string;
  snapshots: { path: string; datetime: string }[];
}

/**
 * The map from original URLs (in SURT form) to their archived copies, as `/lookup/urls.json`
 * publishes it and the lookup page reads it. Keys are sorted so the file is stable.
 */
export function urlMap(articles: readonly ArchivedArticle[]): Record<string, UrlMapEntry> {
  const map = new Map<string, UrlMapEntry>();
  for (const article of articles) {
    const original = article.entry.data.sourceUrl;
    const key = surt(original);
    if (!key) continue;
    const existing = map.get(key);
    if (existing) {
      // Another story filed under the same original URL: one TimeMap, one list of snapshots.
      for (const s of article.snapshots) {
        if (!existing.snapshots.some((x) => x.path === s.path))
          existing.snapshots.push({ path: s.path, datetime: s.instant.iso });
      }
      continue;
    }
    map.set(key, {
      original,
      latest: article.storyPath,
      timemap: timemapPath(original),
      snapshots: article.snapshots.map((s) => ({ path: s.path, datetime: s.instant.iso })),
    });
  }
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

import type { Person } from '../../schemas/person';
import type { ArchivedArticle } from '../archive/articles';
import { sha256Hex } from '../fixity/captures';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are unchanged since the last build is copied from the build cache instead of rendered
 * again. A key must therefore cover everything the page shows that is not code: for a snapshot,
 * its entry (Astro's digest of frontmatter and body), its source file, the story's list of
 * snapshots (which a new or withdrawn snapshot changes), and the people registry its names are
 * linked to.
 */
export function registryKey(people: readonly Person[]): string {
  return sha256Hex(JSON.stringify(people));
}

/** The key of one page or file made from one snapshot; `what` tells the pages of a snapshot apart. */
export function snapshotKey(article: ArchivedArticle, what: string, registry = ''): string {
  return sha256Hex(
    JSON.stringify([
      what,
      article.path,
      article.entry.digest ?? null,
      article.source.sha256,
      article.isNewest,
      article.snapshots,
      registry,
    ]),
  );
}

/** The key of the page comparing two snapshots: both entries. */
export function pairKey(older: ArchivedArticle, newer: ArchivedArticle): string {
  return sha256Hex(JSON.stringify([older.path, older.entry.digest ?? null, newer.path, newer.entry.digest ?? null]));
}

/** The key of a file made only from the given data (a TimeMap from its snapshots, a capture from its checksum). */
export function dataKey(value: unknown): string {
  return sha256Hex(JSON.stringify(value));
}

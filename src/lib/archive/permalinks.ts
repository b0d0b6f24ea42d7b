import { slug } from 'github-slugger';

/** The fields an article's address is built from: none of them may change once published. */
export interface StoryFields {
  publication: { name: string };
  published: string;
  storySlug: string;
}

/** The fields that date one snapshot of an article. */
export interface SnapshotTimeFields {
  /** When the capture was taken, if known (a day or an instant with its offset). */
  captured?: string | undefined;
  /** The day the copy was added to the archive. */
  archived: string;
}

export type SnapshotFields = StoryFields & SnapshotTimeFields;

/** Cyrillic letters in Latin, as BGN/PCGN romanises Russian (simplified, lower case). */
const CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries({
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'y',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    і: 'i',
    ї: 'yi',
    є: 'ye',
    ґ: 'g',
  }),
);

/**
 * "The Moscow Times" -> "the-moscow-times": the publication's segment of an article URL, in plain
 * ASCII ("Süddeutsche Zeitung" -> "suddeutsche-zeitung", "Коммерсантъ" -> "kommersant"), so every
 * address can be written in the redirect and withdrawal registers. Empty for a name with no
 * letters or digits, which the pre-build check refuses.
 */
export function publicationKey(name: string): string {
  const latin = [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
  return slug(latin.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The story's plain address, which always shows its newest snapshot:
 * `/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/`. Built from fields that never
 * change (never the headline).
 */
export function storyPath(entry: StoryFields): string {
  return `/articles/${publicationKey(entry.publication.name)}/${entry.published}/${entry.storySlug}/`;
}

/**
 * The instant a snapshot stands for: when it was captured if that is known, otherwise the day it
 * was added to the archive. `kind` says which, so pages can label it honestly.
 */
export function snapshotInstant(entry: SnapshotTimeFields): { iso: string; kind: 'captured' | 'added' } {
  return entry.captured ? { iso: entry.captured, kind: 'captured' } : { iso: entry.archived, kind: 'added' };
}

/** The instant as a JavaScript date in UTC (a bare day is midnight UTC). */
export function instantDate(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

/**
 * The snapshot's timestamp in web-archive form (as the Wayback Machine writes it): the UTC day
 * as YYYYMMDD, or YYYYMMDDhhmmss when the capture time is known to the second or minute.
 * "2026-11-25" -> "20261125"; "2024-12-11T12:15:00+02:00" -> "20241211101500".
 */
export function snapshotStamp(entry: SnapshotTimeFields): string {
  const { iso } = snapshotInstant(entry);
  if (iso.length === 10) return iso.replaceAll('-', '');
  return instantDate(iso)
    .toISOString()
    .replace(/\.\d{3}Z$/, '')
    .replace(/[-:T]/g, '');
}

/**
 * One snapshot's permanent address: the story's address followed by the snapshot's timestamp,
 * `/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/20261125/`. It never changes.
 */
export function snapshotPath(entry: SnapshotFields): string {
  return `${storyPath(entry)}${snapshotStamp(entry)}/`;
}

/** A registered person's page: `/people/pyotr-kozlov/`. */
export const personPath = (id: string) => `/people/${id}/`;

/**
 * The address of the word-level changes between two snapshots of a story, older first:
 * `/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/changes/20261125-20261126090000/`.
 * Stamps are digits only, so the `changes` segment can never be mistaken for a snapshot.
 */
export function changesPath(story: string, olderStamp: string, newerStamp: string): string {
  return `${story}changes/${olderStamp}-${newerStamp}/`;
}

/** The route parameter Astro's `articles/[...path].astro` page receives for an address under /articles/. */
export function articleRouteParam(path: string): string {
  return path.replace(/^\/articles\/|\/$/g, '');
}

/** An absolute URL for a path on this site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** Throws when two entries claim the same permanent path, naming both files. */
export function assertUniquePaths(items: readonly { file: string; path: string }[]): void {
  const seen = new Map<string, string>();
  for (const { file, path } of items) {
    const other = seen.get(path);
    if (other) {
      throw new Error(
        `${file}: publication, published, storySlug and the snapshot time (captured or archived) give the address ${path}, already used by ${other}; two snapshots of one story need different capture times`,
      );
    }
    seen.set(path, file);
  }
}

/**
 * True for a story's plain address (`/articles/<publication>/<day>/<slug>/`), which shows the
 * newest snapshot and names it as canonical: sitemaps list the snapshot instead.
 */
export function isStoryAddress(url: string): boolean {
  return /^\/articles\/[^/]+\/\d{4}-\d{2}-\d{2}\/[^/]+\/$/.test(new URL(url, 'http://x/').pathname);
}

/** True for a page comparing two snapshots: derived from them, so left out of the sitemap. */
export function isChangesAddress(url: string): boolean {
  return /^\/articles\/[^/]+\/\d{4}-\d{2}-\d{2}\/[^/]+\/changes\/\d+-\d+\/$/.test(new URL(url, 'http://x/').pathname);
}

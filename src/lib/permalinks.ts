import { slug } from 'github-slugger';

/** The fields a permanent address is built from: none of them may change once published. */
export interface PermalinkFields {
  publication: { name: string };
  published: string;
  storySlug: string;
}

/** "The Moscow Times" -> "the-moscow-times": the publication's segment of an article URL. */
export function publicationKey(name: string): string {
  return slug(name);
}

/**
 * The article's address in the archive, from fields that never change (never the headline):
 * `/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/`.
 */
export function articlePath(entry: PermalinkFields): string {
  return `/articles/${publicationKey(entry.publication.name)}/${entry.published}/${entry.storySlug}/`;
}

/** The route parameter Astro's `[...path].astro` page receives for an article. */
export function articleRouteParam(entry: PermalinkFields): string {
  return articlePath(entry).replace(/^\/articles\/|\/$/g, '');
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
        `${file}: publication, published and storySlug give the path ${path}, already used by ${other}; choose another storySlug`,
      );
    }
    seen.set(path, file);
  }
}

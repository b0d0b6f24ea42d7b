/** Where the archive is served when ARCHIVE_SITE is not set: the local preview server. */
export const LOCAL_SITE = 'http://localhost:4321/';

/**
 * The archive's public origin, from the ARCHIVE_SITE environment variable, for canonical links,
 * the feed and the sitemap. It must be an absolute http(s) URL.
 */
export function siteUrl(value: string | undefined): string {
  if (!value) return LOCAL_SITE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ARCHIVE_SITE must be an absolute http(s) URL, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`ARCHIVE_SITE must use http or https, not "${url.protocol}"`);
  }
  return url.href;
}

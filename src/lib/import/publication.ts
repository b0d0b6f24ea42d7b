/** "https://www.themoscowtimes.com/2024/12/11/x" -> "https://www.themoscowtimes.com/": the publication's home page. */
export function homePage(url: string): string {
  return `${new URL(url).origin}/`;
}

/** "www.themoscowtimes.com" -> "themoscowtimes": the name a host spells without spaces. */
function hostLabel(url: string): string {
  const labels = new URL(url).hostname.replace(/^www\d*\./, '').split('.');
  return (labels.length > 1 ? labels.slice(0, -1).join('') : (labels[0] ?? '')).toLowerCase();
}

/**
 * The publication's name as the article's own text spells it, found by matching the source
 * URL's host: "themoscowtimes.com" and "... told The Moscow Times." give "The Moscow Times".
 * The host says which publication it is; the text says how it writes its name (spaces,
 * capitals), which the host cannot. Undefined when no capitalised phrase in the text spells the
 * host's name, rather than guessing the spacing.
 */
export function publicationNameFromText(text: string, sourceUrl: string): string | undefined {
  const label = hostLabel(sourceUrl);
  if (label.length < 3) return undefined;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let start = 0; start < words.length; start += 1) {
    if (!/^\p{Lu}/u.test(words[start] ?? '')) continue;
    let joined = '';
    for (let end = start; end < words.length && joined.length < label.length; end += 1) {
      joined += (words[end] ?? '').toLowerCase();
      const phrase = words.slice(start, end + 1).join(' ');
      if (joined === label && text.includes(phrase)) return phrase;
    }
  }
  return undefined;
}

/** A publication the archive already holds, as its entries name it. */
export interface KnownPublication {
  name: string;
  url: string;
}

/**
 * The name the archive already uses for this source URL's site, so a second article from the same
 * newspaper lands under the same address segment (/articles/the-moscow-times/...).
 */
export function knownPublicationName(known: readonly KnownPublication[], sourceUrl: string): string | undefined {
  const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
  return known.find((p) => URL.canParse(p.url) && host(p.url) === host(sourceUrl))?.name;
}

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

const DOMAIN_ENDING =
  /\.(?:fr|com|de|es|cz|sk|pl|it|pt|br|ar|mx|ru|ua|net|org|info|co\.uk|co|at|ch|be|nl|se|no|dk|fi|ie|in|au|nz|ca|us)$/iu;

/**
 * A publication's human name from what a page's metadata calls the site: without a tagline after
 * a dash, bar or colon ("Aktuálně.cz - Víte, co se právě děje" -> "Aktuálně.cz"), and without a
 * domain ending the publication does not print its name with ("Le Monde.fr" -> "Le Monde", when
 * the page says "Le Monde" elsewhere).
 */
export function publicationHumanName(name: string, pageText: string): string {
  const [first] = name.split(/\s+[-–—|:]\s+/u);
  let cleaned = (first ?? name).trim();
  const stem = cleaned.replace(DOMAIN_ENDING, '');
  // A name of several words is not an address ("Le Monde.fr"); one word keeps its ending unless
  // the page prints the name without it.
  if (stem !== cleaned && /\s/.test(stem)) cleaned = stem;
  else if (stem !== cleaned && stem.length >= 2) {
    // One word keeps its ending ("futurezone.at") unless the page prints it more often without.
    const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bare = pageText.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}.])`, 'gu'))?.length ?? 0;
    const withEnding = pageText.split(cleaned).length - 1;
    if (bare > withEnding) cleaned = stem;
  }
  return cleaned || name.trim();
}

/**
 * A headline without the site's name or an author's after a bar or dash, as <title> and og:title
 * often carry them: "Fees rise | The Courier" -> "Fees rise", "Whales strand | Eleanor Ainge Roy"
 * -> "Whales strand". Only a trailing part that names the publication, its host or an author goes.
 */
export function headlineWithoutSuffix(
  headline: string,
  names: { publication?: string | undefined; url?: string | undefined; authors?: readonly string[] | undefined },
): string {
  const known = [names.publication, ...(names.authors ?? [])]
    .filter((n): n is string => !!n)
    .map((n) => n.toLowerCase());
  const host = names.url && URL.canParse(names.url) ? hostLabel(names.url) : undefined;
  const squashed = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let result = headline.trim();
  for (;;) {
    const match = /^(.*\S)\s+[|–—-]\s+([^|–—]+)$/u.exec(result);
    if (!match) return result;
    const tail = match[2]!.trim();
    const lower = tail.toLowerCase();
    const isKnown =
      known.some((k) => lower === k || lower.startsWith(k) || k.startsWith(lower)) ||
      (host !== undefined && squashed(tail).startsWith(host.slice(0, Math.max(4, host.length - 2))));
    if (!isKnown) return result;
    result = match[1]!;
  }
}

import { escapeRegExp } from '../text/strings';
/** "https://www.themoscowtimes.com/2024/12/11/x" -> "https://www.themoscowtimes.com/": the publication's home page. */
export function homePage(url: string): string {
  return `${new URL(url).origin}/`;
}

/** "www.themoscowtimes.com" -> "themoscowtimes": the name a host spells without spaces. */
export function hostLabel(url: string): string {
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
 * a dash, bar or colon ("Aktuálně.cz - Víte, co se právě děje" -> "Aktuálně.cz"), without its
 * short form in brackets ("Voice of America (VOA News)" -> "Voice of America"), and without a
 * domain ending the publication does not print its name with ("Le Monde.fr" -> "Le Monde", when
 * the page says "Le Monde" elsewhere).
 */
export function publicationHumanName(name: string, pageText: string): string {
  const [first] = name.split(/\s+[-–—|:]\s+/u);
  // "Voice of America (VOA News)": the name, without the short form given after it in brackets.
  let cleaned = (first ?? name).trim().replace(/(\p{L}.*?)\s+\([^()]{2,30}\)$/u, '$1');
  const stem = cleaned.replace(DOMAIN_ENDING, '');
  // A name of several words is not an address ("Le Monde.fr"); one word keeps its ending unless
  // the page prints the name without it.
  if (stem !== cleaned && /\s/.test(stem)) cleaned = stem;
  else if (stem !== cleaned && stem.length >= 2) {
    // One word keeps its ending ("futurezone.at") unless the page prints it more often without.
    const escaped = escapeRegExp(stem);
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

/** Words that make a publisher's legal name out of a publication's: "Telegraph Media Group Limited". */
const COMPANY_WORDS =
  /(?:\s+|,\s*)(?:inc|ltd|limited|llc|plc|gmbh|ag|sa|s\.a|sas|corp|corporation|company|co|group|holdings?|media|medien|digitale?|interactive|network|verlag|publishing|newspapers?)\.?$/iu;

/** A capitalised word, dots only inside it ("S.Paulo"), so a sentence's full stop ends the name. */
const HOLDER_WORD = "\\p{Lu}[\\p{L}\\p{N}!'’&-]*(?:\\.[\\p{L}\\p{N}!'’&-]+)*";
const HOLDER = new RegExp(`^${HOLDER_WORD}(?:\\s+(?:${HOLDER_WORD}|de|da|do|del|la|le|of|the|&))*`, 'u');

/**
 * The holders a page's copyright lines name, without years and company words: "Copyright © 2015
 * Harbour Media Group Ltd" -> "Harbour", "© Süd Zeitung Digitale Medien GmbH / Süd Zeitung" ->
 * "Süd Zeitung" twice. Only a run of capitalised words (and the small words inside names: "de",
 * "&") counts, so a line of script or prose gives nothing.
 */
export function copyrightHolders(text: string): string[] {
  const holders: string[] = [];
  for (const match of text.matchAll(
    /(?:©|\bcopyright\b)(?:\s*(?:©|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?|by))*\s*([^\n]{1,80})/giu,
  )) {
    for (const part of (match[1] ?? '').split(/\s+\/\s+/u)) {
      const run = HOLDER.exec(part)?.[0];
      let name = (run ?? '').replace(/[.,]$/u, '');
      for (let previous = ''; previous !== name;) {
        previous = name;
        name = name.replace(COMPANY_WORDS, '').replace(/^(?:SA|AG)\s+/u, '');
      }
      if (/\p{L}{2}/u.test(name)) holders.push(name.trim());
    }
  }
  return holders;
}

/** What a page says its site is called, from each place it says it. */
export interface SiteNameWitnesses {
  /** Names in order of trust: JSON-LD publisher, og:site_name, citation, the <title>'s suffix. */
  named: readonly string[];
  /** Other places the page prints its name: application-name, a logo's alt text. */
  others: readonly string[];
  /** The holders its copyright lines name (see copyrightHolders). */
  copyright: readonly string[];
  /** The name without spaces: the Twitter handle, the URL's host. They confirm a name, never give one. */
  handles: readonly string[];
}

/**
 * The name a publication's full title quotes: "Газета «Коммерсантъ»" -> "Коммерсантъ", 'Newspaper
 * "The Courier"' -> "The Courier". Undefined when no part of the name is in quotation marks.
 */
export function quotedName(name: string): string | undefined {
  const inner = /[«„“"‹]([^«»„“”"‹›]+)[»“”"›]/u.exec(name)?.[1]?.trim();
  return inner && /\p{L}/u.test(inner) && inner !== name.trim() ? inner : undefined;
}

/** A name's key for comparing witnesses: no leading "The", no domain ending, letters and digits only. */
const nameKey = (name: string) =>
  name
    .trim()
    // A handle given as its profile's address ("https://twitter.com/anadoluajansi") is its last part.
    .replace(/^https?:\/\/[^/]+\/(?:#!\/)?/iu, '')
    .replace(/\/+$/u, '')
    .replace(DOMAIN_ENDING, '')
    .toLowerCase()
    // Letters a handle spells without their accents: "Ajansı" is @anadoluajansi, "Süd" @sud.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/gu, 'i')
    .replace(/ł/gu, 'l')
    .replace(/ø/gu, 'o')
    .replace(/ß/gu, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/^the/u, '');

/**
 * The site's name when its metadata and <title> name none: what its logo or copyright line says,
 * if its Twitter handle or its host spells the same name ("Anadolu Ajansı", @anadoluajansi).
 * Undefined when no handle confirms a name, rather than taking a logo's text on its own.
 */
export function confirmedSiteName(witnesses: SiteNameWitnesses): string | undefined {
  const name = siteNameByAgreement(witnesses);
  return name && witnesses.handles.some((handle) => nameKey(handle) === nameKey(name)) ? name : undefined;
}

/** "Frankfurter Allgemeine Zeitung" -> "faz". */
const initials = (name: string) => (name.match(/\p{Lu}[\p{L}]*/gu) ?? []).map((w) => w[0]!.toLowerCase()).join('');

/**
 * The publication's name, chosen by agreement between what the page says in different places:
 * - the most trusted name, unless a longer name that extends it by whole words is confirmed by
 *   two witnesses ("BuzzFeed" in og:site_name, "BuzzFeed News" in the <title> and the Twitter
 *   handle @buzzfeednews): the site's name, then its news brand;
 * - a name fewer witnesses give (a section name in og:site_name, the publisher company in
 *   JSON-LD) gives way to one more of them agree on, at least two;
 * - initials confirm the name they abbreviate ("SZ.de" and @SZ for "Süd Zeitung");
 * - a web brand ("Süd.de", "SZ.de") gives way to the newspaper's name in the copyright line when
 *   it is its short form: the same first word, or its initials;
 * - of the spellings of one name, the one most witnesses print; on a tie the fuller ("The
 *   Washington Post" over "Washington Post").
 * Undefined when no witness names the site.
 */
export function siteNameByAgreement(witnesses: SiteNameWitnesses): string | undefined {
  const spoken = [...witnesses.named, ...witnesses.others, ...witnesses.copyright].map((name) =>
    (name.split(/\s+[-–—|:]\s+/u)[0] ?? name).trim(),
  );
  // "Газета «Коммерсантъ»" is the site another witness calls "Коммерсантъ".
  const clean = (name: string) => {
    const cut = (name.split(/\s+[-–—|:]\s+/u)[0] ?? name).trim();
    const inner = quotedName(cut);
    return inner && spoken.some((other) => nameKey(other) === nameKey(inner)) ? inner : cut;
  };
  // A badge repeated on every teaser ("Plus Artikel") is one witness, however often it is printed.
  const names = [...witnesses.named, ...new Set(witnesses.others), ...witnesses.copyright]
    .map(clean)
    .filter((n) => /\p{L}/u.test(n) && n.length <= 60);
  const keys = [...names, ...witnesses.handles].map(nameKey).filter((k) => k !== '');
  // A name's initials confirm it ("SZ.de", @SZ for "Süddeutsche Zeitung"), and are never chosen over it.
  const initialsOf = (name: string) => (/\s/.test(name.trim()) ? initials(name) : '');
  const support = (name: string) =>
    keys.filter((k) => k === nameKey(name) || (k.length >= 2 && k === initialsOf(name))).length;
  const isInitials = (name: string) => names.some((other) => initialsOf(other) === nameKey(name));
  const named = witnesses.named.map(clean).filter((n) => /\p{L}/u.test(n));
  let chosen = named[0] ?? names[0];
  if (chosen === undefined) return undefined;
  const base = chosen.replace(DOMAIN_ENDING, '');
  const extensions = names.filter(
    (n) => n.toLowerCase().startsWith(`${base.toLowerCase()} `) && support(n) >= 2 && nameKey(n) !== nameKey(chosen!),
  );
  // The site's address ("rp.pl") is spelt by its host and handles by construction, so it never
  // outvotes the name the metadata gives ("Rzeczpospolita").
  const isAddress = (name: string) => DOMAIN_ENDING.test(name) && !DOMAIN_ENDING.test(chosen!);
  const better = names.filter(
    (n) => support(n) >= 2 && support(n) > support(chosen!) && !isInitials(n) && !isAddress(n),
  );
  if (extensions.length > 0) chosen = extensions.reduce((a, b) => (nameKey(b).length > nameKey(a).length ? b : a));
  else if (better.length > 0) chosen = better.reduce((a, b) => (support(b) > support(a) ? b : a));
  else if (DOMAIN_ENDING.test(chosen) || /\s+online$/iu.test(chosen)) {
    const stem = chosen.replace(DOMAIN_ENDING, '').replace(/\s+online$/iu, '');
    const full = witnesses.copyright.find(
      (h) =>
        h.split(/\s+/).length >= 2 &&
        (h.toLowerCase().startsWith(`${stem.toLowerCase()} `) || initials(h) === stem.toLowerCase()),
    );
    if (full) return full;
  }
  const key = nameKey(chosen);
  const spellings = names.filter((n) => nameKey(n) === key && !DOMAIN_ENDING.test(n) === !DOMAIN_ENDING.test(chosen!));
  const count = (s: string) => spellings.filter((n) => n === s).length;
  return spellings.reduce(
    (a, b) => (count(b) > count(a) || (count(b) === count(a) && b.length > a.length) ? b : a),
    chosen,
  );
}

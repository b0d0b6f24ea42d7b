/** A Markdown link in a byline: "[Pyotr Kozlov](#)". */
const LINK = /\[([^\]]+)\]\(([^)]*)\)/g;
const HAS_LINK = /\[[^\]]+\]\([^)]*\)/;

/** The names a byline lists, in order, and whether any was a link in the capture. */
export interface Byline {
  names: string[];
  linked: boolean;
}

/**
 * How a byline opens, in the languages the archive holds: "By", "Par", "Por", "Von", "Od", ...,
 * or a label with its colon: "Author: Jane Roe", "Autorin: Anna Muster", "Text: Anna Muster".
 */
const BY =
  /^\s*(?:(?:by|written by|words by|par|por|von|od|di|door|av|от|автор)\s*:?\s+|(?:author|autor|autorin|auteur|autore|text|texto|texte)s?\s*:\s*)/iu;
/** What joins the names of a byline: "and", "et", "y", "und", "a", "e", "i", "en", "и", "&". */
const AND = /\s*,\s*(?:(?:and|et|y|und|a|e|i|en|и)\s+)?|\s+(?:and|et|y|und|a|e|i|en|и|&)\s+/iu;

/**
 * What a byline prints after the names on the same line: the date ("By Jane Roe 22 Dec 2016"), an
 * "Updated:" or "Published" stamp, a label after a colon.
 */
const AFTER_NAME =
  /\s+(?:\d|(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado)\b|\S*:\s).*$/iu;

/**
 * "Our Foreign Staff", "TMZ Staff", "Staff reporter": a desk's credit, which names no author (the
 * entry then has no byline rather than a made-up person).
 */
export const isDeskCredit = (name: string) =>
  /^(?:from )?our\s/iu.test(name) || /\bstaff(?:\s+(?:writer|reporter)s?)?$/iu.test(name);

/**
 * "By [Pyotr Kozlov](#) and Jane Roe" -> ["Pyotr Kozlov", "Jane Roe"]: split on commas and the
 * language's "and"; one word after the last name and a comma is a place or an agency, not a name. A date or a role after the names ("By Jane Roe, March 3, 2015", "Par X (avec
 * Y et Z)") is not a name: names in parentheses after "with"/"avec"/"con" count, dates do not.
 */
export function parseByline(line: string): Byline {
  const text = line
    .replace(LINK, '$1')
    .replace(BY, '')
    .replace(/\(\s*(?:with|avec|con|mit|com|s)\s+([^)]*)\)/iu, ', $1')
    // "Jane Roe (reporting) and John Doe (photography)": a role in brackets is not part of the name.
    .replace(/\s*\((?:\p{Ll}[\p{Ll} ,&]*)\)/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    // One word after a full name and a comma is where the author writes from, or the agency
    // that employs them: "Von Anna Muster, Berlin", "By Jane Roe, AFP".
    .replace(/(\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[\p{L}.'’-]+)\s*,\s*\p{Lu}[\p{L}'’-]*\.?$/u, '$1');
  const names = text
    .split(AND)
    .map((name) =>
      name
        .replace(/\s*[|·•–—-]\s*.*$/u, '')
        .replace(AFTER_NAME, '')
        .trim(),
    )
    .filter((name) => name.length > 0 && !/\d/.test(name) && /^\p{Lu}/u.test(name) && !isDeskCredit(name));
  return { names, linked: HAS_LINK.test(line) };
}

/**
 * True for a byline ("By Pyotr Kozlov and Jane Roe"), false for a sentence that happens to begin
 * with "By" ("By losing its bases in Syria, Russia will ..."): a byline has no closing
 * punctuation and lists short capitalised names.
 */
export function isBylineLine(line: string): boolean {
  if (!BY.test(line) || line.length > 200 || /[.!?]$/.test(line.trim())) return false;
  const { names } = parseByline(line);
  return names.length > 0 && names.every((name) => name.split(' ').length <= 5 && /^\p{Lu}/u.test(name));
}

/**
 * "Kozlov, Pyotr" -> "Pyotr Kozlov": citation_author tags usually give the family name first,
 * while the archive keeps names as a byline prints them.
 */
export function givenNameFirst(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name.trim();
}

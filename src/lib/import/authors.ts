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
 * "Our Foreign Staff", "TMZ Staff", "Staff reporter", "(Agenturen)": a desk's or unnamed agencies'
 * credit, which names no author (the entry then has no byline rather than a made-up person).
 */
export const isDeskCredit = (name: string) =>
  /^(?:from )?our\s/iu.test(name) ||
  /\bstaff(?:\s+(?:writer|reporter)s?)?$/iu.test(name) ||
  // "Agenturen", "agences", "Redaktion": agencies or a newsroom unnamed.
  /^\(?(?:agencies|agenturen|agences|agencias|agenzie|agências|wire services|newsroom|redaktion|rédaction|redacción|redazione|redação|redactie)\)?$/iu.test(
    name.trim(),
  );

/**
 * "By [Pyotr Kozlov](#) and Jane Roe" -> ["Pyotr Kozlov", "Jane Roe"]: split on commas and the
 * language's "and"; one word after the last name and a comma is a place or an agency, not a name. A date or a role after the names ("By Jane Roe, March 3, 2015", "Par X (avec
 * Y et Z)") is not a name: names in parentheses after "with"/"avec"/"con" count, dates do not.
 */
export function parseByline(line: string): Byline {
  const text = line
    .replace(LINK, '$1')
    .replace(BY, '')
    // "Seb Dumitru, Lille 05.08.2024, 20:59 Uhr": the date after the names goes first, so the
    // place before it is seen as one.
    .replace(/\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\b.*$/u, '')
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

/** "and" between two names, in the languages the archive holds, spaced on both sides. */
const JOINED = /\s+(?:and|et|und|y|e|i|en|og|och|oraz|ve|и|&)\s+/iu;

/**
 * "Le Figaro et AFP" -> ["Le Figaro", "AFP"]: metadata that gives a whole byline as one author's
 * name names each of them. Split only where every part starts with a capital letter, so a
 * name with a lower-case "and" inside it ("Institute for Peace and conflict studies") stays whole.
 */
export function splitJoinedNames(name: string): string[] {
  const parts = name.split(JOINED).map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => /^\p{Lu}/u.test(part)) ? parts : [name.trim()];
}

/**
 * "STEVE PEOPLES" -> "Steve Peoples", "viktor hedlund" -> "Viktor Hedlund": a person's name of
 * two words or more set wholly in capitals or wholly in lower case, as bylines and metadata
 * sometimes print them, in the case a reader writes it. One word in capitals ("AFP", "BELGA") is
 * an agency's name and stays as it is; a name in mixed case ("Thomson-DeVeaux") is left alone.
 */
export function nameAsWritten(name: string): string {
  const words = name.trim().split(/\s+/);
  const letters = name.replace(/[^\p{L}]/gu, '');
  const oneCase = letters === letters.toUpperCase() || letters === letters.toLowerCase();
  if (words.length < 2 || !oneCase || !/\p{L}{2}/u.test(letters)) return name.trim();
  return words
    .map((word) =>
      word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, first: string) => mark + first.toUpperCase()),
    )
    .join(' ');
}

/** A person's name as bylines print it: two to four capitalised words, small particles between. */
const PERSON = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|da|del|di|van|von|der|le|la|bin|al)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}";

/**
 * The byline printed without "By" in front of the dateline, as "Name | date" under a headline:
 * "… bildirdi. Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025" -> ["Sehernur Karsu"].
 * `isDay` says whether the words after the bar begin with a day. Only a name that begins the
 * text or a sentence counts, so a name inside the standfirst's sentence does not.
 */
export function bylineBeforeDate(text: string, isDay: (text: string) => boolean): string[] {
  const pattern = new RegExp(`(?:^|(?<=[.!?…:]\\s))(${PERSON})\\s*[|•·]\\s*(.{0,40})`, 'gu');
  for (const match of text.matchAll(pattern)) {
    if (isDay(match[2] ?? '')) return [match[1]!];
  }
  return [];
}

/**
 * "Povilas Aleksandravičius, Mykolo Romerio universiteto … profesorius, Lrt.lt" -> "Povilas
 * Aleksandravičius": metadata that gives an author's name with their post or affiliation after a
 * comma names the person before it. A name alone, or a family name first ("Roe, Jane"), is left whole.
 */
export function nameWithoutAffiliation(name: string): string {
  const [person, ...rest] = name.split(',').map((part) => part.trim());
  const words = person?.split(/\s+/) ?? [];
  const described = rest.join(', ').split(/\s+/).length >= 3;
  return described && words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word))
    ? person!
    : name.trim();
}

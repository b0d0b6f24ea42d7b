/** A Markdown link in a byline: "[Pyotr Kozlov](#)". */
const LINK = /\[([^\]]+)\]\(([^)]*)\)/g;
const HAS_LINK = /\[[^\]]+\]\([^)]*\)/;

/** The names a byline lists, in order, and whether any was a link in the capture. */
export interface Byline {
  names: string[];
  linked: boolean;
}

/** "By [Pyotr Kozlov](#) and Jane Roe" -> ["Pyotr Kozlov", "Jane Roe"]: split on commas, "and" and "&". */
export function parseByline(line: string): Byline {
  const text = line
    .replace(LINK, '$1')
    .replace(/^\s*(?:by|written by|words by)\s*:?\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const names = text
    .split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return { names, linked: HAS_LINK.test(line) };
}

/**
 * True for a byline ("By Pyotr Kozlov and Jane Roe"), false for a sentence that happens to begin
 * with "By" ("By losing its bases in Syria, Russia will ..."): a byline has no closing
 * punctuation and lists short capitalised names.
 */
export function isBylineLine(line: string): boolean {
  if (!/^\s*by\s+\S/i.test(line) || line.length > 200 || /[.!?]$/.test(line.trim())) return false;
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

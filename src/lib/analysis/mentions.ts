import type { Person } from '../../schemas/person';
import { escapeRegExp } from '../text/strings';

/** A name of a registered person found in a text, by character offsets into that text. */
export interface Mention {
  personId: string;
  start: number;
  end: number;
  /** The words as written, brackets included ("[U.S. President Barack] Obama"). */
  text: string;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Text without an editor's square brackets, and for each of its characters the offset it came
 * from: "[U.S. President Barack] Obama" reads "U.S. President Barack Obama", so the name matches.
 */
function withoutBrackets(text: string): { plain: string; offsets: number[] } {
  let plain = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[' || text[i] === ']') continue;
    plain += text[i];
    offsets.push(i);
  }
  offsets.push(text.length);
  return { plain, offsets };
}

/**
 * Finds every registered person named in a text: by name or alias, possessives included
 * ("Assad's"), across an editor's bracketed insertion, never inside another word, and inside a
 * hyphenated compound ("anti-Assad", "Putin-era") only for people whose entry sets `compounds`.
 * Longer names win over the aliases they contain ("Vladimir Vladimirovich Putin" over "Putin").
 */
export function mentionFinder(people: readonly Person[]): (text: string) => Mention[] {
  const names = people
    .flatMap((p) => [p.name, ...p.aliases].map((alias) => ({ alias, person: p })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const patterns = names.map(({ alias, person }) => ({
    person,
    re: new RegExp(escapeRegExp(alias).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"), 'gu'),
  }));
  return (text) => {
    const { plain, offsets } = withoutBrackets(text);
    const taken: [number, number][] = [];
    const found: Mention[] = [];
    for (const { person, re } of patterns) {
      re.lastIndex = 0;
      for (const match of plain.matchAll(re)) {
        const start = match.index;
        const end = start + match[0].length;
        const before = plain[start - 1] ?? '';
        const after = plain[end] ?? '';
        if (LETTER.test(before) || LETTER.test(after)) continue;
        const compound =
          (before === '-' && LETTER.test(plain[start - 2] ?? '')) ||
          (after === '-' && LETTER.test(plain[end + 1] ?? ''));
        if (compound && !person.compounds) continue;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        const from = offsets[start]!;
        // Take in the opening bracket when the name starts inside one: "[... Barack] Obama".
        const bracket = text.lastIndexOf('[', from);
        const realStart =
          bracket >= 0 && text.indexOf(']', bracket) > from && text.indexOf(']', bracket) < offsets[end - 1]!
            ? bracket
            : from;
        const realEnd = offsets[end - 1]! + 1;
        found.push({ personId: person.id, start: realStart, end: realEnd, text: text.slice(realStart, realEnd) });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/**
 * Given names and the gender they are most often given to, from human-names' lists for English,
 * French, German, Spanish, Italian and Dutch, read also without accents and, for a name written in
 * Cyrillic, in its Latin spellings: a name that begins with one is a person's.
 */
import givenNameLists from 'human-names';
import { fold, latinSpellings } from './lexicon';

export type Gender = 'm' | 'f';

const GIVEN_NAMES: ReadonlyMap<string, Gender | undefined> = (() => {
  const map = new Map<string, Gender | undefined>();
  for (const [list, names] of Object.entries(givenNameLists)) {
    if (!/^(female|male)[A-Z][a-z]$/.test(list) || !Array.isArray(names)) continue;
    const gender: Gender = list.startsWith('female') ? 'f' : 'm';
    for (const name of names) {
      const key = name.toLowerCase();
      map.set(key, map.has(key) && map.get(key) !== gender ? undefined : gender);
    }
  }
  return map;
})();

const FOLDED_GIVEN_NAMES: ReadonlyMap<string, Gender | undefined> = (() => {
  const map = new Map<string, Gender | undefined>();
  for (const [name, gender] of GIVEN_NAMES) {
    const key = fold(name);
    map.set(key, map.has(key) && map.get(key) !== gender ? undefined : gender);
  }
  return map;
})();

/**
 * The key under which a word is a known given name: as written, without accents ("Vladimír"), or
 * spelt in Latin letters when written in Cyrillic ("Сергей" -> "sergei").
 */
function givenKey(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (GIVEN_NAMES.has(lower)) return lower;
  const folded = fold(word);
  if (FOLDED_GIVEN_NAMES.has(folded)) return folded;
  return latinSpellings(word).find((w) => FOLDED_GIVEN_NAMES.has(w));
}

/** Whether a word is a given name of the lists (human-names), in any of the ways givenKey reads it. */
export const isGivenName = (word: string) => givenKey(word) !== undefined;

/** The gender a given name is most often given to, if the lists tell. */
export const givenGender = (word: string): Gender | undefined => {
  const key = givenKey(word);
  return key === undefined ? undefined : (GIVEN_NAMES.get(key) ?? FOLDED_GIVEN_NAMES.get(key));
};

import { publicationKey } from '../archive/permalinks';

/**
 * How many quotations one page of a list holds (/quotes/, a speaker's list): a page stays small
 * however many quotations the archive holds.
 */
export const QUOTES_PAGE_SIZE = 100;

/** How many of a person's quotations and mentions their own page shows before linking to the rest. */
export const PERSON_PAGE_LIMIT = 20;

/** One speaker of the archive's quotations, as the list of speakers gives them. */
export interface Speaker {
  label: string;
  /** The speaker's segment of /quotes/by/<key>/: unique, plain ASCII. */
  key: string;
  count: number;
}

/**
 * Every speaker of these quotations with how many they are, by name, each with a key for the
 * address of their list. Keys come from the name in plain ASCII ("Sébastien Lecornu" ->
 * "sebastien-lecornu"); names whose keys meet (or that have no letters a key can keep) take a
 * number, in the order of their names, so the same quotations always give the same keys.
 *
 * @example
 * speakersOf([{ speakerLabel: 'Anna' }, { speakerLabel: 'Anna' }, { speakerLabel: 'a diplomat' }]);
 * // [{ label: 'a diplomat', key: 'a-diplomat', count: 1 }, { label: 'Anna', key: 'anna', count: 2 }]
 */
export function speakersOf(quotes: readonly { speakerLabel: string }[]): Speaker[] {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.speakerLabel, (counts.get(q.speakerLabel) ?? 0) + 1);
  const taken = new Set<string>();
  return [...counts.keys()]
    .sort((a, b) => a.localeCompare(b, 'en') || (a < b ? -1 : 1))
    .map((label) => {
      const base = publicationKey(label) || 'speaker';
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
      taken.add(key);
      return { label, key, count: counts.get(label)! };
    });
}

/** The address of a speaker's list of quotations. */
export const speakerPath = (key: string) => `/quotes/by/${key}/`;

/**
 * Words that look like names but name a place or a date, in the article's language and in English,
 * taken from the Unicode CLDR data that Node's `Intl` ships (region names, language names, which in
 * English are also the nationalities, months and days of the week, the cities that name time
 * zones). CLDR is kept for every language the archive reads, so the same rule holds in Czech or
 * Russian as in English, where a hand-written list would hold only where someone wrote it.
 */

/** A word as compared: lower case, without accents ("Vladimír" -> "vladimir"). */
export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REGION_CODES = [
  ...[...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b)),
  // UN M49 areas: the world, continents and their parts ("Europe", "Western Asia").
  ...'001 002 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419'.split(
    ' ',
  ),
];
const LANGUAGE_CODES =
  'ar bg bn cs da de el en es et fa fi fr he hi hr hu id it ja ko lt lv ms nl no pl pt ro ru sk sl sr sv th tr uk ur vi zh'.split(
    ' ',
  );

/** A place or date name's words, folded: "South Korea" -> "south korea". */
export interface PlaceNames {
  /** Names of one word or several, folded and joined by a space. */
  names: Set<string>;
  /** The most words any of them has. */
  longest: number;
}

const cache = new Map<string, PlaceNames>();

/** Places, nationalities (English), months and days of the week, as `language` and English print them. */
export function placeNames(language: string): PlaceNames {
  const known = cache.get(language);
  if (known) return known;
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (name && /\p{L}/u.test(name))
      names.add(
        fold(name)
          .replace(/[.,()]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
  };
  for (const locale of new Set([language, 'en'])) {
    try {
      for (const style of ['long', 'short'] as const) {
        const regions = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
        for (const code of REGION_CODES) add(regions.of(code));
      }
      // Language names: capitalised only where nationalities are too (English "Indonesian", "French").
      const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
      for (const code of LANGUAGE_CODES) {
        const name = languages.of(code);
        if (name && /^\p{Lu}/u.test(name)) add(name);
      }
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2021, m, 1, 12));
        add(new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date));
        // The month as a date prints it, which some languages decline ("мая", "ledna").
        const inDate = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
        add(inDate.formatToParts(date).find((p) => p.type === 'month')?.value);
      }
      for (let d = 0; d < 7; d++) {
        add(
          new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
            new Date(Date.UTC(2021, 0, 3 + d, 12)),
          ),
        );
      }
    } catch {
      // A locale that this Node's ICU does not carry adds nothing.
    }
  }
  // Cities that name time zones ("Kuala_Lumpur"), written in English.
  for (const zone of Intl.supportedValuesOf('timeZone')) add(zone.split('/').at(-1)!.replace(/_/g, ' '));
  const result = { names, longest: Math.max(...[...names].map((n) => n.split(' ').length)) };
  cache.set(language, result);
  return result;
}

/**
 * Whether two forms of a word are one word declined ("Moyes", "Moyese"; "Мединский", "Мединского"):
 * they share all but the last three letters of the longer, and at least three.
 */
export function sameStem(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return common >= 3 && common >= Math.max(x.length, y.length) - 3;
}

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

/**
 * Latin spellings of a word written in Cyrillic, as given-name lists print them: "Сергей" ->
 * "sergei", "sergey"; "Юрий" -> "yurii", "yuri", "yury". Empty for a word in another script.
 */
export function latinSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[\p{Script=Cyrillic}-]+$/u.test(lower)) return [];
  const plain = [...lower].map((c) => CYRILLIC[c] ?? c).join('');
  const variants = new Set([plain]);
  variants.add(plain.replace(/ii$/, 'y').replace(/ei$/, 'ey'));
  variants.add(plain.replace(/ii$/, 'i'));
  variants.add(plain.replace(/kh/g, 'h'));
  variants.add(plain.replace(/v/g, 'w'));
  return [...variants];
}

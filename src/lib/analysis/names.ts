/**
 * People's names as an article prints them: runs of proper nouns (for English, from the part-of-
 * speech tags; for other languages, capitalised words), without the titles in front of them
 * ("Mr.", "Sen.", "CEO"), so that "Reeves" or "Mr Reeves" can be read as the "Rachel Reeves" the
 * article introduced.
 */
import type { FrameToken, ReadParagraph } from './quotes/frames';
import { givenGender, isGivenName, type Gender } from './given-names';
import { fold, placeNames } from './lexicon';
import { isCommonWord } from './nlp';
import { TITLES } from './quotes/language';

/** A name printed in the article: where, and its words without titles. */
export interface NameRun {
  paragraph: number;
  /** Token range of the name itself, titles excluded. */
  from: number;
  to: number;
  name: string;
  /** Whether a title stood before it ("Mr", "President"), which marks a person. */
  titled: boolean;
}

const PARTICLES = /^(von|van|de|der|den|da|di|del|della|la|le|du|dos|das|al|el|bin|ibn|ben|y|st\.?)$/u;
const normal = (word: string) => word.toLowerCase().replace(/\.$/, '');
/**
 * German role nouns, alone or closing a compound, which German prints before a name as English
 * prints a title: "Bundesverkehrsminister Scheuer", "Flixbus-Manager Stenger", "Konzernchefin".
 */
const ROLE_HEAD =
  /(?:minister|präsident|kanzler|chef|sprecher|manager|direktor|vorsitzende|bürgermeister|botschafter|sekretär|kommissar|trainer)(?:in|r)?$/u;
const isRoleCompound = (word: string) =>
  /^\p{Lu}[\p{L}-]*$/u.test(word) && ROLE_HEAD.test(word.toLowerCase()) && !/^administ/iu.test(word);
export const isTitle = (word: string) => TITLES.has(normal(word)) || isRoleCompound(word);

/** Title words that qualify a title rather than being one: "Foreign Minister", "Deputy Director". */
const MODIFIERS = new Set(
  'foreign defence defense finance interior health education former acting interim assistant associate executive senior first grand vice deputy chief crown prime'.split(
    ' ',
  ),
);

/** Words capitalised in other languages that are not names: pronouns written with a capital. */
const NOT_NAMES = new Set([
  'я',
  'ich',
  'je',
  'yo',
  'eu',
  'já',
  'io',
  'wir',
  'мы',
  'вы',
  'sie',
  'ele',
  'ela',
  'on',
  'ona',
]);

/**
 * Articles that are part of a name only after another particle ("von der Leyen", "van den Berg"):
 * alone between two capitalised words they are the article of the next ("Hans Meier der Deutschen
 * Presse-Agentur").
 */
const ARTICLE_ONLY = /^(der|den)$/u;
/** Particles that may follow another between the parts of a name: "von der Leyen", "de la Fuente". */
const SECOND_PARTICLES = /^(der|den|la|las|los|le|het|ten|del)$/u;
/** A surname with an elided particle glued to it: "d'Aubuisson", "d’Estaing". */
const ELIDED = /^d['’]\p{Lu}\p{Ll}/u;
/** "Of" in the languages with capitals: a word after it names a place or a body ("di Milano"). */
const OF = /^(?:of|di|de|da|do|du|del|della|dei|von|vom)$/u;
/** Titles that name a place or a body more often than a person: "St Vincent's", "Saint-Denis". */
const PLACE_TITLES = new Set(['st', 'saint']);

/**
 * Whether token `i` can be part of a name in an article of `language`. In English, a proper noun;
 * inside quotation marks, which the model reads masked (frames.ts) and so without parts of speech,
 * a capitalised word inside a sentence that is a given name or not a word of the model's lexicon.
 */
function isNameWord(tokens: readonly FrameToken[], i: number, language: string, quoted: boolean): boolean {
  const t = tokens[i];
  if (!t || quoted) return false;
  const text = wordOf(t);
  if (!/^[\p{Lu}\p{Lt}]/u.test(text)) return false;
  if (language !== 'en') return /\p{L}/u.test(text) && !NOT_NAMES.has(text.toLowerCase());
  if (t.quote < 0) return t.pos === 'PROPN';
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    !/[.!?:;"“”‘’«»—–]$/u.test(before.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(text) &&
    (isGivenName(text) || !isCommonWord(text))
  );
}

/**
 * A token's word: inside quotation marks, where the model read masked text and cut words at spaces
 * only, without the marks around it ("[actor", "Danson]," -> "actor", "Danson").
 */
const wordOf = (t: FrameToken) =>
  t.quote >= 0 ? t.text.replace(/^[\p{Ps}\p{Pi}"']+|[\p{Pe}\p{Pf}\p{Po}"']+$/gu, '') : t.text;
/** Whether a token inside quotation marks ends with a mark, which ends a name: "Danson],". */
const endsWithMark = (t: FrameToken) => t.quote >= 0 && wordOf(t) !== t.text && !/['’]s$/u.test(t.text);

/**
 * Tokens inside square brackets: an editor's words set into a quotation ("[actor Jane Doe]"), which
 * name people as the article's own words do.
 */
function bracketed(tokens: readonly FrameToken[]): Set<number> {
  const inside = new Set<number>();
  let open = -1;
  tokens.forEach((t, i) => {
    if (t.text === '[') open = i;
    else if (t.text === ']' && open >= 0) {
      for (let k = open + 1; k < i; k++) inside.add(k);
      open = -1;
    }
  });
  return inside;
}

/**
 * Every run of name words in the paragraphs, titles split off. With `quoted`, names inside
 * quotations count too (a registry proposal may come from what a speaker says); speakers never do.
 */
export function nameRuns(
  reads: readonly ReadParagraph[],
  language: string,
  options: { quoted?: boolean } = {},
): NameRun[] {
  const runs: NameRun[] = [];
  // Without a part-of-speech model, a capitalised word that the article also prints in lower case
  // is an ordinary word opening a sentence ("Der", "Les"), or a noun in German.
  const lower = new Set<string>();
  if (language !== 'en') {
    for (const read of reads) for (const t of read.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
  }
  const places = placeNames(language).names;
  reads.forEach((read, p) => {
    const { tokens } = read;
    const inBrackets = bracketed(tokens);
    const quoted = (k: number) => !options.quoted && (tokens[k]?.quote ?? -1) >= 0 && !inBrackets.has(k);
    const nameWord = (k: number) =>
      isNameWord(tokens, k, language, quoted(k)) && (language === 'en' || !lower.has(tokens[k]!.text.toLowerCase()));
    const particle = (k: number) => PARTICLES.test(tokens[k]?.text ?? '');
    for (let i = 0; i < tokens.length; i++) {
      if (!nameWord(i) && !(isTitle(tokens[i]!.text) && nameWord(i + 1))) continue;
      let j = i;
      while (
        !endsWithMark(tokens[j]!) &&
        (nameWord(j + 1) ||
          // "Juan Martínez d'Aubuisson", "Valéry Giscard d’Estaing": a particle elided into the last name.
          (ELIDED.test(tokens[j + 1]?.text ?? '') && !quoted(j + 1)) ||
          // "Ursula von der Leyen", "Erik van Sebille": particles between the parts of a name, two
          // only where the second follows the first in names ("von der", "de la"), not "y el".
          (particle(j + 1) &&
            (!ARTICLE_ONLY.test(tokens[j + 1]!.text) || particle(j)) &&
            (nameWord(j + 2) || (particle(j + 2) && SECOND_PARTICLES.test(tokens[j + 2]!.text) && nameWord(j + 3)))) ||
          (tokens[j + 1]?.text === '-' && nameWord(j + 2)))
      )
        j++;
      let from = i;
      while (from < j && isTitle(tokens[from]!.text)) from++;
      // "Indonesian President Joko Widodo", "России Сергей Лавров" with its title: the name follows
      // the last title, when what stands before it is a place or a nationality, not a given name.
      for (let k = j - 1; k > from; k--) {
        if (!isTitle(tokens[k]!.text)) continue;
        // A German role noun followed by "von" names what the role is of ("Deutschland-Chef von Flixbus").
        if (particle(k + 1) && !TITLES.has(normal(tokens[k]!.text))) break;
        const before = tokens.slice(from, k);
        if (before.every((t) => !isGivenName(t.text) || places.has(fold(t.text)))) from = k + 1;
        break;
      }
      // A name begins at its given name: "Twitter Gary Lineker" is "Gary Lineker" after a word that
      // is not one (a platform, a place, a paper's name set before the byline's name), or that is
      // a place, or follows "of" ("sindaco di Milano Giuseppe Sala").
      const ofPlace = places.has(fold(tokens[from]!.text)) || OF.test(tokens[from - 1]?.text ?? '');
      if (j - from >= 2 && (!isGivenName(tokens[from]!.text) || ofPlace)) {
        const given = tokens.slice(from + 1, j).findIndex((t) => isGivenName(t.text));
        if (given >= 0) from += given + 1;
      }
      // A possessive ends the name: "Assad's" -> "Assad".
      const words = tokens.slice(from, j + 1).map((t) => wordOf(t).replace(/['’]s$/u, ''));
      const name = words
        .join(' ')
        .replace(/ - /g, '-')
        .replace(/ ([’'])/g, '$1');
      // A run that ends on a German role noun is a role, not a name: "Thüringens AfD-Chef".
      if (!isTitle(tokens[from]!.text) && !isRoleCompound(tokens[j]!.text)) {
        // A title that only qualifies another ("Foreign", "Deputy") does not make a person on its
        // own, nor does a saint's, which names churches, hospitals and towns.
        const titles = [...tokens.slice(i, from), ...(from === i && tokens[i - 1] ? [tokens[i - 1]!] : [])];
        const titled = titles.some(
          (t) => isTitle(t.text) && !MODIFIERS.has(normal(t.text)) && !PLACE_TITLES.has(normal(t.text)),
        );
        runs.push({ paragraph: p, from, to: j, name, titled });
      }
      i = j;
    }
  });
  return runs;
}

/** Languages whose names change with grammatical case: "Declan Rice" is "Declana Rice" after a noun in Czech. */
const CASED = new Set(['cs', 'sk', 'pl', 'ru', 'uk', 'be', 'hr', 'sr', 'sl', 'lt', 'lv', 'fi', 'et', 'hu']);

/** Whether names are declined in `language`, so that one surname is printed with several endings. */
export const declinesNames = (language: string) => CASED.has(language);

/**
 * The runs whose full form can stand for a surname printed alone. In a language that declines
 * names, only a name printed where the nominative stands: opening its sentence or clause, or next
 * to a speech verb ("řekl Declan Rice"); printed elsewhere its words may be another case's, so the
 * surname is then kept as printed rather than completed into a declined form.
 */
export function nominativeRuns(
  reads: readonly ReadParagraph[],
  runs: readonly NameRun[],
  language: string,
  isSpeechVerb: (word: string) => boolean,
): NameRun[] {
  if (!CASED.has(language)) return [...runs];
  return runs.filter((run) => {
    if (!run.name.includes(' ')) return true;
    const tokens = reads[run.paragraph]!.tokens;
    const before = tokens[run.from - 1];
    const after = tokens[run.to + 1];
    return (
      !before ||
      before.sentence !== tokens[run.from]!.sentence ||
      /^[,;:(—–-]$/u.test(before.text) ||
      isSpeechVerb(before.text.toLowerCase()) ||
      (after !== undefined && isSpeechVerb(after.text.toLowerCase()))
    );
  });
}

/**
 * The fullest name the article gives for a name: "Reeves" -> "Rachel Reeves" when the article
 * printed "Rachel Reeves" before (or after) it. Names of one word match a longer name's last word.
 */
export function fullNames(runs: readonly NameRun[]): (name: string, titled?: boolean) => string {
  const byLast = new Map<string, string>();
  const byFirst = new Map<string, Set<string>>();
  // The form printed most often wins, then the longer: "Gary Lineker" over a stray "Twitter Gary Lineker".
  const printed = new Map<string, number>();
  for (const run of runs) printed.set(run.name, (printed.get(run.name) ?? 0) + 1);
  const rank = (name: string): [number, number] => [printed.get(name) ?? 0, name.split(' ').length];
  for (const run of runs) {
    const words = run.name.split(' ');
    if (words.length < 2) continue;
    const last = words.at(-1)!.toLowerCase();
    const known = byLast.get(last);
    const [count, length] = rank(run.name);
    const [knownCount, knownLength] = known ? rank(known) : [0, 0];
    if (!known || count > knownCount || (count === knownCount && length > knownLength)) byLast.set(last, run.name);
    const first = words[0]!.toLowerCase();
    byFirst.set(first, (byFirst.get(first) ?? new Set()).add(run.name));
  }
  // A name the article also prints with more surnames after it: "Juan Martínez" is the "Juan
  // Martínez d'Aubuisson" it introduced, when only one longer name begins so.
  const longer = new Map<string, Set<string>>();
  for (const run of runs) {
    const words = run.name.split(' ');
    for (let k = 2; k < words.length; k++) {
      // "Donald Trump Jr" is another person than "Donald Trump".
      if (/^(jr|sr|ii|iii|iv)\.?$/iu.test(words.at(-1)!) || namesBody(run.name)) break;
      const start = words.slice(0, k).join(' ').toLowerCase();
      longer.set(start, (longer.get(start) ?? new Set()).add(run.name));
    }
  }
  const extend = (name: string) => {
    const found = longer.get(name.toLowerCase());
    return found?.size === 1 ? [...found][0]! : name;
  };
  return (name, titled = false) => {
    const words = name.split(' ');
    const full = byLast.get(words.at(-1)!.toLowerCase());
    if (full && full.toLowerCase().endsWith(name.toLowerCase())) return extend(full);
    // A longer run that ends in a known name is that name with a word before it ("Twitter Gary Lineker").
    if (full && words.length > 2 && name.toLowerCase().endsWith(` ${full.toLowerCase()}`)) return extend(full);
    if (words.length > 1) return extend(name);
    // "Sir Keith" is the "Sir Keith Joseph" the article introduced, when only one name begins so.
    const byGiven = words.length === 1 && titled ? byFirst.get(name.toLowerCase()) : undefined;
    return byGiven?.size === 1 ? [...byGiven][0]! : name;
  };
}

export type { Gender };

const MASCULINE = new Set(['he', 'him', 'his', 'himself', 'il', 'er', 'он', 'ele', 'él', '他', '彼']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself', 'elle', 'она', 'ela', 'ella', '她', '彼女']);
const MASCULINE_TITLES = new Set([
  'mr',
  'sir',
  'lord',
  'king',
  'prince',
  'father',
  'brother',
  'herr',
  'm',
  'sr',
  'pan',
  'господин',
]);
const FEMININE_TITLES = new Set([
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'queen',
  'princess',
  'sister',
  'mme',
  'mlle',
  'frau',
  'sra',
  'paní',
  'pani',
  'госпожа',
]);
/** Last words that name a body or a place, not a person ("Hermitage Museum", "Rutgers University"). */
const BODIES =
  /\b(Museum|University|Ministry|Committee|Council|Party|Bank|Agency|Department|Office|Institute|Center|Centre|Foundation|Company|Corp|Inc|Group|Association|Union|Court|Police|Service|Times|News|Post|Journal|Press|Airlines|Airways|Army|Navy|Force|Commission|Parliament|Senate|House|Congress|School|College|Hospital|Church|Club|Fund|Authority|Administration|Board|Organi[sz]ation|Network|Television|Radio|Analytics|Reserve|Street|Square|Sea|Ocean|River|Island|Islands|Airport|Station|Republic|Kingdom|States|Province|County|City|War|Revolution|Crisis|Agreement|Treaty|Accord|Summit|Conference|Games|Cup|Prize|Award|Act|Bill|Law|Day|Week|Year|Festival|Front|Forces|Corporation|Corp\.?|Inc\.?|Ltd\.?|Co\.|LLC|[Pp]lc|GmbH|AG|Relations|Affairs)$/u;
/** Whether a name's last word names a body or a place ("Rutgers University", "Java Sea"). */
export const namesBody = (name: string) => BODIES.test(name);
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'into', 'outside', 'inside', 'throughout']);

/** The pronoun's gender, if it has one: "she" -> "f". */
export const pronounGender = (word: string): Gender | undefined =>
  MASCULINE.has(word.toLowerCase()) ? 'm' : FEMININE.has(word.toLowerCase()) ? 'f' : undefined;

/** What the article shows of each name it prints: whether it is a person's, and their gender. */
export interface PersonFacts {
  isPerson: (fullName: string) => boolean;
  /** More than one piece of evidence, or a title or given name: what a pronoun may be read as without a known gender. */
  isClearlyPerson: (fullName: string) => boolean;
  gender: (fullName: string) => Gender | undefined;
}

/**
 * Reads the article for evidence that a name is a person's: a title ("Mr", "Sen."), a role noun
 * before it ("economist Joseph Seneca"), an age or description after it ("Jane Doe, 54,"), a verb
 * it is the subject of. A name only ever printed after "in", "at" or "from" is a place. A person's
 * gender comes from their title, or from the pronouns that follow their name before anyone else is
 * named.
 */
export function personFacts(
  reads: readonly ReadParagraph[],
  runs: readonly NameRun[],
  fullName: (name: string, titled?: boolean) => string,
): PersonFacts {
  const evidence = new Map<string, number>();
  const votes = new Map<string, { m: number; f: number }>();
  const add = (name: string, n: number) => evidence.set(name, (evidence.get(name) ?? 0) + n);
  runs.forEach((run, r) => {
    const name = fullName(run.name, run.titled);
    const tokens = reads[run.paragraph]!.tokens;
    const before = tokens[run.from - 1];
    const title = before && isTitle(before.text) ? normal(before.text) : undefined;
    const after = tokens[run.to + 1];
    const next = tokens[run.to + 2];
    let score = 0;
    if (run.titled) score += 2;
    if (before && before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text)) score += 1;
    if (after?.text === ',' && next && (next.pos === 'NUM' || /^(a|an|the|who|whose)$/i.test(next.text))) score += 1;
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) score += 1;
    if (before && PLACE_BEFORE.has(before.text.toLowerCase())) score -= 2;
    if (run.name.split(' ').length < 2 && !run.titled && name === run.name) score -= 1;
    if (namesBody(name)) score -= 3;
    const given = name.includes(' ') ? name.split(' ')[0]! : undefined;
    if (given && isGivenName(given)) score += 2;
    add(name, score);
    const vote = votes.get(name) ?? { m: 0, f: 0 };
    if (title && MASCULINE_TITLES.has(title)) vote.m += 3;
    if (title && FEMININE_TITLES.has(title)) vote.f += 3;
    const genderOfGiven = given ? givenGender(given) : undefined;
    if (genderOfGiven) vote[genderOfGiven] += 2;
    // The first gendered pronoun after the name, before the next name, within a sentence or two.
    const nextRun = runs[r + 1];
    for (let i = run.to + 1; i < tokens.length && i - run.to < 30; i++) {
      if (nextRun && nextRun.paragraph === run.paragraph && i >= nextRun.from) break;
      if (tokens[i]!.sentence > tokens[run.to]!.sentence + 1) break;
      const g = tokens[i]!.pos === 'PRON' || tokens[i]!.pos === 'DET' ? pronounGender(tokens[i]!.text) : undefined;
      if (g) {
        vote[g]++;
        break;
      }
    }
    votes.set(name, vote);
  });
  return {
    isPerson: (name) => (evidence.get(name) ?? 0) > 0,
    isClearlyPerson: (name) => (evidence.get(name) ?? 0) >= 2,
    gender: (name) => {
      const v = votes.get(name);
      if (!v || v.m === v.f) return undefined;
      return v.m > v.f ? 'm' : 'f';
    },
  };
}

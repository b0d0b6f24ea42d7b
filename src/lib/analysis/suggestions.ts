/**
 * The people an article names that the registry (content/people/) does not know yet, each as a
 * proposed registry entry for an editor to review: the name as the article gives it in full, its
 * surname as an alias, the sentence that introduces the person and the role it gives them.
 */
import { isGivenName } from './given-names';
import { fold, placeNames, sameStem } from './lexicon';
import type { Mention } from './mentions';
import { declinesNames, fullNames, nameRuns, namesBody, personFacts, type NameRun } from './names';
import { isCommonWord } from './nlp';
import { extractQuotes } from './quotes/extract';
import { readParagraphs, type ReadParagraph } from './quotes/frames';
import { baseLanguage } from './quotes/language';
import { quoteSpans, type Paragraph } from './quotes/spans';
import { BODY_WORDS } from './body-words';

export interface PersonSuggestion {
  name: string;
  /** Other ways the article writes the name: its last word, when that is how it refers back. */
  aliases: string[];
  /** The sentence that first names the person in full. */
  introduction: string;
  /** What the article says they are, from the words around the name ("a research fellow at ..."), if anything. */
  role: string | null;
}

/** The sentence of a paragraph that holds token `i`. */
function sentenceText(read: ReadParagraph, i: number): string {
  const s = read.tokens[i]!.sentence;
  const inSentence = read.tokens.filter((t) => t.sentence === s);
  return read.text.slice(inSentence[0]!.start, inSentence.at(-1)!.end);
}

/** The words that describe the person where they are introduced: an apposition after the name, or a role noun before it. */
function roleAt(read: ReadParagraph, run: NameRun): string | null {
  const { tokens, text } = read;
  if (tokens[run.to + 1]?.text === ',') {
    let end = run.to + 2;
    while (tokens[end] && tokens[end]!.text !== ',' && tokens[end]!.text !== '.' && tokens[end]!.quote < 0) end++;
    const words = tokens.slice(run.to + 2, end);
    if (words.length > 0 && words.length <= 16 && /^(a|an|the|who|[\p{Ll}])/u.test(words[0]!.text)) {
      return text.slice(words[0]!.start, words.at(-1)!.end);
    }
  }
  let start = run.from;
  while (
    start > 0 &&
    ['NOUN', 'ADJ', 'PROPN'].includes(tokens[start - 1]!.pos) &&
    /^\p{Ll}/u.test(tokens[start - 1]!.text)
  )
    start--;
  return start < run.from ? text.slice(tokens[start]!.start, tokens[run.from - 1]!.end) : null;
}

/** Titles that also open bodies' names: "General Motors", "Premier League", "Grand Prix". */
const BODY_TITLES = new Set(['general', 'premier', 'grand', 'chief', 'major', 'royal']);
/** Scripts whose names this reads without capitals, and so does not propose: Han, kana, Hangul, Thai. */
const UNCASED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const CYRILLIC = /^[\p{Script=Cyrillic}-]+$/u;
/** A Russian, Ukrainian or Belarusian patronymic in any case: "Владимирович", "Сергеевной". */
const PATRONYMIC = /(?:вич|вн|ичн|ьич)[а-яё]*$/u;
/** Definite articles: a name the article always prints after one is a thing's ("the Ann Arbor-based ..."). */
const ARTICLES = new Set([
  'the',
  'el',
  'los',
  'las',
  'le',
  'les',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'il',
  'gli',
  'lo',
]);

/**
 * Case endings of names in languages that decline them, longest first, and what the nominative
 * ends in instead: adjectival surnames ("Мединского" -> "Мединский", "Novotného" -> "Novotný"),
 * then endings that a known given name takes ("Davida" -> "David", "Анваром" -> "Анвар").
 */
const ADJECTIVAL: [RegExp, string][] = [
  [/(ск|цк)(?:ого|ому|им|ом)$/u, '$1ий'],
  [/(sk|ck)(?:ého|ému|ým|ém)$/u, '$1ý'],
  [/(sk|ck)(?:iego|iemu|im)$/u, '$1i'],
];
/** Case endings and what the nominative has instead; `soft` is "й" after a vowel and "ь" after a consonant. */
const CASE_ENDINGS: [string, string][] = [
  ['ovi', ''],
  ['em', ''],
  ['ou', ''],
  ['a', ''],
  ['u', ''],
  ['e', ''],
  ['ом', ''],
  ['ем', 'soft'],
  ['а', ''],
  ['у', ''],
  ['е', ''],
  ['я', 'soft'],
  ['ю', 'soft'],
];

/**
 * Reads a name printed in a declined case as its nominative, word by word: an adjectival surname's
 * nominative, the shortest form the article prints of the same stem in a name (a name's nominative
 * is its shortest form but for a few feminine ones, where the article prints both), or the given
 * name of the lists that the word is with a case ending ("Davida" -> "David", "Игоря" -> "Игорь").
 */
function nominatives(printed: ReadonlySet<string>): (word: string, declined?: boolean) => string {
  const byStart = new Map<string, string[]>();
  for (const w of printed) {
    const key = fold(w).slice(0, 3);
    byStart.set(key, [...(byStart.get(key) ?? []), w]);
  }
  // `declined`: the surname that follows was printed declined, so a given name is too ("Davida Morela").
  return (word, declined = false) => {
    for (const [ending, nominative] of ADJECTIVAL) if (ending.test(word)) return word.replace(ending, nominative);
    const shortest = (byStart.get(fold(word).slice(0, 3)) ?? [])
      .filter((w) => sameStem(w, word))
      .reduce((a, b) => (b.length < a.length ? b : a), word);
    if (isGivenName(shortest) && !declined) return shortest;
    for (const [ending, instead] of CASE_ENDINGS) {
      if (!shortest.endsWith(ending) || shortest.length - ending.length < 3) continue;
      const stem = shortest.slice(0, -ending.length);
      const nominative = instead === 'soft' ? stem + (/[аеёиоуыэюя]$/u.test(stem) ? 'й' : 'ь') : stem;
      if (isGivenName(nominative)) return nominative;
    }
    return declined && !isGivenName(shortest) ? word : shortest;
  };
}

/**
 * Japanese names, read without capitals by the forms news prints them in: a foreign name in
 * katakana with its parts joined by a middle dot ("ドナルド・トランプ"), or a name in kanji of three to
 * five characters (a surname and a given name) right before a title or an honorific that follows
 * names ("氏", "容疑者", "理事長"). A surname alone (two characters) is not proposed; nor are Chinese
 * names, which follow their titles and run into the verb without such a mark.
 */
const JAPANESE_NAMES = new RegExp(
  '(?<![\\p{Script=Katakana}ー・])(\\p{Script=Katakana}[\\p{Script=Katakana}ー]+(?:[・=][\\p{Script=Katakana}ー]+)+)' +
    '|(?<![\\p{Script=Han}])(\\p{Script=Han}{3,5}?)(?=' +
    '氏|さん|容疑者|被告|理事長|社長|会長|首相|大臣|長官|知事|市長|教授|議員|監督|選手|弁護士|代表|委員長|議長|大統領)',
  'gu',
);

const BODY_ENDS = /[社会学院省庁局部課党国県都府市区町村所団者員長業店署園校館]$/u;

function japaneseNames(paragraphs: readonly Paragraph[]): PersonSuggestion[] {
  const found = new Map<string, PersonSuggestion>();
  for (const { text } of paragraphs) {
    for (const m of text.matchAll(JAPANESE_NAMES)) {
      const name = m[1] ?? m[2]!;
      // A body's or a place's name ends in a character of one ("建設会社社長", "東京都知事").
      if (found.has(name) || BODY_ENDS.test(name)) continue;
      const start = Math.max(text.lastIndexOf('。', m.index) + 1, 0);
      const end = text.indexOf('。', m.index);
      found.set(name, {
        name,
        aliases: [],
        introduction: text.slice(start, end < 0 ? undefined : end + 1),
        role: null,
      });
    }
  }
  return [...found.values()];
}

/** People named in the paragraphs who are not registered, in the order the article introduces them. */
export function suggestPeople(
  paragraphs: readonly Paragraph[],
  options: { language?: string; findMentions: (text: string) => Mention[] },
): PersonSuggestion[] {
  const language = baseLanguage(options.language);
  if (language === 'ja') return japaneseNames(paragraphs).filter((s) => options.findMentions(s.name).length === 0);
  const reads = readParagraphs(
    paragraphs.map((p) => p.text),
    quoteSpans(paragraphs),
  );
  // Names inside quotations count too: a speaker names people as the article does.
  const runs = nameRuns(reads, language, { quoted: true });
  const fullName = fullNames(runs);
  const facts = personFacts(reads, runs, fullName);
  const { names: places, longest } = placeNames(language);
  const declines = declinesNames(language);
  const found = new Map<string, PersonSuggestion>();
  const surnameUsed = new Set(runs.filter((r) => !r.name.includes(' ')).map((r) => fold(r.name)));
  // Words the article prints in lower case: a capitalised one of them opens a sentence.
  const lower = new Set<string>();
  for (const read of reads) for (const t of read.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(fold(t.text));
  const nominative = declines ? nominatives(new Set(runs.flatMap((r) => r.name.split(' ')))) : (word: string) => word;
  const isPlace = (words: readonly string[], at: number): number => {
    for (let n = Math.min(longest, words.length - at); n >= 1; n--) {
      const phrase = words
        .slice(at, at + n)
        .map(fold)
        .join(' ');
      if (places.has(phrase)) return n;
      if (declines && n === 1 && [...places].some((p) => !p.includes(' ') && sameStem(p, phrase))) return 1;
    }
    return 0;
  };
  // Whoever the article quotes by name is a person or a body, in any language.
  const quoted = new Set(
    extractQuotes(paragraphs, { findMentions: () => [], language }).flatMap((q) =>
      q.speaker?.kind === 'name' && q.basis === 'name' ? [q.speaker.name] : [],
    ),
  );
  // Whether every printing of a name follows a definite article.
  const afterArticle = new Map<string, boolean>();
  for (const run of runs) {
    const before = reads[run.paragraph]!.tokens[run.from - 1];
    const name = fullName(run.name, run.titled);
    const article = before !== undefined && ARTICLES.has(before.text.toLowerCase());
    afterArticle.set(name, (afterArticle.get(name) ?? true) && article && !run.titled);
  }

  for (const run of runs) {
    const full = fullName(run.name, run.titled);
    if (UNCASED.test(full) || /\d/u.test(full)) continue;
    const read = reads[run.paragraph]!;
    const opensSentence = run.from === 0 || read.tokens[run.from - 1]!.sentence !== read.tokens[run.from]!.sentence;
    // Words before the name proper: a place or nationality ("Indonesia AirAsia", "России Сергей
    // Лавров"), an acronym ("USS"), a common word that opens the sentence ("Oceanographer X").
    let words = full.split(' ');
    for (;;) {
      const place = isPlace(words, 0);
      if (place > 0 && place < words.length && !isGivenName(words[0]!)) words = words.slice(place);
      else if (words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0]!)) words = words.slice(1);
      else if (
        words.length > 1 &&
        opensSentence &&
        !isGivenName(words[0]!) &&
        (lower.has(fold(words[0]!)) || (language === 'en' && isCommonWord(words[0]!)))
      )
        words = words.slice(1);
      else break;
    }
    if (words.length === 1) words = fullName(words[0]!, run.titled).split(' ');
    const last = nominative(words.at(-1)!);
    words = [...words.slice(0, -1).map((w) => nominative(w, last !== words.at(-1))), last];
    const name = words.join(' ');
    if (found.has(name) || options.findMentions(name).length > 0) continue;
    // Places, dates and bodies: a place anywhere but a given name's place ("Jordan Henderson").
    if (words.some((_, k) => isPlace(words, k) > 0 && !(k === 0 && words.length > 1 && isGivenName(words[0]!))))
      continue;
    if (namesBody(name) || words.some((w) => BODY_WORDS.has(fold(w)))) continue;
    if (afterArticle.get(full)) continue;
    const given = words.length > 1 && isGivenName(words[0]!);
    let person: boolean;
    if (words.length === 1) {
      // One word is a name to propose only with a title ("President Obama"), and not a common word
      // after a title that also opens bodies' names ("General Electric", "General Assembly").
      const title = reads[run.paragraph]!.tokens[run.from - 1]?.text.toLowerCase() ?? '';
      person =
        run.titled && !(language === 'en' && BODY_TITLES.has(title) && isCommonWord(words[0]!)) && !isPlace(words, 0);
    } else if (CYRILLIC.test(words.join(''))) {
      // Russian capitalises the first word only of a body's or place's name of several words
      // ("Зеленая гостиная"): two capitalised words are a given name and a surname, three have a
      // patronymic between them.
      person = given || words.length === 2 || (words.length === 3 && PATRONYMIC.test(words[1]!));
    } else if (language === 'en') {
      person = facts.isPerson(full) || quoted.has(full);
    } else {
      // Without parts of speech: a given name of the lists, a title, a name the article also calls
      // by its last word alone (as it calls people, not bodies), or a speaker it quotes by name.
      person = given || run.titled || surnameUsed.has(fold(words.at(-1)!)) || quoted.has(full);
    }
    if (!person) continue;
    const surname = words.at(-1)!;
    found.set(name, {
      name,
      aliases:
        words.length > 1 && (surnameUsed.has(fold(surname)) || surnameUsed.has(fold(full.split(' ').at(-1)!)))
          ? [surname]
          : [],
      introduction: sentenceText(read, run.from),
      role: roleAt(read, run),
    });
  }
  return [...found.values()];
}

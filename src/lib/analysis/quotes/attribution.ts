/**
 * Finds the words that attribute a quotation within its own sentence: a speech verb outside
 * quotation marks and its subject ("Gabuev said", "said Mr. Reeves", "he has admitted", "X,
 * speaking to reporters, said"), or "according to X". Returns the subject's tokens for
 * speakers.ts to resolve, or null when the sentence attributes nothing.
 */
import type { FrameToken, ReadParagraph } from './frames';
import { endsWithAccording, NAMING_LEMMAS, SPEECH_LEMMAS, verbForms } from './language';

/** A phrase that names who spoke, as tokens [from, to] of one paragraph. */
export interface Attribution {
  paragraph: number;
  from: number;
  to: number;
  /** Whether the phrase follows the verb ("said X") or comes before it ("X said"). */
  inverted: boolean;
  /** Whether the verb names as much as it reports ("called it", "described as"): only a named person's words count. */
  naming?: boolean;
}

const SKIPPED_BEFORE_VERB = new Set([
  'also',
  'later',
  'then',
  'reportedly',
  'once',
  'allegedly',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'did',
  'does',
  'do',
  'may',
  'might',
  'earlier',
  'recently',
  'previously',
  'simply',
  'just',
  'further',
  'repeatedly',
  'publicly',
  'privately',
  'again',
  'still',
  'now',
  'once',
  'has',
  'is',
  'was',
  'been',
]);
/** Speech verbs whose subject may follow them ("said Seneca"); "told The Moscow Times" names who was told. */
const INVERTED = new Set([
  'say',
  'add',
  'explain',
  'note',
  'continue',
  'write',
  'recall',
  'insist',
  'argue',
  'reply',
  'respond',
  'conclude',
  'observe',
  'remark',
  'joke',
  'quip',
  'predict',
  'warn',
  'complain',
  'concede',
  'acknowledge',
  'suggest',
  'claim',
  'state',
  'declare',
  'muse',
  'caution',
  'agree',
  'admit',
  'counter',
  'explain',
  'recount',
  'sigh',
  'laugh',
]);
const NOUN_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
const LINKS = new Set(['of', 'for', 'at', 'with', 'from', 'to', 'in', 'on']);
const isWord = (t: FrameToken | undefined) => t !== undefined && t.quote < 0 && /[\p{L}\p{N}]/u.test(t.text);

/** The noun phrase that ends at token `i` (walking back), not past token `lo`. */
function phraseEndingAt(tokens: readonly FrameToken[], i: number, lo: number): [number, number] | null {
  const t = tokens[i];
  if (!t || t.quote >= 0 || !NOUN_PHRASE.has(t.pos)) return null;
  if (t.pos === 'PRON') return [i, i];
  let from = i;
  for (let j = i - 1; j >= lo && i - j < 14; j--) {
    const u = tokens[j]!;
    if (u.quote >= 0) break;
    // A determiner opens the phrase: "a decision the regional governor Elena Markova" is two.
    const linked = u.pos === 'ADP' && LINKS.has(u.lemma) && j > lo && ['NOUN', 'ADJ'].includes(tokens[j - 1]!.pos);
    if (tokens[from]!.pos === 'DET' && !linked) break;
    if (NOUN_PHRASE.has(u.pos) && u.pos !== 'PRON') from = j;
    // "the then prime minister", "the now retired general".
    else if (u.pos === 'ADV' && /^(then|now|once|since)$/i.test(u.text) && tokens[j - 1]?.pos === 'DET') from = j;
    else if (u.text === "'s" || u.text === '’s' || u.text === '-') from = j;
    // "a Russian official and ex-diplomat": one source with two roles, not two people.
    else if (u.lemma === 'and' && tokens[j + 1]?.pos === 'NOUN' && tokens[j - 1]?.pos === 'NOUN') from = j;
    // "a source close to Putin", "a spokeswoman for the ministry": a noun and what qualifies it.
    else if (u.pos === 'ADP' && LINKS.has(u.lemma) && j > lo && ['NOUN', 'ADJ'].includes(tokens[j - 1]!.pos)) from = j;
    else break;
  }
  return [from, i];
}

/** The noun phrase that starts at token `i` (walking on), not past token `hi`. */
export function phraseStartingAt(tokens: readonly FrameToken[], i: number, hi: number): [number, number] | null {
  const t = tokens[i];
  if (!t || t.quote >= 0 || !NOUN_PHRASE.has(t.pos)) return null;
  if (t.pos === 'PRON') return [i, i];
  let to = i;
  let sawNoun = t.pos === 'NOUN';
  for (let j = i + 1; j <= hi && j - i < 14; j++) {
    const u = tokens[j]!;
    if (u.quote >= 0) break;
    if (NOUN_PHRASE.has(u.pos) && u.pos !== 'PRON') {
      to = j;
      sawNoun ||= u.pos === 'NOUN';
    } else if ((u.text === "'s" || u.text === '’s' || u.text === '-') && j < hi) to = j;
    // "said a spokesman for the ministry" but "said Smith of Oxford" ends at the name.
    else if (
      u.pos === 'ADP' &&
      LINKS.has(u.lemma) &&
      sawNoun &&
      (['NOUN', 'ADJ'].includes(tokens[to]!.pos) || (tokens[to]!.pos === 'PROPN' && u.lemma === 'of'))
    )
      to = j;
    else break;
  }
  while (to > i && tokens[to]!.pos === 'ADP') to--;
  return [i, to];
}

/**
 * The subject of a clause whose verb follows asides set off by commas, the comma before the verb
 * at `comma`: of the comma-separated parts since the clause began, the first that is a name or a
 * pronoun, else the first ("The shipyard's owner, Dimitar Kolev, defended"; "Another official,
 * speaking on condition of anonymity, boasted").
 */
function subjectBeforeAsides(tokens: readonly FrameToken[], comma: number, lo: number): [number, number] | null {
  let start = comma;
  while (start > lo && tokens[start - 1]!.quote < 0 && !/^[;:]$/.test(tokens[start - 1]!.text) && comma - start < 40)
    start--;
  const parts: [number, number][] = [];
  let from = start;
  for (let j = start; j <= comma; j++) {
    if (tokens[j]!.text !== ',') continue;
    if (j > from) parts.push([from, j - 1]);
    from = j + 1;
  }
  const phrases = parts.map(([a, b]) => phraseStartingAt(tokens, a, b)).filter((p) => p !== null);
  const named = phrases.find(([a, b]) => tokens.slice(a, b + 1).some((t) => t.pos === 'PROPN' || t.pos === 'PRON'));
  return named ?? phrases[0] ?? null;
}

/** The subject of the English speech verb at token `v`, within tokens lo..hi of its sentence. */
function subjectOf(tokens: readonly FrameToken[], v: number, lo: number, hi: number) {
  let i = v - 1;
  let passive = false;
  while (
    i >= lo &&
    (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'AUX' || SKIPPED_BEFORE_VERB.has(tokens[i]!.lemma))
  ) {
    if (tokens[i]!.lemma === 'be' && tokens[v]!.text.toLowerCase() !== tokens[v]!.lemma) passive = true;
    i--;
  }
  // "She was warned that ...": the one warned did not speak; the speaker, if named, follows "by".
  if (passive) {
    const by = tokens.findIndex((t, j) => j > v && j <= hi && t.quote < 0 && t.lemma === 'by');
    const phrase = by > 0 ? phraseStartingAt(tokens, by + 1, hi) : null;
    return phrase ? { phrase, inverted: true } : null;
  }
  // Right after the quotation or its comma: "...," said X.
  const afterQuote = i < lo || tokens[i]!.quote >= 0 || (tokens[i]!.text === ',' && tokens[i - 1]?.quote !== -1);
  if (afterQuote) {
    const phrase = phraseStartingAt(tokens, v + 1, hi);
    return phrase ? { phrase, inverted: true } : null;
  }
  // "..., and there has been "very little investment" in it, said Joseph Seneca.": a verb after a
  // comma followed by a name is the inverted attribution of the whole sentence.
  if (
    tokens[i]!.text === ',' &&
    INVERTED.has(tokens[v]!.lemma) &&
    ['PROPN', 'DET'].includes(tokens[v + 1]?.pos ?? '')
  ) {
    const phrase = phraseStartingAt(tokens, v + 1, hi);
    if (phrase) return { phrase, inverted: true };
  }
  // "X, speaking to reporters, said", "X, the governor, a former judge, told": the subject opens
  // the clause, before its asides.
  if (tokens[i]!.text === ',') {
    const phrase = subjectBeforeAsides(tokens, i, lo);
    return phrase ? { phrase, inverted: false } : null;
  }
  let phrase = phraseEndingAt(tokens, i, lo);
  // The object of a preposition is not the subject: "Erik van Sebille, an oceanographer at the
  // University of New South Wales in Sydney told Reuters" (the closing comma left out).
  if (phrase && tokens[phrase[0] - 1]?.pos === 'ADP') {
    let j = phrase[0] - 1;
    while (j >= lo && tokens[j]!.text !== ',' && tokens[j]!.quote < 0 && tokens[j]!.pos !== 'VERB' && i - j < 24) j--;
    phrase = j >= lo && tokens[j]!.text === ',' ? phraseEndingAt(tokens, j - 1, lo) : null;
  }
  return phrase ? { phrase, inverted: false } : null;
}

/** Tokens of a sentence: its first and last index in the paragraph. */
function sentenceRange(tokens: readonly FrameToken[], s: number): [number, number] {
  const first = tokens.findIndex((t) => t.sentence === s);
  let last = first;
  while (tokens[last + 1]?.sentence === s) last++;
  return [first, last];
}

/** Candidate speech verbs of the sentence span lo..hi: token ranges, for English by lemma. */
function verbsIn(read: ReadParagraph, lo: number, hi: number, language: string): [number, number][] {
  const { tokens } = read;
  if (language === 'en') {
    const found: [number, number][] = [];
    for (let i = lo; i <= hi; i++) {
      const t = tokens[i]!;
      if (t.quote < 0 && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma)) found.push([i, i]);
    }
    return found;
  }
  const forms = verbForms(language);
  const found: [number, number][] = [];
  for (let i = lo; i <= hi; i++) {
    if (!isWord(tokens[i])) continue;
    for (const form of forms) {
      const words = form.split(' ');
      const slice = tokens.slice(i, i + words.length).map((t) => t.text.toLowerCase());
      if (slice.join(' ') === form && words.length + i - 1 <= hi) {
        found.push([i, i + words.length - 1]);
        break;
      }
    }
  }
  return found;
}

/** Capitalised words next to a verb, for languages without a part-of-speech model. */
function capitalisedRun(
  tokens: readonly FrameToken[],
  from: number,
  step: 1 | -1,
  limit: number,
): [number, number] | null {
  const isName = (t: FrameToken | undefined) =>
    t !== undefined &&
    t.quote < 0 &&
    (/^\p{Lu}/u.test(t.text) || /^(von|van|de|der|da|di|del|la|le|du|dos|das|al|el|bin)$/.test(t.text));
  let i = from;
  // A pronoun glued to the verb ("dit-il", "a-t-elle") or standing after it.
  if (step === 1 && tokens[i]?.text === '-') i++;
  if (step === 1 && tokens[i] && /^(t-)?(il|elle|er|sie|он|она|ele|ela|él|ella)$/iu.test(tokens[i]!.text))
    return [i, i];
  if (!isName(tokens[i]) || !/^\p{Lu}/u.test(tokens[i]!.text)) return null;
  let j = i;
  while (isName(tokens[j + step]) && Math.abs(j + step - from) < 6 && (step === 1 ? j + 1 <= limit : j - 1 >= limit))
    j += step;
  return step === 1 ? [i, j] : [j, i];
}

/** Whether the quotation's sentence holds a speech verb outside quotation marks, attributed or not. */
export function hasSpeechVerb(read: ReadParagraph, open: number, close: number, language: string): boolean {
  const [lo] = sentenceRange(read.tokens, read.tokens[open]!.sentence);
  const [, hi] = sentenceRange(read.tokens, read.tokens[close]!.sentence);
  return verbsIn(read, lo, hi, language).length > 0;
}

/**
 * The attribution of a quotation within its sentence, for the quotation whose tokens in
 * paragraph `read` are `open`..`close` (its marks). `language` is the article's base language.
 */
export function attributionInSentence(
  read: ReadParagraph,
  paragraph: number,
  open: number,
  close: number,
  language: string,
): Attribution | null {
  const { tokens } = read;
  const [lo] = sentenceRange(tokens, tokens[open]!.sentence);
  const [, hi] = sentenceRange(tokens, tokens[close]!.sentence);

  // "According to X, ..." before or after the quotation.
  for (let i = lo; i <= hi; i++) {
    if (tokens[i]!.quote >= 0 || !endsWithAccording(read.text.slice(tokens[lo]!.start, tokens[i]!.end), language))
      continue;
    const phrase = language === 'en' ? phraseStartingAt(tokens, i + 1, hi) : capitalisedRun(tokens, i + 1, 1, hi);
    if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: true };
  }

  const verbs = verbsIn(read, lo, hi, language).filter(([v]) => {
    // A naming verb ("called it", "described as") attributes only what it introduces.
    if (language === 'en' && NAMING_LEMMAS.has(tokens[v]!.lemma)) return v < open && open - v <= 4;
    return true;
  });
  // The verb nearest the quotation, after it first: "...," she said, "..." serves both halves.
  const distance = ([v]: [number, number]) => (v > close ? v - close : open - v + 0.5);
  for (const [v, vEnd] of [...verbs].sort((a, b) => distance(a) - distance(b))) {
    if (language === 'en') {
      // "X quoted Y as saying": Y spoke.
      if (tokens[v]!.lemma === 'quote') {
        const phrase = phraseStartingAt(tokens, v + 1, hi);
        if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: true };
        continue;
      }
      const subject = subjectOf(tokens, v, v > close ? close + 1 : lo, hi);
      const naming = NAMING_LEMMAS.has(tokens[v]!.lemma);
      if (subject)
        return { paragraph, from: subject.phrase[0], to: subject.phrase[1], inverted: subject.inverted, naming };
      continue;
    }
    const after = capitalisedRun(tokens, vEnd + 1, 1, hi);
    const before = capitalisedRun(tokens, v - 1, -1, v > close ? close + 1 : lo);
    const phrase = v > close ? (after ?? before) : (before ?? after);
    if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: phrase === after };
  }
  if (language !== 'en') {
    const phrase = nameInShortClause(read, open, close);
    if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: phrase[0] > close };
  }
  return null;
}

/**
 * For languages read without parts of speech, a short clause that closes the sentence after a
 * quotation and its comma ("…," přirovnává Heskey.), or opens it before a colon (Macron l'a dit :
 * «…»), attributes the quotation to the name it holds, whatever its verb.
 */
function nameInShortClause(read: ReadParagraph, open: number, close: number): [number, number] | null {
  const { tokens, text } = read;
  const sentenceOf = (i: number) => tokens[i]!.sentence;
  const commaBefore = /,\s*$/u.test(text.slice(0, tokens[close]!.start)) || tokens[close + 1]?.text === ',';
  if (commaBefore) {
    let end = close + 1;
    while (tokens[end + 1] && sentenceOf(end + 1) === sentenceOf(close) && tokens[end + 1]!.quote < 0) end++;
    if (end - close <= 10) {
      const runs: [number, number][] = [];
      for (let i = end; i > close; i--) {
        const run = capitalisedRun(tokens, i, -1, close + 1);
        if (run && !runs.some(([a, b]) => run[0] >= a && run[1] <= b)) runs.push(run);
      }
      // A name of two words or more before a single capitalised word ("Emile Heskey, útočník Liverpoolu").
      const found = runs.find(([a, b]) => b > a) ?? runs[0];
      if (found) return found;
    }
  }
  if (tokens[open - 1] && /^[:：]$/u.test(tokens[open - 1]!.text)) {
    let start = open - 1;
    while (start > 0 && sentenceOf(start - 1) === sentenceOf(open) && tokens[start - 1]!.quote < 0) start--;
    if (open - start <= 12) {
      for (let i = start; i < open - 1; i++) {
        const run = capitalisedRun(tokens, i, 1, open - 2);
        if (run) return run;
      }
    }
  }
  return null;
}

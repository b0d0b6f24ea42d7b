/**
 * Finds the words that attribute a quotation within its own sentence: a speech verb outside
 * quotation marks and its subject ("Gabuev said", "said Mr. Reeves", "he has admitted", "X,
 * speaking to reporters, said"), or "according to X". Returns the subject's tokens for
 * speakers.ts to resolve, or null when the sentence attributes nothing.
 */
import { cjkAttribution } from './cjk';
import type { FrameToken, ReadParagraph } from './frames';
import { endsWithAccording, NAMING_LEMMAS, SPEECH_LEMMAS } from './language';
import { adverbOfReporting, between, speechVerbs } from './verbs';

/** A phrase that names who spoke, as tokens [from, to] of one paragraph. */
export interface Attribution {
  paragraph: number;
  from: number;
  to: number;
  /** Whether the phrase follows the verb ("said X") or comes before it ("X said"). */
  inverted: boolean;
  /** Whether the verb names as much as it reports ("called it", "described as"): only a named person's words count. */
  naming?: boolean;
  /**
   * For a verb printed without its subject in a language that leaves it unsaid ("afirmó",
   * "řekla"), the tokens are the verb's, and the subject is the person last named before it, of
   * the gender the verb's ending shows, if it shows one.
   */
  unsaid?: { gender?: 'm' | 'f' };
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
export const INVERTED = new Set([
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
    // "..., said the prime minister believed ...": a phrase followed by its own verb is the subject
    // of what was said, not the one who said it.
    const next = phrase ? tokens[phrase[1] + 1] : undefined;
    if (phrase && !(next && (next.pos === 'VERB' || next.pos === 'AUX'))) return { phrase, inverted: true };
  }
  // "X, speaking to reporters, said", "X, the governor, a former judge, told": the subject opens
  // the clause, before its asides.
  if (tokens[i]!.text === ',') {
    const phrase = subjectBeforeAsides(tokens, i, lo);
    return phrase ? { phrase, inverted: false } : null;
  }
  let phrase = phraseEndingAt(tokens, i, lo);
  // "she and Lena Voss sing": two speakers at once, whose words are no one person's.
  if (phrase) {
    // Past the rest of a hyphenated name the tagger split ("Rose" - "Lynn").
    let k = phrase[0] - 1;
    while (k > lo && (tokens[k]!.text === '-' || /^\p{Lu}/u.test(tokens[k]!.text)) && phrase[0] - k < 4) k--;
    if (/^(and|or|&)$/i.test(tokens[k]?.text ?? '')) return null;
  }
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
  const found: [number, number][] = [];
  if (language === 'en') {
    for (let i = lo; i <= hi; i++) {
      const t = tokens[i]!;
      if (t.quote < 0 && t.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma)) found.push([i, i]);
    }
    return found;
  }
  const index = speechVerbs(language);
  for (let i = lo; i <= hi; i++) {
    if (!isWord(tokens[i])) continue;
    const word = tokens[i]!.text.toLowerCase();
    const phrase = index.phrases
      .get(word)
      ?.find((parts) => parts.every((part, k) => tokens[i + k]?.text.toLowerCase() === part && i + k <= hi));
    if (phrase) found.push([i, i + phrase.length - 1]);
    else if (index.single.has(word) || isGermanSo(tokens, i, language)) found.push([i, i]);
  }
  return found;
}

/** German "„…“, so Müller": "so" right after a quotation's comma stands for "said". */
const isGermanSo = (tokens: readonly FrameToken[], i: number, language: string) =>
  language === 'de' && tokens[i]!.text === 'so' && tokens[i - 1]?.text === ',' && (tokens[i - 2]?.quote ?? -1) >= 0;

const NAME_PARTICLE = /^(von|van|de|der|da|di|del|la|le|du|dos|das|al|el|bin)$/;
/** Subject pronouns of the third person singular, by language ("dit-il", "sagte er", "dijo él"). */
const PRONOUNS_BY_LANGUAGE: Record<string, RegExp> = {
  fr: /^(?:t-)?(il|elle)$/iu,
  de: /^(er|sie)$/iu,
  es: /^(él|ella)$/iu,
  pt: /^(ele|ela)$/iu,
  it: /^(lui|lei)$/iu,
  ru: /^(он|она)$/iu,
  cs: /^(on|ona)$/iu,
};
const NO_PRONOUN = /^$/u;
/** A pronoun glued to an auxiliary before a participle: "a-t-il déclaré". */
const GLUED_PRONOUN = /-(?:t-)?(il|elle)$/iu;

/** Capitalised words next to a verb, for languages without a part-of-speech model. */
function capitalisedRun(
  tokens: readonly FrameToken[],
  from: number,
  step: 1 | -1,
  limit: number,
  language = '',
): [number, number] | null {
  const pronoun = PRONOUNS_BY_LANGUAGE[language] ?? NO_PRONOUN;
  const isName = (t: FrameToken | undefined) =>
    t !== undefined && t.quote < 0 && (/^\p{Lu}/u.test(t.text) || NAME_PARTICLE.test(t.text));
  let i = from;
  // A pronoun glued to the verb ("dit-il", "explique-t-elle") or standing after it.
  if (step === 1 && tokens[i]?.text === '-') i++;
  if (step === 1 && tokens[i]?.text === 't' && tokens[i + 1]?.text === '-') i += 2;
  if (step === 1 && tokens[i] && i <= limit + 3 && pronoun.test(tokens[i]!.text)) return [i, i];
  if (!isName(tokens[i]) || !/^\p{Lu}/u.test(tokens[i]!.text)) return null;
  let j = i;
  const within = (k: number) => Math.abs(k - from) < 6 && (step === 1 ? k <= limit : k >= limit);
  // Across a hyphen, as in a compound before a name ("Vertriebs-Manager Jonas Albers").
  const hyphen = (k: number) =>
    tokens[k]?.text === '-' && isName(tokens[k + step]) && /^\p{Lu}/u.test(tokens[k + step]!.text);
  for (;;) {
    if (isName(tokens[j + step]) && within(j + step)) j += step;
    else if (hyphen(j + step) && within(j + 2 * step)) j += 2 * step;
    else break;
  }
  // A run never ends on a particle: "Ursula von" is not a name.
  while (j !== i && NAME_PARTICLE.test(tokens[j]!.text)) j -= step;
  return step === 1 ? [i, j] : [j, i];
}

/** The name after "selon", "laut", "según": right after it, or after a role ("pour l’économiste Paul Girard"). */
function nameAfterAccording(tokens: readonly FrameToken[], i: number, hi: number): [number, number] | null {
  for (let k = i; k <= hi && k - i < 5 && isWord(tokens[k]); k++) {
    const run = capitalisedRun(tokens, k, 1, hi);
    if (run) return run;
  }
  return null;
}

/** Articles that open a role phrase, by language: "dijo el ministro", "sagte die Sprecherin". */
const ARTICLES: Record<string, RegExp> = {
  fr: /^(le|la|l’|l'|un|une)$/iu,
  de: /^(der|die|ein|eine)$/iu,
  es: /^(el|la|un|una)$/iu,
  // Not "a", which is also a preposition: "disse a jornalistas".
  pt: /^(o|um|uma)$/iu,
  it: /^(il|lo|la|l’|l'|un|uno|una|un’)$/iu,
};
/** Pronouns that a clause after a verb may hold in languages without articles: not a role ("сказал я", "řekl mi"). */
const PRONOUNS = /^(я|мне|мы|нам|ты|вы|он|она|они|ему|ей|им|já|mi|my|nám|ty|vy|on|ona|oni|mu|jí|jim)$/iu;
/** Prepositions of those languages: a clause that opens with one is an adverbial, not a role ("píše ve svém hodnocení"). */
const PREPOSITIONS =
  /^(v|ve|na|o|s|se|z|ze|k|ke|u|po|při|pro|za|od|do|bez|přes|před|pod|nad|mezi|в|во|на|о|об|с|со|к|ко|у|по|при|для|за|от|до|без|через|перед|под|над|между|из)$/iu;

/**
 * A role phrase after a verb, for languages without parts of speech: an article and the words up
 * to the clause's end ("dice la jefa del Ejecutivo", "sagte der Minister"), or in languages
 * without articles a short clause of lower-case words ("tvrdí mladá anglická superstar"). A name
 * inside it is the speaker itself ("a déclaré le ministre Jean Dupont").
 */
function rolePhraseAfter(
  tokens: readonly FrameToken[],
  i: number,
  hi: number,
  language: string,
): [number, number] | null {
  const first = tokens[i];
  if (!first || first.quote >= 0) return null;
  const article = ARTICLES[language];
  if (
    article
      ? !article.test(first.text)
      : !/^\p{Ll}/u.test(first.text) || PRONOUNS.test(first.text) || PREPOSITIONS.test(first.text)
  )
    return null;
  let j = i;
  // Across the hyphen of a compound: "die Grünen-Vorsitzende Ricarda Lang".
  const next = (k: number) => isWord(tokens[k]) || (tokens[k]?.text === '-' && isWord(tokens[k + 1]));
  while (j + 1 <= hi && next(j + 1) && j - i < 8) j++;
  // An article alone is no role ("salué une «avancée»"). Without articles, the role must close
  // the sentence and be more than a word: "tvrdí mladá anglická superstar.", not "řekl včera".
  if (j === i) return null;
  if (!article && !/^[.!?]$/u.test(tokens[j + 1]?.text ?? '.')) return null;
  for (let k = i + 1; k <= j; k++) {
    const run = capitalisedRun(tokens, k, 1, j);
    if (run && run[1] > run[0]) return run;
  }
  return namedInApposition(tokens, j, hi) ?? [i, j];
}

/**
 * The name set off by a comma after a role phrase ending at token `j`: "ha asegurado el alcalde,
 * José Luis Martínez-Almeida." A name of two words or more that closes the clause.
 */
function namedInApposition(tokens: readonly FrameToken[], j: number, hi: number): [number, number] | null {
  if (tokens[j + 1]?.text !== ',' || j + 2 > hi) return null;
  const run = capitalisedRun(tokens, j + 2, 1, hi);
  if (!run || run[1] === run[0]) return null;
  const after = tokens[run[1] + 1]?.text ?? '.';
  return /^[.,;!?]$/u.test(after) ? run : null;
}

/**
 * The subject of a speech verb at tokens v..vEnd in a language read without parts of speech: a
 * name or a pronoun after the verb ("dit-il", "sagte Müller"), or before it across auxiliaries and
 * adverbs ("Dupont a ensuite déclaré", "Er sagte"), or a role phrase after it.
 */
function foreignSubject(
  tokens: readonly FrameToken[],
  [v, vEnd]: [number, number],
  lo: number,
  hi: number,
  language: string,
  afterQuote: boolean,
): [number, number] | null {
  // Past an adverb between the verb and its subject: "sagt auch Stenger", "a dit aussi Dupont".
  let a = vEnd + 1;
  while (a < hi && a - vEnd <= 2 && tokens[a]!.quote < 0 && adverbOfReporting(language, tokens[a]!.text)) a++;
  const after = capitalisedRun(tokens, a, 1, hi, language);
  let b = v - 1;
  while (
    b >= lo &&
    tokens[b]!.quote < 0 &&
    (between(language, tokens[b]!.text) || GLUED_PRONOUN.test(tokens[b]!.text))
  ) {
    if (GLUED_PRONOUN.test(tokens[b]!.text)) return [b, b];
    b--;
  }
  const pronoun =
    b >= lo &&
    tokens[b]!.quote < 0 &&
    (PRONOUNS_BY_LANGUAGE[language] ?? NO_PRONOUN).test(tokens[b]!.text) &&
    !/^sie$/iu.test(tokens[b]!.text);
  let before = pronoun ? ([b, b] as [number, number]) : b >= lo ? capitalisedRun(tokens, b, -1, lo) : null;
  // A name after a preposition is an object or a role's complement, not the subject: "en Twitter
  // diciendo", "Le ministre de la Défense a affirmé".
  const previous = before && !pronoun ? tokens[before[0] - 1] : undefined;
  const article = ARTICLES[language] ?? NO_PRONOUN;
  if (previous && previous.quote < 0 && (PREPOSITIONS.test(previous.text) || ROMANCE_PREPOSITIONS.test(previous.text)))
    before = null;
  // "Voigt bedankt sich ... und sagt dann:": a second verb of the clause shares its subject, the
  // name that opens the sentence.
  if (!before && b > lo && COORDINATING.test(tokens[b]!.text) && /^\p{Lu}/u.test(tokens[lo]!.text)) {
    const opening = capitalisedRun(tokens, lo, 1, b);
    if (opening && !article.test(tokens[lo]!.text)) before = opening;
  }
  // A phrase after a verb that introduces the quotation is its object ("a reconnu une situation
  // «…»"), except in German, which sets the subject after the verb ("sagte die Ministerin: „…“").
  const roleAfter = afterQuote || language === 'de' ? rolePhraseAfter(tokens, a, hi, language) : null;
  const role = roleAfter ?? rolePhraseBefore(tokens, b, lo, language);
  return afterQuote ? (after ?? before ?? role) : (before ?? after ?? role);
}

/** Prepositions of the languages with articles, before a name that is then no subject. */
const ROMANCE_PREPOSITIONS =
  /^(en|de|del|a|al|ao|aos|por|para|con|sin|sobre|à|au|aux|dans|par|avec|sur|chez|pour|auf|im|mit|von|vom|bei|zu|zum|zur|nach|aus|für|em|no|na|nos|nas|com|pelo|pela|do|da|dos|das|di|nel|nella|su|per|tra|fra)$/u;

/** Conjunctions that join a second verb to a clause's subject: "und", "et", "y", "e". */
const COORDINATING = /^(und|et|y|e|ed|i|и|a)$/u;

/**
 * A role phrase that opens the clause of the verb whose subject ends at token `b`: an article and a
 * lower-case noun from the sentence's start or a comma, with what qualifies it ("La conservadora
 * alemana insiste", "Le ministre de la Défense a affirmé").
 */
function rolePhraseBefore(
  tokens: readonly FrameToken[],
  b: number,
  lo: number,
  language: string,
): [number, number] | null {
  const article = ARTICLES[language];
  if (!article || b < lo || !isWord(tokens[b])) return null;
  for (let j = b; j >= lo && b - j < 8; j--) {
    const t = tokens[j]!;
    if (!isWord(t)) return null;
    const opens = j === lo || /^[,;:]$/u.test(tokens[j - 1]!.text);
    // "Le ministre de la Défense a affirmé": the role's own words may be capitalised after its noun.
    if (article.test(t.text) && opens && /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '')) return [j, b];
  }
  return null;
}

/** The colon that follows a verb at `vEnd` and its subject ("Smith agreed:", "said Smith:"), or -1. */
function colonAfter(tokens: readonly FrameToken[], vEnd: number, hi: number): number {
  for (let j = vEnd + 1; j <= hi && j - vEnd <= 6; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0) return -1;
    if (t.text === ':') return j;
    if (!/[\p{L}\p{N}.'’-]/u.test(t.text)) return -1;
  }
  return -1;
}

/** Whether the quotation's sentence holds a speech verb outside quotation marks, attributed or not. */
export function hasSpeechVerb(read: ReadParagraph, open: number, close: number, language: string): boolean {
  if (language === 'ja' || language === 'zh') return cjkAttribution(read, 0, open, close, language) !== null;
  const [lo] = sentenceRange(read.tokens, read.tokens[open]!.sentence);
  const [, hi] = sentenceRange(read.tokens, read.tokens[close]!.sentence);
  return verbsFor(read, open, lo, hi, language).length > 0;
}

/**
 * The speech verbs of the sentence that can attribute the quotation opening at `open`: not one
 * that introduces another quotation with a colon ("...," York said. "..." Smith agreed: "...").
 */
function verbsFor(read: ReadParagraph, open: number, lo: number, hi: number, language: string): [number, number][] {
  const { tokens } = read;
  return verbsIn(read, lo, hi, language).filter(([, vEnd]) => {
    const colon = colonAfter(tokens, vEnd, hi);
    return colon < 0 || tokens[colon + 1]?.quote === tokens[open]!.quote;
  });
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
  if (language === 'ja' || language === 'zh') return cjkAttribution(read, paragraph, open, close, language);
  const { tokens } = read;
  const [lo] = sentenceRange(tokens, tokens[open]!.sentence);
  const [, hi] = sentenceRange(tokens, tokens[close]!.sentence);

  // "According to X, ..." before or after the quotation.
  for (let i = lo; i <= hi; i++) {
    if (tokens[i]!.quote >= 0 || !endsWithAccording(read.text.slice(tokens[lo]!.start, tokens[i]!.end), language))
      continue;
    const phrase = language === 'en' ? phraseStartingAt(tokens, i + 1, hi) : nameAfterAccording(tokens, i + 1, hi);
    if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: true };
  }

  const verbs = verbsFor(read, open, lo, hi, language).filter(([v]) => {
    // A naming verb ("called it", "described as") attributes only what it introduces.
    if (language === 'en' && NAMING_LEMMAS.has(tokens[v]!.lemma)) return v < open && open - v <= 4;
    return true;
  });
  // The verb nearest the quotation, after it first: "...," she said, "..." serves both halves.
  const distance = ([v]: [number, number]) => (v > close ? v - close : open - v + 0.5);
  const ordered = [...verbs].sort((a, b) => distance(a) - distance(b));
  // A verb that introduces this quotation with a colon is its attribution, or nothing is.
  const owner = ordered.find(([v, vEnd]) => v < open && colonAfter(tokens, vEnd, hi) === open - 1);
  for (const [v, vEnd] of owner ? [owner] : ordered) {
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
    const phrase = foreignSubject(tokens, [v, vEnd], v > close ? close + 1 : lo, hi, language, v > close);
    if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: phrase[0] > v };
    const unsaid = unsaidSubject(tokens, [v, vEnd], open, close, language);
    if (unsaid) return { paragraph, from: v, to: vEnd, inverted: false, unsaid };
  }
  if (language !== 'en') {
    const phrase = nameInShortClause(read, open, close);
    if (phrase) return { paragraph, from: phrase[0], to: phrase[1], inverted: phrase[0] > close };
  }
  return null;
}

/** Languages that leave a subject pronoun unsaid: the verb's ending tells the person. */
const PRO_DROP = new Set(['es', 'pt', 'it', 'cs', 'pl', 'ro', 'sk']);
/** Words that join a verb to the quotation it introduces: "explicó que «…»", "řekl, že „…“". */
const INTRODUCERS = /^(?:[:,]|que|che|že|что|dass|że|că)$/iu;

/**
 * A speech verb printed without its subject, right after the quotation and its comma ("«…»,
 * afirmó.", "„…“, řekla.") or opening the sentence that introduces it ("Explicó: «…»"), in a language
 * that leaves subject pronouns unsaid. Czech and Russian past tenses show the speaker's gender.
 */
function unsaidSubject(
  tokens: readonly FrameToken[],
  [v, vEnd]: [number, number],
  open: number,
  close: number,
  language: string,
): { gender?: 'm' | 'f' } | null {
  if (!PRO_DROP.has(language)) return null;
  const joins = (from: number, to: number) =>
    tokens.slice(from, to).every((t) => t.quote < 0 && (INTRODUCERS.test(t.text) || between(language, t.text)));
  if (v > close) {
    if (!joins(close + 1, v) || !/^[,，]$/u.test(tokens[close + 1]?.text ?? '')) return null;
  } else {
    const previous = tokens[v - 1];
    const opensSentence = !previous || previous.sentence !== tokens[v]!.sentence;
    if (!opensSentence || !joins(vEnd + 1, open)) return null;
  }
  const verb = tokens[vEnd]!.text.toLowerCase();
  if (/(?:la|ла|лась)$/u.test(verb) && (language === 'cs' || language === 'ru' || language === 'sk'))
    return { gender: 'f' };
  if (/(?:l|л|лся)$/u.test(verb) && (language === 'cs' || language === 'ru' || language === 'sk'))
    return { gender: 'm' };
  return {};
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

/**
 * The speaker of a paragraph's reported speech, for a quotation paragraph after it to run on: the
 * subject before a speech verb in the paragraph's last sentence that has one ("The minister also
 * admitted that ...", "He defended the plan"), when no quotation stands in or after that sentence.
 * English only, where parts of speech tell a subject from an object. Null when there is none.
 */
export function reportedAttribution(read: ReadParagraph, paragraph: number, language: string): Attribution | null {
  if (language !== 'en') return null;
  const { tokens } = read;
  for (let s = tokens.at(-1)?.sentence ?? -1; s >= 0; s--) {
    const [lo, hi] = sentenceRange(tokens, s);
    if (lo < 0) continue;
    if (tokens.slice(lo).some((t) => t.quote >= 0)) return null;
    const verbs = verbsIn(read, lo, hi, language).filter(
      ([v]) => tokens[v]!.lemma !== 'quote' && !NAMING_LEMMAS.has(tokens[v]!.lemma),
    );
    for (const [v] of verbs.reverse()) {
      const subject = subjectOf(tokens, v, lo, hi);
      if (subject && !subject.inverted && subject.phrase[1] < v)
        return { paragraph, from: subject.phrase[0], to: subject.phrase[1], inverted: false };
    }
  }
  return null;
}

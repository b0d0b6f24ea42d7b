/**
 * Sentences and tokens of a paragraph, with parts of speech and lemmas, from wink-nlp and its
 * English model (wink-eng-lite-web-model). wink-nlp was chosen over compromise, the other NLP
 * library of the registry that runs in Node without a service: it splits sentences around
 * abbreviations and initials ("U.N.", "Robert M. Danin", "Sen.") as well, gives a lemma for every
 * verb form ("has admitted" -> admit), and reads an article of the seed's length a hundred times
 * faster (docs/people-and-quotations.md has the comparison). Its model knows English only: for
 * other languages the tokens and sentences still serve, and the parts of speech are not used.
 */
import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isGivenName } from './given-names';

/** One word or mark of a paragraph, by offsets into the paragraph's text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal part of speech (PROPN, VERB, NOUN, ...); reliable for English only. */
  pos: string;
  /** The word's dictionary form, lower case ("said" -> "say"); for English. */
  lemma: string;
  /** Index of the sentence it belongs to, counted within the paragraph. */
  sentence: number;
}

let reader: ReturnType<typeof winkNLP> | undefined;
/** The number of words in the model's lexicon: wink numbers a word it does not know after them. */
let lexiconSize = 0;

/** The model loads once per process, when the first paragraph is read. */
function nlp() {
  if (!reader) {
    reader = winkNLP(model, ['sbd', 'pos']);
    lexiconSize = reader.readDoc('qqzxqv').tokens().out(reader.its.uniqueId)[0] as unknown as number;
  }
  return reader;
}

const common = new Map<string, boolean>();

/**
 * Whether a word, in lower case, is in the English model's lexicon of common words ("assembly",
 * "electric", "oceanographer"), which holds few names ("obama", "london" are not in it): a
 * capitalised word that is one is a word set at the head of a sentence or in a body's name.
 */
export function isCommonWord(word: string): boolean {
  const key = word.toLowerCase();
  let known = common.get(key);
  if (known === undefined) {
    const id = nlp().readDoc(key).tokens().out(nlp().its.uniqueId)[0] as unknown as number;
    known = id < lexiconSize;
    common.set(key, known);
  }
  return known;
}

/** Scripts written without spaces between words, where wink's tokens mean nothing. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * The tokens of `text`. Sentences come from wink's boundaries, or for text in a script written
 * without spaces from `Intl.Segmenter`, whose tokens are then whole runs of characters.
 */
export function tokenize(text: string): Token[] {
  if (UNSPACED.test(text)) return unspacedTokens(text);
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  // wink-nlp declares its.lemma with a parameter list that its own `out` does not accept.
  const lemma = its.lemma as unknown as ItsFunction<string>;
  const tokens: Token[] = [];
  let offset = 0;
  doc.sentences().each((sentence, s) => {
    sentence.tokens().each((token: ItemToken) => {
      const value = token.out(its.value);
      offset += token.out(its.precedingSpaces).length;
      // wink keeps a token's text as written; find it from the running offset to stay exact.
      const at = text.indexOf(value, offset);
      const start = at >= 0 ? at : offset;
      tokens.push({
        text: value,
        start,
        end: start + value.length,
        pos: token.out(its.pos),
        lemma: token.out(lemma).toLowerCase(),
        sentence: s,
      });
      offset = start + value.length;
    });
  });
  return givenNamesAsNames(joinSplitLetters(tokens));
}

/**
 * wink's model tags a given name that is also a word as that word: "press secretary Josh/VERB
 * Earnest", "Rose/VERB-Lynn". Inside a sentence, a capitalised given name of the lists
 * (given-names.ts) that a proper noun follows is a name's first word, as the names and the
 * attribution of quotations need it to be.
 */
function givenNamesAsNames(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (
      t.pos !== 'PROPN' &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      before?.sentence === t.sentence &&
      /^\p{L}/u.test(before.text) &&
      after?.pos === 'PROPN' &&
      /^\p{Lu}/u.test(after.text) &&
      isGivenName(t.text)
    )
      t.pos = 'PROPN';
  });
  return tokens;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * wink's tokenizer breaks a word at some letters outside Latin-1 ("Dvořák" -> "Dvo", "ř", "ák",
 * "řekl" -> "ř", "ekl"), which Czech, Polish or Romanian words are full of: pieces of letters that
 * touch, one of them such a letter, are joined back into the word they are.
 */
function joinSplitLetters(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (
      last &&
      last.end === t.start &&
      last.sentence === t.sentence &&
      LETTERS.test(last.text) &&
      LETTERS.test(t.text) &&
      (NON_ASCII.test(last.text) || NON_ASCII.test(t.text))
    ) {
      const text = last.text + t.text;
      out[out.length - 1] = { ...last, text, end: t.end, lemma: text.toLowerCase() };
    } else out.push(t);
  }
  return out;
}

function unspacedTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const sentences = new Intl.Segmenter('ja', { granularity: 'sentence' }).segment(text);
  let s = 0;
  for (const sentence of sentences) {
    for (const word of new Intl.Segmenter('ja', { granularity: 'word' }).segment(sentence.segment)) {
      if (word.segment.trim() === '') continue;
      const start = sentence.index + word.index;
      tokens.push({
        text: word.segment,
        start,
        end: start + word.segment.length,
        pos: word.isWordLike ? 'X' : 'PUNCT',
        lemma: word.segment,
        sentence: s,
      });
    }
    s++;
  }
  return tokens;
}

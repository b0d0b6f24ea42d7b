/**
 * The people an article names that the registry (content/people/) does not know yet, each as a
 * proposed registry entry for an editor to review: the name as the article gives it in full, its
 * surname as an alias, the sentence that introduces the person and the role it gives them.
 */
import type { Mention } from './mentions';
import { fullNames, nameRuns, personFacts, type NameRun } from './names';
import { extractQuotes } from './quotes/extract';
import { readParagraphs, type ReadParagraph } from './quotes/frames';
import { baseLanguage } from './quotes/language';
import { quoteSpans, type Paragraph } from './quotes/spans';

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

/** People named in the paragraphs who are not registered, in the order the article introduces them. */
export function suggestPeople(
  paragraphs: readonly Paragraph[],
  options: { language?: string; findMentions: (text: string) => Mention[] },
): PersonSuggestion[] {
  const language = baseLanguage(options.language);
  const reads = readParagraphs(
    paragraphs.map((p) => p.text),
    quoteSpans(paragraphs),
  );
  const runs = nameRuns(reads, language);
  const fullName = fullNames(runs);
  const facts = personFacts(reads, runs, fullName);
  const found = new Map<string, PersonSuggestion>();
  const surnameUsed = new Set(runs.filter((r) => !r.name.includes(' ')).map((r) => r.name.toLowerCase()));
  // Whoever the article quotes by name is a person or a body, in any language.
  const quoted = new Set(
    extractQuotes(paragraphs, { findMentions: () => [], language }).flatMap((q) =>
      q.speaker?.kind === 'name' && q.basis === 'name' ? [q.speaker.name] : [],
    ),
  );
  for (const run of runs) {
    const name = fullName(run.name, run.titled);
    // One word is a name to propose only with a title ("President Obama") and no longer form.
    const complete = name.includes(' ') || run.titled;
    if (found.has(name) || !complete || !(facts.isPerson(name) || quoted.has(name))) continue;
    if (options.findMentions(name).length > 0) continue;
    const read = reads[run.paragraph]!;
    const surname = name.split(' ').at(-1)!;
    found.set(name, {
      name,
      aliases: surnameUsed.has(surname.toLowerCase()) ? [surname] : [],
      introduction: sentenceText(read, run.from),
      role: roleAt(read, run),
    });
  }
  return [...found.values()];
}

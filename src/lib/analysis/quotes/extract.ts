import type { Mention } from '../mentions';
import { quoteSpans, type Paragraph } from './spans';

/** Who a quotation is attributed to. */
export type Speaker =
  { kind: 'person'; id: string } | { kind: 'name'; name: string } | { kind: 'source'; description: string };

export interface ExtractedQuote {
  /** The quoted words, without a split quotation's trailing comma. */
  text: string;
  /** Ids of the paragraphs it is printed in (`p-12`), first to last. */
  paragraphs: string[];
  /** Offset of the quoted words in the first paragraph. */
  start: number;
  /** Where the quoted words are printed: one part per paragraph, offsets into its text. */
  segments: { paragraph: string; start: number; end: number }[];
  speaker: Speaker | null;
}

/** Verbs newspapers attribute speech with. */
const VERBS =
  'said|says|told|tells|added|adds|lamented|boasted|admitted|insisted|noted|explained|stressed|warned|argued|claimed|wrote|asked|recalled|continued|concluded|complained|acknowledged|conceded|suggested|declared|announced|observed|remarked|replied|responded|emphasi[sz]ed|predicted|called|described|confirmed|denied|joked|quipped|vowed';
const HEDGE = '(?:(?:reportedly|later|also|then|once|allegedly)\\s+)?';
const VERB_AFTER_SPEAKER = new RegExp(`^(.*?)\\s+${HEDGE}(?:${VERBS})\\b`, 'su');
const VERB_FIRST = new RegExp(`^${HEDGE}(?:${VERBS})\\s+(.+)$`, 'su');
const LAST_VERB = new RegExp(`^(.*)\\s+${HEDGE}(?:${VERBS})\\b`, 'su');
const ACCORDING_TO = /according to\s+([^,."“”]+)[,:]?\s*$/iu;

const PRONOUNS = /^(he|she|they|him|her)$/i;
const DETERMINER = /^(a|an|the|another|one|two|three|several|some)\s/i;
const ROLE =
  /\b(source|sources|official|officials|diplomat|diplomats|ex-diplomat|expert|analyst|officer|spokes(?:man|woman|person)|minister|aide|adviser|advisor|lawmaker|politician|businessman|resident|soldier|commander|insider|governor|mayor|judge|lawyer|economist|worker|welder|employee|executive|representative|member|negotiator|envoy|ambassador|person|man|woman)\b/i;
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'to', 'for', 'with', 'by', 'near', 'the', 'on']);
const CONJUNCTION = /^(?:but|and|while|as|so|yet|whereas)\s+/i;
/** A relation of a named person ("Assad's brother"): an unnamed source, not that person. */
const POSSESSIVE_ROLE = /^(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s\s+\p{Ll}/u;

/** A run of capitalised words (a person's name as printed), at the end of a phrase. */
const NAME_AT_END = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)$/u;
const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u;

export interface ExtractOptions {
  /** Registered people named in a text (see people/mentions.ts). */
  findMentions: (text: string) => Mention[];
  /** The article's language (BCP 47), which says which marks open a quotation and which words attribute it. */
  language?: string;
}

/** The end of the sentence that starts at `from` (after . ? ! outside quotation marks), or the text's end. */
function sentenceEnd(text: string, from: number): number {
  const match = /[.?!](?=\s+["“\p{Lu}]|\s*$)/u.exec(text.slice(from));
  return match ? from + match.index + 1 : text.length;
}

/** Where the sentence holding offset `at` begins: after the last . ? ! or closing quote-and-full-stop before it. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const match = /.*[.?!]["”]?\s+/su.exec(before);
  return match ? match[0].length : 0;
}

/** Splits a phrase at commas and dashes that set off an apposition. */
const parts = (phrase: string) =>
  phrase
    .split(/\s*[,—–:]\s*/u)
    .map((p) => p.trim().replace(CONJUNCTION, ''))
    .filter(Boolean);

export function extractQuotes(paragraphs: readonly Paragraph[], options: ExtractOptions): ExtractedQuote[] {
  const articleText = paragraphs.map((p) => p.text).join('\n');
  const quotes: ExtractedQuote[] = [];
  const spans = quoteSpans(paragraphs);
  let lastSpeaker: Speaker | null = null;
  const recent: Speaker[] = [];

  /** Full names printed in the article, to read a surname alone ("Kolev") as the person ("Dimitar Kolev"). */
  const fullNameFor = (surname: string): string | null => {
    const re = new RegExp(
      `((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
      'u',
    );
    const match = re.exec(articleText);
    return match ? `${match[1]}${surname}`.replace(/\s+/g, ' ') : null;
  };

  /** Reads a speaker phrase: a registered person, a printed name, a pronoun, or an unnamed source. */
  const resolve = (phrase: string, where: 'before' | 'after'): Speaker | null => {
    const cleaned = phrase.replace(/^[\s,"“”]+|[\s,.;:"“”]+$/gu, '').replace(CONJUNCTION, '');
    if (!cleaned) return null;
    const candidates = parts(cleaned);
    if (candidates.length === 0) return null;
    // A pronoun or "the source" refers back to the last speaker that fits.
    const single = candidates.length === 1 ? candidates[0]! : null;
    if (single && PRONOUNS.test(single)) return lastSpeaker;
    if (single && /^the\s/i.test(single) && ROLE.test(single) && !NAME_ONLY.test(single.replace(/^the\s+/i, ''))) {
      const role = single.match(ROLE)![0].toLowerCase();
      const earlier = [...recent]
        .reverse()
        .find((s) => s.kind === 'source' && s.description.toLowerCase().includes(role));
      return earlier ?? { kind: 'source', description: single };
    }
    const closest = where === 'before' ? candidates.at(-1)! : candidates[0]!;
    const ordered = where === 'before' ? [...candidates].reverse() : candidates;
    // The words right before the verb name the speaker when they are a name ("Gabuev said",
    // "the regional governor Elena Markova called"), but not a name after a preposition or "the"
    // ("a source close to Putin", "the Russian Foreign Ministry").
    const nameAtEnd = NAME_AT_END.exec(closest);
    if (nameAtEnd) {
      const preceding = closest.slice(0, nameAtEnd.index).trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
      if (!PREPOSITIONS.has(preceding) && !/['’]s$/.test(preceding)) return named(nameAtEnd[1]!);
    }
    // A name set off by commas is the speaker its appositions describe ("Kolev, asked whether
    // ..., insisted"; "Elena Markova, the governor, ..., told").
    const name = ordered.find((part) => NAME_ONLY.test(part));
    if (name) return named(name);
    // Otherwise an unnamed source, kept as written and never merged into a person it names
    // ("a source close to Putin", "Assad's brother").
    const source = ordered.find(
      (part) =>
        (DETERMINER.test(part) && ROLE.test(part) && part.split(/\s+/).length <= 12) || POSSESSIVE_ROLE.test(part),
    );
    return source ? { kind: 'source', description: source } : null;
  };

  const named = (name: string): Speaker => {
    const words = name.split(/\s+/);
    const full = words.length === 1 ? fullNameFor(name) : null;
    const registered = options.findMentions(full ?? name);
    if (registered.length > 0) return { kind: 'person', id: registered[0]!.personId };
    return { kind: 'name', name: full ?? name };
  };

  spans.forEach((span, index) => {
    // Fewer than four words is a quoted term or a scare quote ("terrorists", a "zombie company"),
    // unless it is an utterance of its own with a speaker ("We will win," Putin said).
    const short = span.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 4;
    const utterance = /^\p{Lu}/u.test(span.text) && /[.,?!]$/.test(span.text);
    if (short && !utterance) return;
    const first = span.segments[0]!;
    const last = span.segments.at(-1)!;
    const firstText = paragraphs[first.paragraph]!.text;
    const lastText = paragraphs[last.paragraph]!.text;

    // After the quotation: "...," X said / said X / X told The Moscow Times.
    const afterStart = last.end + 1;
    const nextQuote = spans[index + 1]?.segments[0];
    const afterLimit = nextQuote && nextQuote.paragraph === last.paragraph ? nextQuote.start - 1 : lastText.length;
    const after = lastText.slice(afterStart, Math.min(sentenceEnd(lastText, afterStart), afterLimit));
    let speaker: Speaker | null = null;
    // A quotation that ends its sentence ("... price." The diplomat added) is not attributed by
    // the next sentence; one that ends in ? or ! may still be ("... Tartus?" said an official).
    const endsSentence = /[.?!]$/.test(span.text) && /^\s+\p{Lu}/u.test(after);
    if (!endsSentence && /^\s*,?\s*\S/.test(after) && !/^\s*[.?!]/.test(after)) {
      const trimmed = after.replace(/^\s*,?\s*/, '');
      const verbFirst = VERB_FIRST.exec(trimmed);
      if (verbFirst) speaker = resolve(verbFirst[1]!, 'after');
      else {
        const verbAfter = VERB_AFTER_SPEAKER.exec(trimmed);
        if (verbAfter && verbAfter[1]!.split(/\s+/).length <= 25) speaker = resolve(verbAfter[1]!, 'after');
      }
    }

    // Before it: X said that "..." / according to X, "..." / The diplomat added: "...".
    if (!speaker) {
      const previous = spans[index - 1]?.segments.at(-1);
      const from = Math.max(
        sentenceStart(firstText, first.start - 1),
        previous && previous.paragraph === first.paragraph ? previous.end + 1 : 0,
      );
      const before = firstText.slice(from, first.start - 1);
      const according = ACCORDING_TO.exec(before);
      const lastVerb = LAST_VERB.exec(before);
      if (according) speaker = resolve(according[1]!, 'before');
      else if (lastVerb) speaker = resolve(lastVerb[1]!, 'before');
    }

    // A quotation with no attribution of its own continues the one before it: the second half of
    // a split quotation, or a new paragraph of the same speaker's words.
    if (!speaker) {
      const previous = quotes.at(-1);
      const previousSpan = spans[index - 1];
      if (previous && previousSpan && first.paragraph - previousSpan.segments.at(-1)!.paragraph <= 1) {
        speaker = previous.speaker;
      }
    }

    if (short && !speaker) return;
    if (speaker) {
      lastSpeaker = speaker;
      recent.push(speaker);
    }
    quotes.push({
      text: span.text.replace(/,$/, ''),
      paragraphs: [...new Set(span.segments.map((s) => paragraphs[s.paragraph]!.id))],
      start: first.start,
      segments: span.segments.map((s) => ({ paragraph: paragraphs[s.paragraph]!.id, start: s.start, end: s.end })),
      speaker,
    });
  });
  return quotes;
}

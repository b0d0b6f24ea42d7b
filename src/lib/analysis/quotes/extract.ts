/**
 * Every direct quotation of an article with its speaker, in four steps, each in its own file:
 * the passages in quotation marks (spans.ts), the article read into sentences and tokens
 * (frames.ts), the words that attribute each quotation in its sentence (attribution.ts), and who
 * they name (speakers.ts). A quotation its own sentence does not attribute continues the speaker of
 * the quotation before it only where the article runs one speaker's words on; otherwise its
 * speaker stays unknown.
 */
import type { Mention } from '../mentions';
import { fullNames, nameRuns, nominativeRuns, personFacts } from '../names';
import { attributionInSentence, hasSpeechVerb, reportedAttribution, type Attribution } from './attribution';
import { cjkLeadSpeaker, isEmbeddedTerm } from './cjk';
import { readParagraphs, tokenAt, type ReadParagraph } from './frames';
import { baseLanguage, PERSON_PRONOUNS } from './language';
import { speechVerbs } from './verbs';
import {
  headName,
  resolveSpeaker,
  subjectsOf,
  type Basis,
  type RecentSpeaker,
  type Speaker,
  type SpeakerContext,
} from './speakers';
import { quoteSpans, type Paragraph, type QuoteSpan } from './spans';

export type { Speaker } from './speakers';

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
  /** How the speaker was found, or null with no speaker. */
  basis: Basis | null;
}

export interface ExtractOptions {
  /** Registered people named in a text (see mentions.ts). */
  findMentions: (text: string) => Mention[];
  /** The article's language (BCP 47), which says which words attribute a quotation. */
  language?: string;
}

/** Words before a quotation that make it a name, a title or a slogan rather than speech. */
const NAMING =
  /\b(?:titled|entitled|named|dubbed|known as|the words?|the terms?|the phrase|slogans?|chant(?:s|ing|ed)?|signs?(?: reading| saying)?|banners?(?: reading)?|placards?|headlined?|hashtag|as if to say|so-called|labell?ed|nicknamed?|album|song|film|movie|biopic|documentary|comedy|drama|thriller|sitcom|musical|podcast|book|series|show|novel|brand)\s*[:,]?\s*$/iu;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
/** Scripts without spaces between words: a short quotation is counted in characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const isShort = (text: string) =>
  UNSPACED.test(text) ? text.length < 10 && !/[。、！？]/u.test(text) : wordCount(text) < 4;

/** A title ("The One I Love", "Wild Rose,"): every word capitalised, no sentence inside. */
function looksLikeTitle(text: string): boolean {
  const words = text
    .replace(/[,.;:!?]+$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 6 || UNSPACED.test(text)) return false;
  const small = /^(a|an|the|of|in|on|and|or|to|for|at|by|with|de|la|le|der|die|das)$/i;
  return words.every((w, i) => /^[\p{Lu}\p{N}“"‘(&]/u.test(w) || (i > 0 && small.test(w)));
}

/** Whether a quotation is a name, title or slogan: what the words before it say, or its form. */
function isNonSpeech(span: QuoteSpan, paragraphs: readonly Paragraph[], attributed: boolean): boolean {
  const first = span.segments[0]!;
  const before = paragraphs[first.paragraph]!.text.slice(0, Math.max(0, first.start - 1));
  if (NAMING.test(before)) return true;
  const text = paragraphs[first.paragraph]!.text;
  if (!attributed && span.segments.length === 1 && isEmbeddedTerm(text, first.start, first.end)) return true;
  return looksLikeTitle(span.text) && !(attributed && /[.?!]$/.test(span.text));
}

/** The attribution of a span in its own sentence: where its last part ends, or else where it begins. */
function ownAttribution(span: QuoteSpan, reads: readonly ReadParagraph[], language: string) {
  const parts = [span.segments.at(-1)!, span.segments[0]!];
  for (const s of parts) {
    const tokens = reads[s.paragraph]!.tokens;
    const open = tokenAt(tokens, s.start - 1);
    const close = tokenAt(tokens, s.end);
    const found = attributionInSentence(reads[s.paragraph]!, s.paragraph, open, close, language);
    if (found) return found;
    if (span.segments.length === 1) break;
  }
  return null;
}

/**
 * In Japanese and Chinese, a paragraph that is only a quotation is attributed by the paragraph
 * after it, which names the speaker first (see cjk.ts).
 */
function leadAttribution(span: QuoteSpan, reads: readonly ReadParagraph[], texts: readonly string[], language: string) {
  if (language !== 'ja' && language !== 'zh') return null;
  const [only] = span.segments;
  if (span.segments.length !== 1 || only!.start > 1 || only!.end < texts[only!.paragraph]!.trimEnd().length - 1)
    return null;
  const next = reads[only!.paragraph + 1];
  return next ? cjkLeadSpeaker(next, only!.paragraph + 1) : null;
}

/** Whether a speech verb stands in the sentence of the quotation's first or last part. */
function speechVerbAround(span: QuoteSpan, reads: readonly ReadParagraph[], language: string): boolean {
  return [span.segments[0]!, span.segments.at(-1)!].some((s) => {
    const tokens = reads[s.paragraph]!.tokens;
    return hasSpeechVerb(reads[s.paragraph]!, tokenAt(tokens, s.start - 1), tokenAt(tokens, s.end), language);
  });
}

interface Working {
  span: QuoteSpan;
  speaker: Speaker | null;
  basis: Basis | null;
  /** Whether its own sentence attributes it, to someone the extractor could tell or not: then it continues no one. */
  framed: boolean;
  /** Whether the speaker came from the quotation's own sentence. */
  own: boolean;
  /** For a paragraph that is only a quotation, the speaker of the reported speech that closes the paragraph before. */
  reported: Speaker | null;
}

/**
 * A quotation that is a whole paragraph after a paragraph of reported speech ("The minister also
 * admitted that ..."): that speech's speaker, a person, when that paragraph names no one else
 * after them. The quotation runs on from what they were reported to say.
 */
function reportedSpeaker(
  span: QuoteSpan,
  texts: readonly string[],
  ctx: SpeakerContext,
  recent: readonly RecentSpeaker[],
): Speaker | null {
  const first = span.segments[0]!;
  const last = span.segments.at(-1)!;
  const p = first.paragraph - 1;
  if (p < 0 || first.start > 1 || texts[last.paragraph]!.trimEnd().length - last.end > 2) return null;
  const attribution = reportedAttribution(ctx.reads[p]!, p, ctx.language);
  const resolved = attribution ? resolveSpeaker(attribution, ctx, recent) : null;
  if (!attribution || !resolved || !isPerson(resolved.speaker, ctx)) return null;
  const name = nameOf(resolved.speaker, attribution, ctx);
  const other = ctx.runs.some(
    (r) =>
      r.paragraph === p &&
      r.from > attribution.to &&
      ctx.fullName(r.name, r.titled) !== name &&
      ctx.facts.isPerson(ctx.fullName(r.name, r.titled)),
  );
  return other ? null : resolved.speaker;
}

/**
 * The speaker of a quotation with no attribution of its own: that of the quotation before it in
 * the same paragraph, or that of the last quotation of the paragraph before when this paragraph
 * opens with the quotation (one speaker's words run on); else of the quotation after it in the
 * same paragraph ("First," ... "second," she said).
 */
function continued(i: number, all: readonly Working[], texts: readonly string[], ctx: SpeakerContext): Speaker | null {
  const here = all[i]!.span.segments[0]!;
  const previous = all[i - 1];
  if (all[i]!.framed) return null;
  if (all[i]!.reported) return all[i]!.reported;
  if (previous?.speaker) {
    const end = previous.span.segments.at(-1)!;
    // In the same paragraph, when nothing between the two names anyone else; not counting the
    // sentence that attributed the one before, whose other names describe its speaker ("...,"
    // says Jan Kos, the head of Acme. "...").
    if (end.paragraph === here.paragraph) {
      const { tokens } = ctx.reads[here.paragraph]!;
      const attributing = previous.own ? tokens[tokenAt(tokens, end.end)]?.sentence : undefined;
      const between = tokens.filter(
        (t) => t.quote < 0 && t.start >= end.end && t.end <= here.start && t.sentence !== attributing,
      );
      const speakerName = previous.speaker.kind === 'name' ? previous.speaker.name : undefined;
      const other = ctx.runs.some(
        (r) =>
          r.paragraph === here.paragraph &&
          between.includes(tokens[r.from]!) &&
          ctx.fullName(r.name, r.titled) !== speakerName &&
          ctx.facts.isPerson(ctx.fullName(r.name, r.titled)),
      );
      return other ? null : previous.speaker;
    }
    // The next paragraph continues the speaker only when it names no one else outside the quotation.
    const opensParagraph = here.start <= 1;
    const { tokens } = ctx.reads[here.paragraph]!;
    const namesSomeone =
      tokens.some((t) => t.quote < 0 && PERSON_PRONOUNS.has(t.text.toLowerCase())) ||
      ctx.runs.some((r) => r.paragraph === here.paragraph && tokens[r.from]!.quote < 0);
    if (opensParagraph && !namesSomeone && here.paragraph - end.paragraph === 1) return previous.speaker;
  }
  const next = all[i + 1];
  if (next?.own && next.speaker && next.span.segments[0]!.paragraph === here.paragraph) {
    const between = texts[here.paragraph]!.slice(
      all[i]!.span.segments.at(-1)!.end + 1,
      next.span.segments[0]!.start - 1,
    );
    if (!/[.?!]\s*$/.test(between.trim()) || between.trim().length < 3) return next.speaker;
  }
  return null;
}

/** Whether a speaker is a person: registered, or a name the article shows to be a person's. */
const isPerson = (speaker: Speaker, ctx: SpeakerContext) =>
  speaker.kind === 'person' || (speaker.kind === 'name' && ctx.facts.isPerson(speaker.name));

/** The name a resolved speaker goes by in the article, for reading pronouns that refer back to them. */
function nameOf(speaker: Speaker, attribution: Attribution, ctx: SpeakerContext): string {
  if (speaker.kind === 'name') return speaker.name;
  if (speaker.kind === 'source') return speaker.description;
  const run = headName(attribution, ctx);
  return run ? ctx.fullName(run.name, run.titled) : speaker.id;
}

export function extractQuotes(paragraphs: readonly Paragraph[], options: ExtractOptions): ExtractedQuote[] {
  const language = baseLanguage(options.language);
  const texts = paragraphs.map((p) => p.text);
  const spans = quoteSpans(paragraphs);
  const reads = readParagraphs(texts, spans);
  const runs = nameRuns(reads, language);
  const verbs = speechVerbs(language);
  const fullName = fullNames(nominativeRuns(reads, runs, language, (word) => verbs.single.has(word)));
  const facts = personFacts(reads, runs, fullName);
  const partial = { reads, runs, fullName, facts, findMentions: options.findMentions, language };
  const ctx: SpeakerContext = { ...partial, subjects: subjectsOf(partial) };

  const recent: RecentSpeaker[] = [];
  const working: Working[] = [];
  for (const span of spans) {
    const attribution = ownAttribution(span, reads, language) ?? leadAttribution(span, reads, texts, language);
    let resolved = attribution ? resolveSpeaker(attribution, ctx, recent) : null;
    if (attribution?.naming && !(resolved?.basis === 'name' && isPerson(resolved.speaker, ctx))) resolved = null;
    if (isNonSpeech(span, paragraphs, resolved !== null)) continue;
    if (attribution && resolved) {
      const { speaker } = resolved;
      recent.push({ at: [attribution.paragraph, attribution.from], speaker, name: nameOf(speaker, attribution, ctx) });
    }
    working.push({
      span,
      speaker: resolved?.speaker ?? null,
      basis: resolved?.basis ?? null,
      own: resolved !== null,
      framed: attribution !== null || speechVerbAround(span, reads, language),
      reported: attribution ? null : reportedSpeaker(span, texts, ctx, recent),
    });
  }
  working.forEach((w, i) => {
    if (w.speaker) return;
    w.speaker = continued(i, working, texts, ctx);
    if (w.speaker) w.basis = 'continued';
  });

  return working
    .filter((w) => w.speaker !== null || !isShort(w.span.text))
    .map(({ span, speaker, basis }) => ({
      text: span.text.replace(/,$/, ''),
      paragraphs: [...new Set(span.segments.map((s) => paragraphs[s.paragraph]!.id))],
      start: span.segments[0]!.start,
      segments: span.segments.map((s) => ({ paragraph: paragraphs[s.paragraph]!.id, start: s.start, end: s.end })),
      speaker,
      basis,
    }));
}

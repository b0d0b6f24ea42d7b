/**
 * Scores quotations found in an article against hand-written labels (tests/fixtures/quotes-corpus/):
 * was each quotation found, and was it given the right speaker. A found quotation and a label are
 * the same quotation when they overlap in the same paragraph by at least half of their joined
 * extent, so a trailing comma or a different treatment of an editor's insertion does not count as
 * a miss.
 */

/** A labelled speaker, as tests/fixtures/quotes-corpus/README.md defines it. */
export type LabelledSpeaker = { kind: 'person' | 'organization' | 'unnamed'; name: string } | { kind: 'unknown' };

export interface LabelledQuotation {
  /** The paragraph, counted from 1. */
  paragraph: number;
  text: string;
  speaker: LabelledSpeaker;
}

/** A quotation as the extractor found it: a part in one paragraph, and the speaker it gave. */
export interface FoundQuotation {
  /** The paragraph, counted from 1. */
  paragraph: number;
  start: number;
  end: number;
  /** The speaker as a reader would see it named, or null when the extractor abstained. */
  speaker: { kind: 'person' | 'source'; name: string } | null;
  /** How the extractor found the speaker (a name, a pronoun, a continued quotation, ...). */
  basis?: string | null;
}

export interface ArticleScore {
  labels: number;
  found: number;
  /** Labels matched by a found quotation. */
  matched: number;
  /** Labels whose speaker is known (not `unknown`). */
  labelledSpeakers: number;
  /** Found quotations given a speaker. */
  speakersGiven: number;
  /** Matched quotations given the labelled speaker (an abstention on an `unknown` label is not counted). */
  rightSpeakers: number;
  /** Speakers given that name someone other than the speaker (a spurious quotation's speaker included). */
  wrongSpeakers: number;
  /** Speakers given and right, by how they were found. */
  byBasis: Record<string, { given: number; right: number }>;
  /** Each error, for reading: what was expected and what came out. */
  errors: string[];
}

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'for', 'to', 'at', 'on', 's']);

/**
 * Whether a found speaker names the labelled one: the same person (a name whose words are all in
 * the label's full name and include its last word, or for a name written without spaces the same
 * characters), the same body, or for an unnamed source any unnamed source that shares a word of
 * its description.
 */
export function sameSpeaker(found: NonNullable<FoundQuotation['speaker']>, label: LabelledSpeaker): boolean {
  if (label.kind === 'unknown') return false;
  // A generational suffix is part of the name but not its last word: "Patrick Carlineo Jr." is Carlineo.
  const suffix = /^(jr|sr|ii|iii|iv)$/;
  const expected = words(label.name).filter((w) => !suffix.test(w));
  const given = words(found.name).filter((w) => !suffix.test(w));
  if (given.length === 0 || expected.length === 0) return false;
  if (label.kind === 'person') {
    if (!/\s/.test(label.name.trim())) return found.name.includes(label.name) || label.name.includes(found.name);
    return given.every((w) => expected.includes(w)) && given.includes(expected.at(-1)!);
  }
  const content = (ws: string[]) => ws.filter((w) => !STOP.has(w));
  if (label.kind === 'organization') {
    const e = content(expected);
    return content(given).some((w) => e.includes(w));
  }
  return found.kind === 'source' && content(given).some((w) => content(expected).includes(w));
}

/** Offsets of a label's text in its paragraph: its first occurrence. */
function labelRange(paragraphs: readonly string[], label: LabelledQuotation): [number, number] {
  const text = paragraphs[label.paragraph - 1] ?? '';
  const start = text.indexOf(label.text);
  if (start < 0) throw new Error(`Label not found in paragraph ${label.paragraph}: ${label.text}`);
  return [start, start + label.text.length];
}

function overlap(a: [number, number], b: [number, number]): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  const union = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
  return union > 0 ? inter / union : 0;
}

const show = (s: FoundQuotation['speaker']) => (s === null ? 'no speaker' : `${s.kind} "${s.name}"`);
const showLabel = (s: LabelledSpeaker) => (s.kind === 'unknown' ? 'unknown' : `${s.kind} "${s.name}"`);

/** Scores one article: `paragraphs` are its texts in order, as the labels count them. */
export function scoreArticle(
  paragraphs: readonly string[],
  labels: readonly LabelledQuotation[],
  found: readonly FoundQuotation[],
): ArticleScore {
  const score: ArticleScore = {
    labels: labels.length,
    found: found.length,
    matched: 0,
    labelledSpeakers: labels.filter((l) => l.speaker.kind !== 'unknown').length,
    speakersGiven: found.filter((f) => f.speaker !== null).length,
    rightSpeakers: 0,
    wrongSpeakers: 0,
    byBasis: {},
    errors: [],
  };
  const tally = (f: FoundQuotation, right: boolean) => {
    const entry = (score.byBasis[f.basis ?? 'unknown'] ??= { given: 0, right: 0 });
    entry.given++;
    if (right) entry.right++;
  };
  const used = new Set<number>();
  for (const label of labels) {
    const range = labelRange(paragraphs, label);
    let best = -1;
    let bestOverlap = 0.5;
    found.forEach((f, i) => {
      if (used.has(i) || f.paragraph !== label.paragraph) return;
      const o = overlap(range, [f.start, f.end]);
      if (o >= bestOverlap) [best, bestOverlap] = [i, o];
    });
    const excerpt = `¶${label.paragraph} "${label.text.slice(0, 60)}"`;
    if (best < 0) {
      score.errors.push(`missed ${excerpt} (${showLabel(label.speaker)})`);
      continue;
    }
    used.add(best);
    score.matched++;
    const given = found[best]!.speaker;
    if (given === null) {
      if (label.speaker.kind !== 'unknown') score.errors.push(`no speaker for ${excerpt}: ${showLabel(label.speaker)}`);
    } else if (sameSpeaker(given, label.speaker)) {
      score.rightSpeakers++;
      tally(found[best]!, true);
    } else {
      score.wrongSpeakers++;
      tally(found[best]!, false);
      score.errors.push(`wrong speaker for ${excerpt}: ${show(given)}, labelled ${showLabel(label.speaker)}`);
    }
  }
  found.forEach((f, i) => {
    if (used.has(i)) return;
    const text = paragraphs[f.paragraph - 1]?.slice(f.start, f.end) ?? '';
    if (f.speaker !== null) {
      score.wrongSpeakers++;
      tally(f, false);
    }
    score.errors.push(`not a labelled quotation: ¶${f.paragraph} "${text.slice(0, 60)}" (${show(f.speaker)})`);
  });
  return score;
}

/** Sums article scores. */
export function totalScore(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = {
    labels: 0,
    found: 0,
    matched: 0,
    labelledSpeakers: 0,
    speakersGiven: 0,
    rightSpeakers: 0,
    wrongSpeakers: 0,
    byBasis: {},
    errors: [],
  };
  for (const s of scores) {
    for (const [basis, { given, right }] of Object.entries(s.byBasis)) {
      const entry = (total.byBasis[basis] ??= { given: 0, right: 0 });
      entry.given += given;
      entry.right += right;
    }
    for (const key of [
      'labels',
      'found',
      'matched',
      'labelledSpeakers',
      'speakersGiven',
      'rightSpeakers',
      'wrongSpeakers',
    ] as const) {
      total[key] += s[key];
    }
  }
  return total;
}

/** The figures a reader of the evaluation wants, from a score. */
export function rates(s: ArticleScore) {
  const ratio = (a: number, b: number, none = 1) => (b === 0 ? none : a / b);
  return {
    /** Found quotations that are labelled quotations. */
    quotePrecision: ratio(s.matched, s.found),
    /** Labelled quotations found. */
    quoteRecall: ratio(s.matched, s.labels),
    /** Speakers given that are right. */
    speakerPrecision: ratio(s.rightSpeakers, s.speakersGiven),
    /** Labelled speakers found on their quotation. */
    speakerRecall: ratio(s.rightSpeakers, s.labelledSpeakers),
    /** Speakers given that name someone else. */
    wrongRate: ratio(s.wrongSpeakers, s.speakersGiven, 0),
  };
}

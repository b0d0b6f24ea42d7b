/** A paragraph of an article: its id (`p-12`) and its text. */
export interface Paragraph {
  id: string;
  text: string;
}

/** Part of a quotation within one paragraph: offsets of the quoted words, marks excluded. */
interface Segment {
  paragraph: number;
  start: number;
  end: number;
}

/** A quotation, possibly running over several paragraphs. */
export interface QuoteSpan {
  segments: Segment[];
  /** The quoted words, paragraphs joined by a space. */
  text: string;
}

/**
 * The marks that open a quotation in the languages the archive holds, each with the marks that
 * may close it: “…” and ‘…’ (English), „…“ and ‚…‘ (German, Czech), «…» (French, Russian,
 * Spanish), »…« (German, Czech), ‹…› and ›…‹, 「…」 and 『…』 (Japanese, Chinese), and straight marks.
 */
const CLOSERS: Record<string, readonly string[]> = {
  '“': ['”', '“'],
  '„': ['“', '”'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '›': ['‹'],
  '「': ['」'],
  '『': ['』'],
  '"': ['"', '”'],
  '‘': ['’', '‘'],
  '‚': ['‘', '’'],
  "'": ["'", '’'],
};
const SINGLE = new Set(['‘', '‚', "'", '’', '‹', '›']);
const LETTER = /[\p{L}\p{N}]/u;
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/:;,]/u;

/** Whether a mark at `i` can open a quotation: no letter right before it, something quoted right after. */
function canOpen(text: string, i: number): boolean {
  const c = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1] ?? '';
  if (after === '' || /\s/.test(after)) return c === '«' || c === '»' || c === '„' || c === '「' || c === '『';
  if (c === '"' || c === "'" || c === '‘' || c === '’') {
    if (before !== undefined && !SPACE_BEFORE.test(before) && !CLOSERS[before]) return false;
    // An apostrophe standing for left-out digits: the '90s, ’08.
    if (c !== '"' && /^\d{2}s?\b/.test(text.slice(i + 1))) return false;
  }
  return c !== '’';
}

/** Whether a mark at `i` can close a quotation opened by `open`: no letter right after it (an apostrophe has one). */
function canClose(text: string, i: number, open: string): boolean {
  const c = text[i]!;
  if (!CLOSERS[open]!.includes(c)) return false;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (SINGLE.has(c) && LETTER.test(before) && LETTER.test(after)) return false;
  if ((c === '"' || c === "'") && /\s/.test(before)) return false;
  // In scripts written without spaces the text runs on right after a closing mark (“双减”政策).
  return !LETTER.test(after) || UNSPACED_LETTER.test(after) || c === '»' || c === '«' || c === '」' || c === '』';
}

interface Scan {
  /** Closed quotations of the paragraph: [open mark offset, close mark offset]. */
  closed: [number, number][];
  /** The outermost quotation still open at the paragraph's end: its mark and offset. */
  open: { mark: string; at: number } | null;
}

/**
 * The outermost quotations of one paragraph. Marks inside a quotation belong to it (a quotation
 * within a quotation is part of the outer one). `ignore` lists offsets of marks that turned out
 * to be apostrophes.
 */
function scanParagraph(text: string, ignore: ReadonlySet<number>): Scan {
  const closed: [number, number][] = [];
  const stack: { mark: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!(c in CLOSERS) && c !== '”' && c !== '»' && c !== '“' && c !== '’' && c !== '‘' && c !== '」' && c !== '』')
      continue;
    if (ignore.has(i)) continue;
    const top = stack.at(-1);
    if (top && canClose(text, i, top.mark)) {
      stack.pop();
      if (stack.length === 0) closed.push([top.at, i]);
      continue;
    }
    if (c in CLOSERS && canOpen(text, i)) {
      // Inside a quotation only the other kind of mark opens one (a quotation within it).
      if (top && (SINGLE.has(c) === SINGLE.has(top.mark) || c === top.mark)) continue;
      stack.push({ mark: c, at: i });
    }
  }
  return { closed, open: stack[0] ?? null };
}

/**
 * Every passage in quotation marks, in any of the marks above. A quotation that runs over several
 * paragraphs has an opening mark on each and a closing mark only at its end, as newspapers print
 * it; a double mark left open at the end of a paragraph that the next does not continue is closed
 * there, while a single mark left open was an apostrophe (“the players’ union”), not a quotation.
 */
export function quoteSpans(paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: Segment[] | null = null;
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    const ignore = new Set<number>();
    let scan = scanParagraph(text, ignore);
    while (scan.open && SINGLE.has(scan.open.mark)) {
      ignore.add(scan.open.at);
      scan = scanParagraph(text, ignore);
    }
    const found: { start: number; end: number; open: boolean }[] = scan.closed.map(([open, close]) => ({
      start: open + 1,
      end: close,
      open: false,
    }));
    if (scan.open) found.push({ start: scan.open.at + 1, end: text.length, open: true });
    found.forEach((quote, i) => {
      const segment = { paragraph: p, start: quote.start, end: quote.end };
      // A paragraph that opens with a mark continues the quotation the last one left open.
      let segments = [segment];
      if (carried && i === 0 && quote.start === 1) segments = [...carried, segment];
      else if (carried) spans.push(toSpan(carried, paragraphs));
      carried = null;
      if (quote.open) carried = segments;
      else spans.push(toSpan(segments, paragraphs));
    });
    if (found.length === 0 && carried) {
      spans.push(toSpan(carried, paragraphs));
      carried = null;
    }
  });
  if (carried) spans.push(toSpan(carried, paragraphs));
  return spans;
}

function toSpan(segments: Segment[], paragraphs: readonly Paragraph[]): QuoteSpan {
  return {
    segments,
    text: segments
      .map((s) => paragraphs[s.paragraph]!.text.slice(s.start, s.end).trim())
      .join(' ')
      .replace(/\s+/g, ' '),
  };
}

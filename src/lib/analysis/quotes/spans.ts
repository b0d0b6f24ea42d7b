/** A paragraph of an article: its id (`p-12`) and its text. */
export interface Paragraph {
  id: string;
  text: string;
}

/** Part of a quotation within one paragraph: offsets of the quoted words, marks excluded. */
export interface Segment {
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

const OPENING = new Set(['"', '“']);
const CLOSING = new Set(['"', '”']);

/**
 * Every passage in quotation marks, straight or curly. A quotation that runs over several
 * paragraphs has an opening mark on each and a closing mark only at its end, as newspapers print
 * it; a mark left open at the end of a paragraph that the next does not continue is closed there.
 */
export function quoteSpans(paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let current: Segment[] | null = null;
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    let open: number | null = null;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (open === null && OPENING.has(c)) {
        // A curly closing mark never opens; a straight one opens only before a word.
        if (c === '"' && !/[\p{L}\p{N}[(‘'.…-]/u.test(text[i + 1] ?? '')) continue;
        if (current && i === 0) {
          // The continuation of a quotation from the previous paragraph.
        } else {
          current = [];
        }
        open = i + 1;
      } else if (open !== null && CLOSING.has(c)) {
        current!.push({ paragraph: p, start: open, end: i });
        spans.push(toSpan(current!, paragraphs));
        current = null;
        open = null;
      }
    }
    if (open !== null) {
      current!.push({ paragraph: p, start: open, end: text.length });
      const next = paragraphs[p + 1]?.text ?? '';
      if (!OPENING.has(next[0] ?? '')) {
        spans.push(toSpan(current!, paragraphs));
        current = null;
      }
    }
  });
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

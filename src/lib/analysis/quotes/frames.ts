/**
 * A paragraph read for attribution: its tokens, with the words inside quotation marks masked so
 * that a quotation's own full stops never end the sentence that attributes it, and each token
 * marked with the quotation it belongs to.
 */
import { tokenize, type Token } from '../nlp';
import type { QuoteSpan } from './spans';

export interface FrameToken extends Token {
  /** Index (into the article's spans) of the quotation the token is part of, marks included; -1 outside. */
  quote: number;
}

export interface ReadParagraph {
  text: string;
  tokens: FrameToken[];
}

/** The text with every character inside quotation marks but spaces replaced by "x". */
function masked(text: string, ranges: readonly [number, number][]): string {
  const chars = [...text];
  // Offsets are in UTF-16 units; rebuild by code unit to keep them.
  let out = '';
  let unit = 0;
  for (const ch of chars) {
    const inside = ranges.some(([s, e]) => unit >= s && unit < e);
    out += inside && !/\s/u.test(ch) ? 'x'.repeat(ch.length) : ch;
    unit += ch.length;
  }
  return out;
}

/** Reads each paragraph once: tokens of the masked text, each knowing its quotation. */
export function readParagraphs(texts: readonly string[], spans: readonly QuoteSpan[]): ReadParagraph[] {
  return texts.map((text, p) => {
    const ranges: { span: number; start: number; end: number }[] = [];
    spans.forEach((span, i) => {
      for (const s of span.segments) if (s.paragraph === p) ranges.push({ span: i, start: s.start, end: s.end });
    });
    const tokens = tokenize(
      masked(
        text,
        ranges.map((r) => [r.start, r.end]),
      ),
    ).map((t) => {
      // The marks around the quoted words belong to the quotation too.
      const range = ranges.find((r) => t.start >= r.start - 1 && t.end <= r.end + 1 && t.end > r.start - 1);
      return { ...t, text: text.slice(t.start, t.end), quote: range ? range.span : -1 };
    });
    return { text, tokens };
  });
}

/** Index of the first token at or after offset `at`, or of the last token. */
export function tokenAt(tokens: readonly FrameToken[], at: number): number {
  const i = tokens.findIndex((t) => t.end > at);
  return i < 0 ? tokens.length - 1 : i;
}

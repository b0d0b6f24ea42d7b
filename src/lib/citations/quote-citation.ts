/** The paragraph numbers a selection spans, as a pinpoint: "¶ 12" or "¶¶ 12–13". */
export function pinpoint(first: number, last: number): string {
  return first === last ? `¶ ${first}` : `¶¶ ${first}–${last}`;
}

/**
 * A text fragment (`#:~:text=`) that makes a browser scroll to and mark the quote: the whole quote
 * when it is short, otherwise its first and last few words (text fragments cannot span blocks, so
 * a quote over several paragraphs is matched by its first paragraph's part).
 */
export function textFragment(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  if (words.length <= 8) return `:~:text=${enc(words.join(' '))}`;
  return `:~:text=${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
}

/**
 * What "Copy quote with citation" puts on the clipboard: the quote in quotation marks, the short
 * citation with its paragraph number, and a link to the paragraph that opens on the quote.
 */
export function quoteWithCitation(input: {
  quote: string;
  citation: string;
  permalink: string;
  first: number;
  last: number;
}): string {
  const quote = input.quote.replace(/\s+/g, ' ').trim();
  const fragment = input.first === input.last ? textFragment(quote) : '';
  return `“${quote}” (${input.citation}, ${pinpoint(input.first, input.last)}) ${input.permalink}#p-${input.first}${fragment}`;
}

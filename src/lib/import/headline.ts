/**
 * The label a headline opens with, as in "Exclusive: Russia, Reeling ..." -> "Exclusive": a
 * capitalised word or three before a colon. Undefined when the text before the colon is longer,
 * since then the colon is part of the headline's sentence ("Putin says Syria: ...").
 */
export function kickerOf(headline: string): string | undefined {
  const label = /^(\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,2}):\s+\S/u.exec(headline)?.[1];
  return label && label.length <= 30 ? label : undefined;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
/** The words of a text, lower case; Chinese and Japanese are cut by the segmenter's dictionary. */
const wordsOf = (text: string) =>
  [...segmenter.segment(text.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
/** Letters and digits only, lower case: "“Burned” - Up" and '"Burned" Up' are the same. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The headline as the page prints it, given the metadata's (site name already removed) and the
 * page's <h1> texts, in document order. A heading counts only when most of its words are the
 * metadata's, so a logo or section name in an <h1> never replaces the headline. Then:
 * - metadata that adds a tail to the printed heading ("Wi-Fi app (CNET Japan)", "Vote | News")
 *   gives the heading;
 * - a heading that adds an overline before the metadata's ("Deutschlandtakt: Flixbus attackiert
 *   Deutsche Bahn") gives the metadata's, since the archive's headline leaves the overline out;
 * - a heading worded differently from the metadata's (a title written for search engines) gives
 *   the heading, as printed.
 * A heading the page itself marks as the article's headline (`<h1 itemprop="headline">`, given as
 * `marked`) counts whatever its words: the metadata's may be a headline written for social media.
 * Undefined when no heading is the article's, or it is the metadata's.
 */
export function printedHeadline(metadata: string, headings: readonly string[], marked?: string): string | undefined {
  const meta = bare(metadata);
  const metaWords = new Set(wordsOf(metadata));
  const markedHeading = marked && marked.length <= 300 && wordsOf(marked).length > 0 ? marked : undefined;
  const heading =
    markedHeading ??
    headings.find((h) => {
      const words = wordsOf(h);
      const shared = words.filter((w) => metaWords.has(w)).length;
      return words.length > 0 && h.length <= 300 && shared / words.length >= 0.6 && shared / metaWords.size >= 0.5;
    });
  if (!heading) return undefined;
  const printed = bare(heading);
  if (printed === meta || printed.endsWith(meta)) return undefined;
  return heading;
}

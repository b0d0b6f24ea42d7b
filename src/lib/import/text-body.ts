/**
 * The repairs a plain-text capture needs before its paragraphs read as the article did: lines the
 * copy split mid-sentence are joined again, and section headings (plain lines in the copy) are
 * marked. Each repair reports what it did, for the entry's editorial notes.
 */

const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)]*)\)/g;

/** The block's text with Markdown links shown as their words, as a reader sees it. */
export function visibleText(block: string): string {
  return block.replace(MARKDOWN_LINK, '$1').replace(/\*\*|__/g, '');
}

/** True when a block ends a sentence: final punctuation, perhaps inside quotes or brackets. */
function endsSentence(block: string): boolean {
  return /[.!?…:;]$/.test(visibleText(block).replace(/["”’')\]]+$/, ''));
}

const startsLowercase = (block: string) => /^\p{Ll}/u.test(visibleText(block));

/**
 * Joins a paragraph the capture cut mid-sentence to the next one: the first ends without
 * punctuation and the second begins in lower case ("... Syrian military bases" + "with Assad
 * gone, ..."). Returns the joined blocks and the last three words before each cut.
 */
export function rejoinCutParagraphs(blocks: readonly string[]): { blocks: string[]; cutAfter: string[] } {
  const out: string[] = [];
  const cutAfter: string[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous !== undefined && !endsSentence(previous) && startsLowercase(block)) {
      cutAfter.push(visibleText(previous).split(/\s+/).slice(-3).join(' '));
      out[out.length - 1] = `${previous} ${block}`;
    } else {
      out.push(block);
    }
  }
  return { blocks: out, cutAfter };
}

/**
 * A section heading in a text capture: a short line (at most ten words) with no closing
 * punctuation, followed by a paragraph that starts a sentence. `'In half a day'` and
 * `No longer 'terrorists'` qualify; a quotation ending in `."` does not.
 */
function isHeadingBlock(block: string, next: string | undefined): boolean {
  if (next === undefined || /^(#|[-*+] |\d+\. |>)/.test(block)) return false;
  const words = visibleText(block).split(/\s+/);
  return words.length <= 10 && block.length <= 80 && !endsSentence(block) && !startsLowercase(next);
}

/** Marks headings with "## " and returns their text as captured, for the editorial note. */
export function markHeadings(blocks: readonly string[]): { blocks: string[]; headings: string[] } {
  const headings: string[] = [];
  const marked = blocks.map((block, i) => {
    if (!isHeadingBlock(block, blocks[i + 1])) return block;
    headings.push(block);
    return `## ${block}`;
  });
  return { blocks: marked, headings };
}

/** The words of each link whose address is a placeholder ("#" or empty), in order. */
export function placeholderLinkTexts(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) =>
    [...block.matchAll(MARKDOWN_LINK)]
      .filter((m) => (m[2] ?? '').trim() === '' || m[2]?.trim() === '#')
      .map((m) => m[1] ?? ''),
  );
}

/** The first sentence of the lead paragraph, as a starting point for the editor's summary. */
export function firstSentence(block: string): string {
  const text = visibleText(block);
  const match = /^.*?[.!?]["”’]?(?=\s+["“‘]?\p{Lu}|$)/u.exec(text);
  const sentence = (match?.[0] ?? text).trim();
  return sentence.length <= 400 ? sentence : `${sentence.slice(0, 396).replace(/\s+\S*$/, '')} ...`;
}

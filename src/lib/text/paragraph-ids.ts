/**
 * How an article's numbered paragraphs are marked in its HTML, in one module with no imports, so
 * the Markdown plugin that numbers them, the code that reads them back and the article page's
 * browser script all read them one way.
 */

/** The id of paragraph `n` of an article: `p-12`. */
export const paragraphId = (n: number) => `p-${n}`;

/**
 * The number of the paragraph an id names, or `undefined` for any other id.
 *
 * @example
 * paragraphNumberOf('p-12'); // 12
 * paragraphNumberOf('future-chaos'); // undefined
 * paragraphNumberOf('p-007'); // undefined: not an id paragraphId gives
 * paragraphNumberOf('p-8-patrols'); // undefined: a heading's id, from its text "P-8 patrols"
 */
export function paragraphNumberOf(id: unknown): number | undefined {
  const n = typeof id === 'string' && /^p-[1-9]\d*$/.test(id) ? Number(id.slice(2)) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * How a page names a paragraph to its reader, from the paragraph's id.
 *
 * @example
 * paragraphSign('p-12'); // '¶ 12'
 */
export const paragraphSign = (id: string) => `¶ ${paragraphNumberOf(id) ?? id}`;

/**
 * A CSS selector for the numbered paragraphs of a rendered article. It also matches any other
 * paragraph id that begins with `p-`, which `paragraphNumberOf` then refuses.
 */
export const NUMBERED_PARAGRAPHS = 'p[id^="p-"]';

/** The class of the paragraph number shown in front of each paragraph, a link to it. */
export const PARAGRAPH_NUMBER = 'para-num';

import type { Element, ElementContent } from 'hast';
import { PARAGRAPH_NUMBER, paragraphNumberOf } from './paragraph-ids';

/**
 * Whether a node is the paragraph number `addParagraphNumbers` put in front of a paragraph: what
 * the paragraph's own text leaves out.
 *
 * @example
 * paragraph.children.filter((c) => !isParagraphNumber(c)); // the paragraph without its number
 */
export const isParagraphNumber = (node: ElementContent): boolean =>
  node.type === 'element' && ([node.properties.className].flat() as unknown[]).includes(PARAGRAPH_NUMBER);

/**
 * Shows each numbered paragraph's number (`<p id="p-12">`, numbered by
 * src/markdown/rehype-paragraph-numbers.ts) as its first child: a link to the paragraph itself,
 * for pinpoint citation ("¶ 12"), kept out of the search index. It is added as the page is made,
 * not stored with the rendered text: the links made up a large part of Astro's content store,
 * which every build writes, bundles and compiles whole (docs/performance.md).
 *
 * @example
 *   In:  <p id="p-1">First.</p>
 *   Out: <p id="p-1"><a class="para-num" href="#p-1" aria-label="Paragraph 1" data-pagefind-ignore>1</a>First.</p>
 */
export function addParagraphNumbers(paragraphs: readonly Element[]): void {
  for (const paragraph of paragraphs) {
    const id = String(paragraph.properties.id);
    const n = paragraphNumberOf(id);
    if (n === undefined) continue;
    paragraph.children.unshift({
      type: 'element',
      tagName: 'a',
      properties: {
        className: [PARAGRAPH_NUMBER],
        href: `#${id}`,
        ariaLabel: `Paragraph ${n}`,
        dataPagefindIgnore: '',
      },
      children: [{ type: 'text', value: String(n) }],
    });
  }
}

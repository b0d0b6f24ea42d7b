import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { paragraphId } from '../lib/text/paragraph-ids';

/** A paragraph of the text itself: at the top level or inside a block quote, not in a list or table. */
function isTextParagraph(node: Element, parent: Root | Element): boolean {
  return (
    node.tagName === 'p' && (parent.type === 'root' || (parent.type === 'element' && parent.tagName === 'blockquote'))
  );
}

/**
 * Numbers the article's paragraphs for pinpoint citation ("¶ 12"): each gets the id `p-<n>`.
 * The numbers follow the order of the text, so they are fixed for as long as the snapshot's
 * source is (the lock file sees to that). The number a reader sees, a link to the paragraph, is
 * added when the page is made (src/lib/text/paragraph-numbers.ts), which keeps it out of Astro's
 * content store. Runs after rehype-sanitize, which would rename ids.
 *
 * @example
 *   In:  <h2 id="future-chaos">Future chaos</h2><p>First.</p><p>Second.</p>
 *   Out: <h2 id="future-chaos">Future chaos</h2><p id="p-1">First.</p><p id="p-2">Second.</p>
 */
export default function rehypeParagraphNumbers(
  // The digest of the Markdown code (src/markdown/pipeline.ts): not used here, but seen by Astro.
  _options: { code?: string } = {},
) {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') taken.add(node.properties.id);
    });
    let n = 0;
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (!parent || !isTextParagraph(node, parent as Root | Element)) return;
      n += 1;
      const id = paragraphId(n);
      if (taken.has(id)) throw new Error(`paragraph ${n}: the id "${id}" is already used by another element`);
      node.properties.id = id;
    });
  };
}

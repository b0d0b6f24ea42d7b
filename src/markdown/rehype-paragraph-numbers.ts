import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The id of paragraph `n` of an article: `p-12`. */
export const paragraphId = (n: number) => `p-${n}`;

/** A paragraph of the text itself: at the top level or inside a block quote, not in a list or table. */
function isTextParagraph(node: Element, parent: Root | Element): boolean {
  return (
    node.tagName === 'p' && (parent.type === 'root' || (parent.type === 'element' && parent.tagName === 'blockquote'))
  );
}

/**
 * Numbers the article's paragraphs for pinpoint citation ("¶ 12"): each gets the id `p-<n>` and,
 * as its first child, a link to itself showing the number. The numbers follow the order of the
 * text, so they are fixed for as long as the snapshot's source is (the lock file sees to that).
 * The number is kept out of the search index. Runs after rehype-sanitize, which would rename ids.
 *
 * @example
 *   In:  <h2 id="future-chaos">Future chaos</h2><p>First.</p><p>Second.</p>
 *   Out: <h2 id="future-chaos">Future chaos</h2>
 *        <p id="p-1"><a class="para-num" href="#p-1" aria-label="Paragraph 1" data-pagefind-ignore>1</a>First.</p>
 *        <p id="p-2"><a class="para-num" href="#p-2" aria-label="Paragraph 2" data-pagefind-ignore>2</a>Second.</p>
 */
export default function rehypeParagraphNumbers() {
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
      node.children.unshift({
        type: 'element',
        tagName: 'a',
        properties: { className: ['para-num'], href: `#${id}`, ariaLabel: `Paragraph ${n}`, dataPagefindIgnore: '' },
        children: [{ type: 'text', value: String(n) }],
      });
    });
  };
}

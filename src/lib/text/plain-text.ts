import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { paragraphNumberOf } from './paragraph-ids';
import { isParagraphNumber } from './paragraph-numbers';

/** An element's text without the paragraph number the archive puts in front of it. */
function textOf(node: Element): string {
  const copy: Element = {
    ...node,
    children: node.children.filter((c) => !isParagraphNumber(c)),
  };
  return toText(copy).replace(/\s+/g, ' ').trim();
}

function blocks(nodes: readonly RootContent[], numbered = true): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const n = numbered ? paragraphNumberOf(node.properties.id) : undefined;
    if (/^h[1-6]$/.test(node.tagName)) out.push(`## ${textOf(node)}`);
    else if (node.tagName === 'p') out.push(n !== undefined ? `¶ ${n}  ${textOf(node)}` : textOf(node));
    else if (node.tagName === 'blockquote') out.push(...blocks(node.children, numbered).map((b) => `> ${b}`));
    else if (node.tagName === 'ul' || node.tagName === 'ol') {
      out.push(
        node.children
          .filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
          .map((li) => `- ${textOf(li)}`)
          .join('\n'),
      );
    } else out.push(textOf(node));
  }
  return out.filter((b) => b.trim() !== '');
}

/**
 * The text blocks of rendered article HTML (or of the page's `.article-body` element): headings as
 * `## Heading`, paragraphs with their numbers (`¶ n`), quotations as `> ...`, lists as `- ...`.
 */
export function plainTextBlocks(rendered: string | Element): string[] {
  const tree: Root | Element = typeof rendered === 'string' ? fromHtml(rendered, { fragment: true }) : rendered;
  return blocks(tree.children);
}

/** A plain text file: the header's lines, then the text's blocks, a blank line between each. */
export function plainTextFile(header: readonly string[], textBlocks: readonly string[]): string {
  return `${header.join('\n')}\n\n${textBlocks.join('\n\n')}\n`;
}

/**
 * The article as plain UTF-8 text, for readers and tools that want no markup: a header with the
 * citation facts, then the text with its headings and paragraph numbers (¶ n), one block per line
 * group, from the same rendered HTML the page shows (or from the page's `.article-body` element).
 */
export function articlePlainText(header: readonly string[], rendered: string | Element): string {
  return plainTextFile(header, plainTextBlocks(rendered));
}

/**
 * The article's text blocks (headings as `## Heading`, paragraphs, quotations as `> ...`, lists),
 * without paragraph numbers: what two snapshots are compared by.
 */
export function articleTextBlocks(renderedHtml: string): string[] {
  return blocks(fromHtml(renderedHtml, { fragment: true }).children, false);
}

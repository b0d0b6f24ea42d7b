import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { clutterKind, holdsLink, isReadingListLabel, isStandfirst, isStoryTeaserHeading } from './page-clutter';
import { squash } from '../text/strings';

/** What a reading list's items are printed as. */
const LIST_ITEMS = new Set(['p', 'ul', 'ol', 'li', 'div']);

interface Options {
  /** The headline, so an <h1> repeating it is not kept as the first line of the body. */
  headline?: string;
  /** The original URL, to make relative links absolute. */
  base?: string;
}

/** Removes the page's furniture (see clutterKind) and the repeated headline; resolves links; drops script: links. */
function pruneHast(options: Options) {
  return (tree: HastRoot) => {
    // Whether a paragraph of text has been kept: a standfirst only stands before the text.
    let textSeen = false;
    visit(tree, (node, index, parent) => {
      if (node.type === 'comment' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type !== 'element' || !parent || index === undefined) return undefined;
      const element = node as Element;
      // Readability turns the page's <h1> into an <h2>; either repeats the headline the entry already has.
      const repeatsHeadline =
        /^h[12]$/.test(element.tagName) && squash(toText(element)) === squash(options.headline ?? '');
      // "A lire aussi :" and the links after it, up to the first block without a link.
      if (isReadingListLabel(element)) {
        let end = index + 1;
        for (; end < parent.children.length; end += 1) {
          const next = parent.children[end]!;
          if (next.type === 'text' && next.value.trim() === '') continue;
          if (next.type !== 'element' || !LIST_ITEMS.has(next.tagName) || !holdsLink(next)) break;
        }
        parent.children.splice(index, end - index);
        return [SKIP, index];
      }
      if (
        repeatsHeadline ||
        clutterKind(element) ||
        (!textSeen && isStandfirst(element)) ||
        isStoryTeaserHeading(element, options.base)
      ) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (element.tagName === 'p' && /\p{L}/u.test(toText(element))) textSeen = true;
      const href = element.properties['href'];
      if (element.tagName === 'a' && typeof href === 'string') {
        if (/^\s*(?:javascript|data|vbscript):/i.test(href)) delete element.properties['href'];
        else if (options.base && URL.canParse(href, options.base) && !href.startsWith('#')) {
          element.properties['href'] = new URL(href, options.base).href;
        }
      }
      return undefined;
    });
  };
}

/** Raw HTML has no place in an entry's Markdown: whatever rehype-remark could not convert is dropped. */
function dropRawHtml() {
  return (tree: MdastRoot) => {
    visit(tree, 'html', (_, index, parent) => {
      if (!parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** The text of a Markdown node, as a reader sees it. */
function mdText(node: MdastNodes): string {
  if ('value' in node && node.type !== 'html') return node.value;
  return 'children' in node ? node.children.map((child) => mdText(child)).join('') : '';
}

const EMPHASIS = new Set(['strong', 'emphasis', 'delete']);
/** Containers that mean nothing once their content has gone. */
const EMPTY_WHEN_CHILDLESS = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow']);

/**
 * Bold or italic that begins or ends with a line break or a space ("<strong>Question?<br></strong>
 * Answer", "<b>AP’s Role: </b>The ...", as interviews and fact boxes are often set) has the break
 * or space moved outside it: Markdown cannot close "**" after either, and would otherwise print
 * "\\&#xA;**&#x57;..." or "**AP’s Role:&#x20;**&#x54;he".
 */
function breaksOutside(node: MdastNodes): MdastNodes[] {
  if (!EMPHASIS.has(node.type) || !('children' in node)) return [node];
  const children = [...(node as { children: MdastNodes[] }).children];
  const before: MdastNodes[] = [];
  const after: MdastNodes[] = [];
  while (children[0]?.type === 'break') before.push(children.shift()!);
  while (children.at(-1)?.type === 'break') after.unshift(children.pop()!);
  const first = children[0];
  if (first?.type === 'text' && /^\s/.test(first.value)) {
    before.push({ type: 'text', value: ' ' });
    children[0] = { ...first, value: first.value.trimStart() };
  }
  const last = children.at(-1);
  if (last?.type === 'text' && /\s$/.test(last.value)) {
    after.unshift({ type: 'text', value: ' ' });
    children[children.length - 1] = { ...last, value: last.value.trimEnd() };
  }
  if (children.length === 0 || children.every((child) => child.type === 'text' && child.value === '')) {
    return [...before, ...after];
  }
  return [...before, { ...node, children } as MdastNodes, ...after];
}

/**
 * What is no text, or is none once the furniture has gone: a link with no text (an image-only
 * link), a paragraph or heading with no letters ("* * *", "•", a lone "1/5", an empty <p>),
 * which would otherwise be numbered as a paragraph, and an empty list or quotation. Works from
 * the leaves up, so a list whose items all went goes too.
 */
function dropEmpty() {
  const prune = (node: MdastNodes): boolean => {
    if ('children' in node) {
      const parent = node as { children: MdastNodes[] };
      // Bold or italic round nothing but a space would print as "**&#x20;**": keep the space alone.
      parent.children = parent.children
        .filter(prune)
        .map((child): MdastNodes =>
          EMPHASIS.has(child.type) && mdText(child).trim() === '' ? { type: 'text', value: mdText(child) } : child,
        )
        .flatMap(breaksOutside);
      if (EMPTY_WHEN_CHILDLESS.has(node.type) && parent.children.length === 0) return false;
    }
    if (node.type === 'link') return mdText(node).trim() !== '';
    if (node.type === 'paragraph' || node.type === 'heading') return /\p{L}/u.test(mdText(node));
    return true;
  };
  return (tree: MdastRoot) => {
    prune(tree);
  };
}

/** A pull quote is a sentence, not a section's name: at least this many words. */
const MIN_PULL_QUOTE_WORDS = 6;

/**
 * Headings that head nothing: a heading repeating a sentence of the text word for word (a pull
 * quote set in <h4>), and the headings left at the very end with no text after them (pull
 * quotes or the title of a box whose content has gone).
 */
function dropHeadlessHeadings() {
  return (tree: MdastRoot) => {
    const paragraphs = tree.children.filter((n) => n.type === 'paragraph').map((n) => squash(mdText(n)).toLowerCase());
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'heading') return true;
      const text = squash(mdText(node))
        .toLowerCase()
        .replace(/^["'“”‘’«»„]+|["'“”‘’«»]+$/gu, '');
      return text.split(' ').length < MIN_PULL_QUOTE_WORDS || !paragraphs.some((p) => p.includes(text));
    });
    while (tree.children.length > 1 && tree.children.at(-1)?.type === 'heading') tree.children.pop();
  };
}

/**
 * Rules ("---") that separate nothing: at the start or end of the text, or after another rule,
 * where the boxes they once divided have gone.
 */
function dropBareRules() {
  return (tree: MdastRoot) => {
    tree.children = tree.children.filter(
      (node, i, all) => node.type !== 'thematicBreak' || (i > 0 && all[i - 1]?.type !== 'thematicBreak'),
    );
    while (tree.children.at(-1)?.type === 'thematicBreak') tree.children.pop();
  };
}

/**
 * Readability's article HTML as the archive's Markdown: paragraphs, headings, lists, quotes,
 * tables (GFM) and links, with "**" for bold and "## " headings as the seed entry writes them.
 */
export function htmlToMarkdown(html: string, options: Options = {}): string {
  const markdown = unified()
    .use(rehypeParse, { fragment: true })
    .use(pruneHast, options)
    .use(rehypeRemark)
    .use(dropRawHtml)
    .use(dropEmpty)
    .use(dropHeadlessHeadings)
    .use(dropBareRules)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' })
    .processSync(html);
  return String(markdown).trim() + '\n';
}

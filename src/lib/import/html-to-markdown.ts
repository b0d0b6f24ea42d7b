import type { Element, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Elements whose content is code, media or controls, never article text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'img',
  'picture',
  'video',
  'audio',
  'svg',
  'canvas',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
]);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Options {
  /** The headline, so an <h1> repeating it is not kept as the first line of the body. */
  headline?: string;
  /** The original URL, to make relative links absolute. */
  base?: string;
}

/** Removes code, media and the repeated headline; resolves links; drops script: links. */
function pruneHast(options: Options) {
  return (tree: HastRoot) => {
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
      if (DROPPED.has(element.tagName) || repeatsHeadline) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
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
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' })
    .processSync(html);
  return String(markdown).trim() + '\n';
}

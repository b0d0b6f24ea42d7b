import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { markdownOptions } from '../../src/markdown/pipeline';

let processor: Awaited<ReturnType<typeof createMarkdownProcessor>> | undefined;

/** Renders Markdown exactly as the build does: the same processor options and plugins. */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

/** The text of each block (paragraph or heading) of some HTML, in order. */
export function blocks(
  html: string,
  selector = 'p, h1, h2, h3, h4, h5, h6, li, blockquote > p',
): { tag: string; id?: string; text: string }[] {
  return selectAll(selector, fromHtml(html, { fragment: true })).map((el) => ({
    tag: el.tagName,
    ...(typeof el.properties['id'] === 'string' ? { id: el.properties['id'] } : {}),
    text: toText(el),
  }));
}

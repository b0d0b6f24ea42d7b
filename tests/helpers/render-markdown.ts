import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { markdownOptions } from '../../src/markdown/pipeline';

let processor: Awaited<ReturnType<typeof createMarkdownProcessor>> | undefined;

/**
 * Renders Markdown exactly as the build does: the same processor options and plugins. With
 * `paragraphNumbers: false` the paragraph numbers and their ids are taken out again, for tests
 * about other parts of the pipeline.
 */
export async function renderMarkdown(markdown: string, { paragraphNumbers = true } = {}): Promise<string> {
  processor ??= await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  const html = (await processor.render(markdown)).code;
  return paragraphNumbers ? html : html.replace(/<a class="para-num"[^>]*>\d+<\/a>/g, '').replace(/ id="p-\d+"/g, '');
}

/** The text of each block (paragraph or heading) of some HTML, in order. */
export function blocks(
  html: string,
  selector = 'p, h1, h2, h3, h4, h5, h6, li, blockquote > p',
): { tag: string; id?: string; text: string }[] {
  const tree = fromHtml(html, { fragment: true });
  // A reader's text: the paragraph numbers in the margin are not part of it.
  for (const number of selectAll('.para-num', tree)) number.children = [];
  return selectAll(selector, tree).map((el) => ({
    tag: el.tagName,
    ...(typeof el.properties['id'] === 'string' ? { id: el.properties['id'] } : {}),
    text: toText(el),
  }));
}

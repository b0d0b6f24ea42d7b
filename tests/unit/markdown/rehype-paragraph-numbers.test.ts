import { describe, expect, it } from 'vitest';
import { blocks, renderMarkdown } from '../../helpers/render-markdown';

describe('rehype-paragraph-numbers', () => {
  it('numbers the paragraphs in reading order across headings, not list items', async () => {
    const html = await renderMarkdown('First.\n\n## Future chaos\n\nSecond.\n\n> Quoted.\n\n- a list item');
    expect(html).toContain('<p id="p-1">First.</p>');
    expect(html).toContain('<h2 id="future-chaos">Future chaos</h2>');
    expect(html).toContain('<p id="p-2">Second.</p>');
    expect(html).toContain('<p id="p-3">Quoted.</p>');
    expect(html).toContain('<li>a list item</li>');
  });

  it('leaves the words of each paragraph as they were', async () => {
    expect(blocks(await renderMarkdown('One "two" three.\n\nFour.')).map((b) => b.text)).toEqual([
      'One "two" three.',
      'Four.',
    ]);
  });

  it('cannot be tricked into a duplicate id by raw HTML', async () => {
    const html = await renderMarkdown('<p id="p-2">Raw.</p>\n\nText.\n\nMore.');
    // rehype-sanitize drops (or prefixes) ids from raw HTML before the numbers are given.
    expect(html.match(/id="p-2"/g)).toHaveLength(1);
    expect(html).toMatch(/<p id="p-1">.*Raw\.<\/p>/);
  });
});

import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { addParagraphNumbers } from '../../../../src/lib/text/paragraph-numbers';

const numbered = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  addParagraphNumbers(selectAll('p', tree) as Element[]);
  return toHtml(tree);
};

describe('addParagraphNumbers', () => {
  it("shows each numbered paragraph's number as a link to itself, kept out of the search index", () => {
    expect(numbered('<p id="p-1">First.</p><p id="p-12">Twelfth, <a href="/x">linked</a>.</p>')).toBe(
      '<p id="p-1"><a class="para-num" href="#p-1" aria-label="Paragraph 1" data-pagefind-ignore="">1</a>First.</p>' +
        '<p id="p-12"><a class="para-num" href="#p-12" aria-label="Paragraph 12" data-pagefind-ignore="">12</a>Twelfth, <a href="/x">linked</a>.</p>',
    );
  });

  it('leaves paragraphs without a paragraph id alone', () => {
    expect(numbered('<p>Plain.</p><p id="user-content-p-2">Raw HTML.</p>')).toBe(
      '<p>Plain.</p><p id="user-content-p-2">Raw HTML.</p>',
    );
  });
});

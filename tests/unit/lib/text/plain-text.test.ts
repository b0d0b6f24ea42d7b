import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../../../src/lib/text/plain-text';
import { renderMarkdown } from '../../../helpers/render-markdown';

describe('the plain-text version of an article', () => {
  it('keeps headings and numbered paragraphs, without markup or the numbers in the text', async () => {
    const html = await renderMarkdown(
      'First *one*.\n\n## A heading\n\nSecond, with [a link](https://example.org/).\n\n> Quoted.',
    );
    expect(articlePlainText(['Headline', 'By Someone'], html)).toBe(
      'Headline\nBy Someone\n\n¶ 1  First one.\n\n## A heading\n\n¶ 2  Second, with a link.\n\n> ¶ 3  Quoted.\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/render-markdown';

const render = (markdown: string) => renderMarkdown(markdown, { paragraphNumbers: false });

describe('remark-unwrap-placeholder-links', () => {
  it('turns a link to "#" into its text', async () => {
    expect(await render('cellist [Sergei Roldugin](#) performed')).toBe('<p>cellist Sergei Roldugin performed</p>');
  });

  it('keeps formatting inside the dropped link', async () => {
    expect(await render('the [*Africa Corps*](#) and')).toBe('<p>the <em>Africa Corps</em> and</p>');
  });

  it('leaves real links alone', async () => {
    expect(await render('[source](https://example.org/a)')).toBe('<p><a href="https://example.org/a">source</a></p>');
  });
});

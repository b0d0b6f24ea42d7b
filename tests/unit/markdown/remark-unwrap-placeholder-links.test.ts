import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/render-markdown';

describe('remark-unwrap-placeholder-links', () => {
  it('turns a link to "#" into its text', async () => {
    const html = await renderMarkdown('cellist [Sergei Roldugin](#) performed');
    expect(html).toBe('<p>cellist Sergei Roldugin performed</p>');
  });

  it('keeps formatting inside the dropped link', async () => {
    expect(await renderMarkdown('the [*Africa Corps*](#) and')).toBe('<p>the <em>Africa Corps</em> and</p>');
  });

  it('leaves real links alone', async () => {
    expect(await renderMarkdown('[source](https://example.org/a)')).toBe(
      '<p><a href="https://example.org/a">source</a></p>',
    );
  });
});

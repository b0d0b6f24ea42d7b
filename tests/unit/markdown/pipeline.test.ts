import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/render-markdown';

describe('the Markdown pipeline', () => {
  it('keeps straight quotes, apostrophes and dashes as captured', async () => {
    const html = await renderMarkdown(`"It's over -- for now," he said... 'Quoted' — done.`, {
      paragraphNumbers: false,
    });
    expect(html).toBe(`<p>"It's over -- for now," he said... 'Quoted' — done.</p>`);
  });

  it('gives headings ids from their text', async () => {
    expect(await renderMarkdown("## No longer 'terrorists'")).toBe(
      `<h2 id="no-longer-terrorists">No longer 'terrorists'</h2>`,
    );
  });

  it('removes script and event handlers from raw HTML but keeps the text', async () => {
    const html = await renderMarkdown('<p onclick="steal()">Hello <script>alert(1)</script><b>world</b></p>');
    expect(html).not.toMatch(/onclick|<script|alert\(1\)/);
    expect(html).toContain('<b>world</b>');
  });

  it('drops javascript: links written in Markdown', async () => {
    const html = await renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });
});

import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import ArticleHeader from '../../src/components/ArticleHeader.astro';
import { articleView } from '../../src/lib/views/article-view';
import { validateArticleSource } from '../../src/lib/archive/validation';

const seed = validateArticleSource(
  readFileSync(
    new URL('../../content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md', import.meta.url),
    'utf8',
  ),
);
if (!seed.ok) throw new Error(seed.problems.join('\n'));
const { image: _noImage, ...capturedPhoto } = seed.data.photo!;
/** The seed's frontmatter, its photo typed as the build types it (no image was captured). */
const data = { ...seed.data, photo: capturedPhoto };
/** What Astro's image() schema gives a page for an archived photo. */
const image = { src: '/_astro/flag.abc123.jpg', width: 1200, height: 800, format: 'jpg' as const };

async function render(view: ReturnType<typeof articleView<typeof image>>) {
  const container = await AstroContainer.create();
  return fromHtml(await container.renderToString(ArticleHeader, { props: { view, publication: 'The Moscow Times' } }), {
    fragment: true,
  });
}

describe('ArticleHeader', () => {
  it('shows an archived photo at its size, with its alt text, caption and credit', async () => {
    const tree = await render(
      articleView({ ...data, photo: { ...capturedPhoto, image, alt: 'A flag on a building' } }),
    );
    expect(select('figure img', tree)?.properties).toMatchObject({
      src: '/_astro/flag.abc123.jpg',
      width: 1200,
      height: 800,
      alt: 'A flag on a building',
    });
    expect(toText(select('figure', tree)!)).not.toContain('Photo not archived');
    expect(toText(select('figcaption', tree)!).replace(/\s+/g, ' ').trim()).toBe(
      'The Syrian opposition flag flies at the Syrian embassy building in Moscow. Photo: Moskva News Agency',
    );
  });

  it('says the photo was not archived, and invents none, when only the caption was captured', async () => {
    const tree = await render(articleView<typeof image>(data));
    expect(select('figure img', tree)).toBeUndefined();
    expect(toText(select('figure', tree)!)).toContain('Photo not archived');
  });

  it('says so when the original had no byline', async () => {
    const tree = await render(articleView<typeof image>({ ...data, authors: [], noByline: true }));
    expect(toText(select('.byline', tree)!)).toBe('No byline');
    expect(select('.author', tree)).toBeUndefined();
  });
});

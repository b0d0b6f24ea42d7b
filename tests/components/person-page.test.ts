import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PersonPage from '../../src/pages/people/[id].astro';
import type { PersonPage as PersonPageData, QuoteEntry } from '../../src/lib/analysis/archive-index';

/** A person named in 45 articles, quoted 30 times and the author of 25, newest first. */
const article = (n: number) => ({
  path: `/articles/pub/2024-01-${String((n % 28) + 1).padStart(2, '0')}/story-${n}/20261125/`,
  headline: `Story ${n}`,
  publication: 'The Daily',
  published: '2024-01-01',
  publishedText: '1 January 2024',
});
const quote = (n: number) =>
  ({
    id: `q-${n}`,
    text: `Words number ${n}`,
    paragraphs: ['p-1'],
    speaker: { kind: 'person', id: 'anna-field' },
    manual: false,
    article: article(n),
    speakerLabel: 'Anna Field',
    personId: 'anna-field',
  }) as unknown as QuoteEntry;
/** The page as a browser gets it, without the source locations Astro adds in development. */
async function render(props: { page: PersonPageData; quotesKey: string | null }) {
  const container = await AstroContainer.create({ astroConfig: { site: 'https://archive.example' } });
  const html = await container.renderToString(PersonPage, { props });
  return html.replace(/ data-astro-source-[a-z]+="[^"]*"/g, '').replace(/\s+/g, ' ');
}

const page: PersonPageData = {
  person: { id: 'anna-field', name: 'Anna Field', aliases: [], description: 'A minister.', compounds: false },
  byline: Array.from({ length: 25 }, (_, n) => article(n)),
  mentions: Array.from({ length: 45 }, (_, n) => ({ article: article(n), paragraph: 'p-1', passage: `Passage ${n}` })),
  quotes: Array.from({ length: 30 }, (_, n) => quote(n)),
};

describe("a person's page", () => {
  it('shows the newest twenty of each list and links to the whole of it', async () => {
    const html = await render({ page, quotesKey: 'anna-field' });
    const items = (list: string) => (html.split(`class="${list}"`)[1] ?? '').split('</ol>')[0]!.split('</ul>')[0]!;
    expect(items('person-quotes').match(/<li/g)).toHaveLength(20);
    expect(items('person-mentions').match(/<li/g)).toHaveLength(20);
    expect(html).toContain('Words number 0');
    expect(html).not.toContain('Words number 20');
    expect(html).toContain('<a href="/quotes/by/anna-field/"> All 30 quotations of Anna Field </a>');
    expect(html).toContain('<a href="/search/?author=Anna+Field&amp;sort=newest"> All 25 articles by Anna Field </a>');
    expect(html).toContain(
      '<a href="/search/?person=Anna+Field&amp;sort=newest"> All 45 passages naming Anna Field, by article </a>',
    );
  });

  it('links to no whole list that it already shows', async () => {
    const small = { ...page, byline: page.byline.slice(0, 3), mentions: page.mentions.slice(0, 20), quotes: [] };
    const html = await render({ page: small, quotesKey: null });
    expect(html).not.toContain('class="see-all"');
    expect(html).toContain('The archive holds no quotation attributed to Anna Field.');
  });
});

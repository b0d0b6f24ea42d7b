import { describe, expect, it } from 'vitest';
import { analyseArticle, sentenceAt } from '../../../../src/lib/analysis/article-analysis';
import { renderMarkdown } from '../../../helpers/render-markdown';
import { registry } from '../../../helpers/quote-paragraphs';

const people = registry();
const markdown = [
  'Putin spoke first. Later, Putin spoke again.',
  '"We will hold the line for as long as it takes," Gabuev said.',
  'A second voice said the plan was "doomed from the very first day."',
].join('\n\n');

describe('analyseArticle', () => {
  it('links only the first mention of each person and anchors each quotation in reading order', async () => {
    const { html, quotes, mentions } = analyseArticle(await renderMarkdown(markdown), people);
    expect(html.match(/class="person-link"/g)).toHaveLength(2);
    expect(html).toContain(
      '<a href="/people/vladimir-putin/" class="person-link">Putin</a> spoke first. Later, Putin spoke again.',
    );
    expect(quotes.map((q) => [q.id, q.paragraphs[0], q.manual])).toEqual([
      ['q-2-1', 'p-2', false],
      ['q-3-1', 'p-3', false],
    ]);
    expect(html).toContain('<span id="q-2-1" class="quote">We will hold the line for as long as it takes,</span>');
    expect(mentions.map((m) => [m.personId, m.paragraph, m.passage])).toEqual([
      ['vladimir-putin', 'p-1', 'Putin spoke first.'],
      ['vladimir-putin', 'p-1', 'Later, Putin spoke again.'],
      ['alexander-gabuev', 'p-2', '"We will hold the line for as long as it takes," Gabuev said.'],
    ]);
    expect(html).toContain('data-pagefind-title="Alexander Gabuev, ¶ 2"');
  });

  it("applies the editors' attributions, marked as made by hand", async () => {
    const { quotes } = analyseArticle(await renderMarkdown(markdown), people, {
      attributions: [
        { quote: 'doomed from the very', speaker: 'vladimir-putin' },
        { quote: 'Later, Putin spoke again.', source: 'the narrator' },
      ],
    });
    expect(quotes.map((q) => [q.text, q.speaker, q.manual])).toEqual([
      ['Later, Putin spoke again.', { kind: 'source', description: 'the narrator' }, true],
      ['We will hold the line for as long as it takes', { kind: 'person', id: 'alexander-gabuev' }, false],
      ['doomed from the very first day.', { kind: 'person', id: 'vladimir-putin' }, true],
    ]);
  });

  it('never nests a link: a first mention inside a link is left alone and the next is linked', () => {
    const { html } = analyseArticle(
      '<p id="p-1"><a href="https://example.org/">Putin</a> spoke. Putin left.</p>',
      people,
    );
    expect(html).toContain(
      '<a href="https://example.org/">Putin</a> spoke. <a href="/people/vladimir-putin/" class="person-link">Putin</a> left.',
    );
  });

  it('anchors a quotation that begins with a linked name', async () => {
    const { html } = analyseArticle(await renderMarkdown('"Putin will never give up the bases," Gabuev said.'), people);
    expect(html).toContain(
      '"<span id="q-1-1" class="quote-anchor"></span><a href="/people/vladimir-putin/" class="person-link">Putin</a> will',
    );
  });

  it('refuses an attribution of words the article does not print', async () => {
    expect(() =>
      analyseArticle('<p id="p-1">Text.</p>', people, {
        attributions: [{ quote: 'never said', speaker: 'vladimir-putin' }],
      }),
    ).toThrow('attributions[0].quote: no paragraph of the article contains "never said"');
  });

  it('cuts sentences where they end, not after an initial', () => {
    const text = 'First one. Unlike [U.S. President Barack] Obama, he stayed. Last one.';
    expect(sentenceAt(text, text.indexOf('Obama'))).toBe('Unlike [U.S. President Barack] Obama, he stayed.');
  });
});

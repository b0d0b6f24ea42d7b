import { describe, expect, it } from 'vitest';
import { parseHtmlCapture } from '../../../../src/lib/import/html-capture';
import { htmlToMarkdown } from '../../../../src/lib/import/html-to-markdown';
import { printedHeadline } from '../../../../src/lib/import/headline';

/** A paragraph long enough, and sentence enough, to be article text. */
const TEXT =
  '<p>The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.</p>';
const KEPT =
  'The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.\n';
const published = { value: '2024-03-05', source: 'flag' } as const;

describe('a box named like page furniture that holds the article text', () => {
  it('keeps the article marked as articleBody inside a box named as the site header', () => {
    const html = `<html lang="en"><head><title>Bridge vote</title></head><body>
      <div class="row site_header"><article><h1>Bridge vote</h1>
        <div itemprop="articleBody">${TEXT.repeat(5)}<p>Work starts in May, the mayor said.</p></div>
      </article></div>
      <footer><div class="print-note"><p>This page was printed from the Courier’s website, where the news is posted every day of the year.</p></div></footer>
      </body></html>`;
    const draft = parseHtmlCapture(html, { published });
    expect(draft.body).toContain('The council voted on Tuesday');
    expect(draft.body).toContain('Work starts in May');
    expect(draft.body).not.toContain('printed from');
  });
});

describe('names of a box and the one box inside it', () => {
  const page = (box: string) =>
    parseHtmlCapture(
      `<html lang="en"><head><title>Bridge vote</title></head><body><article><h1>Bridge vote</h1>
      ${TEXT.repeat(3)}<div class="body-component"><div class="markup"><div class="${box}"><p>Every bridge is a promise kept to the river</p></div></div></div>
      ${TEXT.repeat(2)}<p>Work starts in May, the mayor said.</p></article></body></html>`,
      { published },
    ).body;

  it('drops a pull quote whose name is on the inner box of a chain of wrappers', () => {
    expect(page('article-pullquote')).not.toContain('promise kept');
    expect(page('article-pullquote')).toContain('Work starts in May');
  });

  it('keeps the same text in a chain of wrappers named as nothing in particular', () => {
    expect(page('article-note')).toContain('Every bridge is a promise kept to the river');
  });
});

describe('a sign-up box with its plans', () => {
  const plans = ['Monthly', 'Annual', 'Corporate']
    .map(
      (plan) => `<div><h2>${plan}</h2><p>$7/month</p><p>A flexible plan you can cancel at any time you like.</p></div>`,
    )
    .join('');
  const box = (name: string, opening: string) =>
    `<div class="${name}"><p>${opening}, a paid weekly newsletter about the town hall and its inside conversation. Your first month is free!</p>${plans}<p>We accept credit cards and bank transfers from any country in the world, and there are no fees for readers who pay once a year or who pay for a whole newsroom. Prices include tax in every country where the newsletter is sold to readers.</p></div>`;

  it('drops a box both named as a newsletter and opening with a call to sign up', () => {
    expect(htmlToMarkdown(`<article>${TEXT}${box('newsletter-wrapper', 'Sign up for Town Hall')}</article>`)).toBe(
      KEPT,
    );
  });

  it('keeps such a box when only its name or only its first line says sign-up', () => {
    expect(htmlToMarkdown(box('newsletter-wrapper', 'Town Hall is'))).toContain('A flexible plan');
    expect(htmlToMarkdown(box('story-part', 'Sign up for Town Hall'))).toContain('A flexible plan');
  });
});

describe('a photo with its caption set beside it', () => {
  it('drops a photo followed by an italic line and nothing else', () => {
    const caption =
      '<div class="photobox"><img src="b.jpg" alt=""><br><em>A drawing of the bridge as planned.</em></div>';
    expect(htmlToMarkdown(`<article>${TEXT}${caption}</article>`)).toBe(KEPT);
  });

  it('keeps a paragraph that opens with an image and goes on in plain text', () => {
    const html = '<p><img src="icon.png" alt=""> The mayor said the bridge <em>will</em> open in May.</p>';
    expect(htmlToMarkdown(html)).toContain('The mayor said the bridge');
  });

  it('keeps an italic paragraph with no photo (an editor’s correction note)', () => {
    const html = `${TEXT}<p><em>Correction: an earlier version of this story gave the wrong date for the vote.</em></p>`;
    expect(htmlToMarkdown(html)).toContain('Correction: an earlier version');
  });
});

describe('the headline the page marks as its own', () => {
  it('takes an <h1 itemprop="headline"> worded differently from the social headline', () => {
    expect(
      printedHeadline(
        'The modern ambitions behind neon',
        ['Why Neon Is the Symbol of a Century'],
        'Why Neon Is the Symbol of a Century',
      ),
    ).toBe('Why Neon Is the Symbol of a Century');
  });

  it('still leaves out an overline the marked heading adds before the metadata’s headline', () => {
    expect(
      printedHeadline('Coaches take on the railway', [], 'Timetable: Coaches take on the railway'),
    ).toBeUndefined();
  });

  it('reads the marked heading from the page', () => {
    const draft = parseHtmlCapture(
      `<html lang="en"><head><title>Neon history</title><meta property="og:title" content="The modern ambitions behind neon"></head><body><article><h1 itemprop="headline">Why Neon Is the Symbol of a Century</h1>${TEXT.repeat(5)}</article></body></html>`,
      { published },
    );
    expect(draft.headline.value).toBe('Why Neon Is the Symbol of a Century');
  });
});

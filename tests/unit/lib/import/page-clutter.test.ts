import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../../src/lib/import/html-to-markdown';
import { hiddenByClass, isReportingNote, namedStandfirst } from '../../../../src/lib/import/page-clutter';

/** A paragraph long enough, and sentence enough, to be article text. */
const TEXT = '<p>The council voted on Tuesday to build a new bridge across the river.</p>';
const KEPT = 'The council voted on Tuesday to build a new bridge across the river.\n';

/** The Markdown of the article text with `clutter` placed after its one real paragraph. */
const around = (clutter: string) => htmlToMarkdown(`<article>${TEXT}${clutter}</article>`);

describe('hiddenByClass', () => {
  it('hides what style sheets hide by name', () => {
    expect(hiddenByClass(['hidden'])).toBe(true);
    expect(hiddenByClass(['bck-tooltip', 'is-hidden'])).toBe(true);
    expect(hiddenByClass(['audio-player', 'speech', 'speech--hidden'])).toBe(true);
    expect(hiddenByClass(['h-offscreen', 'h-skiplink-target'])).toBe(true);
    expect(hiddenByClass(['sr-only'])).toBe(true);
  });

  it('does not hide what another class shows at some screen size, or a name that only mentions hiding', () => {
    expect(hiddenByClass(['hidden', 'md:block'])).toBe(false);
    expect(hiddenByClass(['hidden-gems-review'])).toBe(false);
  });
});

describe('isReportingNote: the note on where a wire story’s reporters worked', () => {
  it('is every sentence saying who reported from where or contributed', () => {
    expect(
      isReportingNote(
        'Peoples reported from New York and Thomson-DeVeaux from Washington. Associated Press writers Will Weissert in Johnstown, Pennsylvania, and Bill Barrow in Atlanta contributed to this report.',
      ),
    ).toBe(true);
  });

  it('is no paragraph of the story that mentions reporting', () => {
    expect(isReportingNote('The mayor reported from the site. Work starts in May, the council said.')).toBe(false);
  });
});

describe('namedStandfirst', () => {
  it('reads standfirst names in class names, ids and schema.org’s description', () => {
    expect(namedStandfirst(['fig-standfirst'])).toBe(true);
    expect(namedStandfirst(['detailSummary'])).toBe(true);
    expect(namedStandfirst(['article-lead'])).toBe(true);
    expect(namedStandfirst(['voc-subtitle'])).toBe(true);
    expect(namedStandfirst(['article-subtitle'], 'description')).toBe(true);
  });

  it('takes no lead paragraph or body box for one', () => {
    expect(namedStandfirst(['doc__intro'])).toBe(false);
    expect(namedStandfirst(['article-body', 'leader-board'])).toBe(false);
  });
});

describe('htmlToMarkdown drops, in more languages and forms', () => {
  it.each([
    [
      '"Czytaj więcej" and its teaser',
      '<div><p>Czytaj więcej</p><p><a href="/x">Niemiecki parlament poparł kontrole</a></p></div>',
    ],
    ['"Lees ook" and a link', '<p>Lees ook: <a href="/x">De nieuwe brug</a></p>'],
    ['"Läs också" and a link', '<p>Läs också: <a href="/x">Den nya bron</a></p>'],
    ['"Annons"', '<div>Annons</div>'],
    ['"Reklama"', '<div>Reklama</div>'],
    ['an audio player’s note', '<div class="audio-player__info-text"><p>Ljuduppspelningen är AI-genererad.</p></div>'],
    ['a closed player', '<div class="speech speech--hidden"><p>Listen to this article, read by an AI voice.</p></div>'],
    [
      'a fact box beside the text, however long',
      `<div class="Infobox"><p><b>What to know</b></p><ul>${'<li><b>Today’s news:</b> <a href="/x">Follow live updates</a> from the campaign trail, with every result as it comes in from the states.</li>'.repeat(4)}</ul></div>`,
    ],
    ['a kicker above the headline', '<h2 class="article-kicker">Extremismus</h2>'],
    ['a readers’ forum', '<div class="story-community"><h2>Forum: 5 Postings</h2><p>Ihre Meinung zählt.</p></div>'],
    [
      'a box about the author',
      '<div class="authorprofile"><h2>About the author</h2><p>Jane Roe covers city hall.</p></div>',
    ],
    ['"With files from …"', '<p>With files from The Associated Press and Mohamed El Saife</p>'],
    ['a photo agency alone', '<p>Getty Images</p>'],
    ['an agency via a picture library', '<p>AFP via Getty Images</p>'],
    ['a source line', '<p>Bron: BELGA</p>'],
    ['a wire story’s reporting note', '<p>Roe reported from Paris. John Doe in Lyon contributed to this report.</p>'],
    ['a gallery’s heading', '<h3>Gallery: Xbox One X screenshots | 9 Photos</h3>'],
    ['a broadcast line with its date and time', '<p>Rendez-vous, 03.01.2024, 12:30 Uhr</p>'],
    [
      'a heading that is a link to another story',
      '<h2><a href="/other">Detenida una madre por dejar encerrada a su hija</a></h2>',
    ],
  ])('%s', (_, clutter) => {
    expect(around(clutter)).toBe(KEPT);
  });
});

describe('htmlToMarkdown and headings that are links', () => {
  const base = 'https://www.courier.example/2024/bridge.html';

  it('drops a heading linking to another story of the same site', () => {
    const html = `<article>${TEXT}<h2><a href="https://www.courier.example/2024/other.html">Mother arrested</a></h2></article>`;
    expect(htmlToMarkdown(html, { base })).toBe(KEPT);
  });

  it('keeps a heading linking elsewhere, as a gift guide heads each item', () => {
    const html = `<article>${TEXT}<h3><a href="https://www.playstation.com/rez">“Rez Infinite” ($30)</a></h3><p>A cult hit gets the VR treatment.</p></article>`;
    expect(htmlToMarkdown(html, { base })).toContain('Rez Infinite');
  });
});

describe('htmlToMarkdown and rules left with nothing to separate', () => {
  it('drops rules at the end and doubled rules', () => {
    expect(htmlToMarkdown(`<article>${TEXT}<hr><hr><p>Work starts in May.</p><hr><hr></article>`)).toBe(
      `${KEPT}
---

Work starts in May.
`,
    );
  });
});

describe('htmlToMarkdown keeps, of the same forms', () => {
  it('keeps a sentence that mentions a source', () => {
    const text = '<p>Source: the ministry said on Monday that the bridge would open in May.</p>';
    expect(around(text)).toContain('the ministry said on Monday');
  });

  it('keeps a heading of the text that only mentions a gallery', () => {
    expect(around('<h2>The gallery that changed the town</h2><p>It opened in 1921 and closed in 1990.</p>')).toContain(
      'The gallery that changed the town',
    );
  });
});

describe('htmlToMarkdown and the standfirst', () => {
  it('drops a box named as the standfirst before the text', () => {
    expect(htmlToMarkdown(`<article><p class="fig-standfirst">LE POINT - The day in short.</p>${TEXT}</article>`)).toBe(
      KEPT,
    );
  });

  it('keeps a paragraph so named once the text has begun', () => {
    expect(
      htmlToMarkdown(`<article>${TEXT}<p class="summary">In short, the bridge opens in May.</p></article>`),
    ).toContain('In short');
  });
});

describe('htmlToMarkdown and bold or italics with a space at an edge', () => {
  it('sets the space outside the emphasis, with no character references', () => {
    const markdown = htmlToMarkdown('<p><b>AP’s Role: </b>The Associated Press counts the votes.</p>');
    expect(markdown).toBe('**AP’s Role:** The Associated Press counts the votes.\n');
  });
});

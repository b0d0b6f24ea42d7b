import { describe, expect, it } from 'vitest';
import { parseHtmlCapture } from '../../../../src/lib/import/html-capture';

/** Paragraphs long enough, and sentence enough, to be article text. */
const PARAGRAPHS = [
  'The council voted on Tuesday to build a new bridge across the river, after a debate that lasted most of the night.',
  'Engineers said the old crossing, built in 1921, could no longer carry the lorries that use it every morning.',
  'The work is to cost 40 million euros, of which the region will pay half and the state the rest, the mayor said.',
  'Residents on both banks welcomed the vote, though some asked how long the road would be closed during the work.',
];
const TEXT = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
const page = (head: string, body: string, htmlAttributes = 'lang="en"') =>
  `<!DOCTYPE html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;

describe('a standfirst between the headline and the text', () => {
  it('leaves out a paragraph set before the byline, whatever its names, when the text follows', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote | The Courier</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">',
        `<article><h1>Bridge vote</h1><div class="x1"><p>The town gets its bridge at last, and the state pays half.</p></div>
        <div class="x2"><small>Bron: BELGA</small></div>${TEXT}</article>`,
      ),
    );
    expect(draft.body.startsWith('The council voted')).toBe(true);
    expect(draft.body).not.toContain('gets its bridge at last');
    expect(draft.body).not.toContain('Bron:');
    expect(draft.authors?.value).toEqual(['BELGA']);
  });

  it('leaves out a box named as the standfirst, even one Readability would turn into a paragraph', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote | The Courier</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">',
        `<article><h1>Bridge vote</h1><div class="detailSummary">The town gets its bridge at last, and the state pays half.</div>${TEXT}</article>`,
      ),
    );
    expect(draft.body).not.toContain('gets its bridge at last');
    expect(draft.body).toContain('The council voted');
  });

  it('keeps a short article signed at its foot whole', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote | The Courier</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">',
        `<article><h1>Bridge vote</h1><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p class="byline">By Jane Roe</p></article>`,
      ),
    );
    expect(draft.body).toContain('The council voted');
    expect(draft.body).toContain('Engineers said');
  });
});

describe('an article split into several boxes between advertisements', () => {
  it('keeps every part of the text, not only the longest', () => {
    const part = (paragraphs: string[]) =>
      `<div class="row"><div class="content"><div class="body articleBody">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="rail"><div class="ad">Advertisement</div></div></div>`;
    const ad = '<div class="row"><div class="ad">Advertisement</div></div>';
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote | The Courier</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">',
        `<div class="wrap"><h1>Bridge vote</h1>${part([`Opening: ${PARAGRAPHS[0]}`])}${ad}${part([...PARAGRAPHS, ...PARAGRAPHS])}${ad}${part([`Closing: ${PARAGRAPHS[3]}`])}</div>`,
      ),
    );
    expect(draft.body).toContain('Opening: The council voted');
    expect(draft.body).toContain('Closing: Residents on both banks');
  });
});

describe('the byline', () => {
  it('reads the printed byline under the headline when the metadata names only the site', () => {
    const draft = parseHtmlCapture(
      page(
        `<title>Bridge vote - courier.example</title><meta property="og:site_name" content="Courier NACHRICHTEN">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote","datePublished":"2024-08-05",
        "author":{"@type":"Organization","name":"Courier NACHRICHTEN"},"publisher":{"@type":"Organization","name":"Courier NACHRICHTEN"}}</script>`,
        `<article><div class="titles"><h1>Bridge vote</h1><span>Von Seb Dumitru, Lille 05.08.2024, 20:59 Uhr</span></div>${TEXT}</article>`,
      ),
    );
    expect(draft.authors?.value).toEqual(['Seb Dumitru']);
  });

  it('reads "Name | date" under the headline, and the date, on a page with no metadata', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote</title><meta http-equiv="Content-Language" content="tr">',
        `<h1>Bridge vote</h1><h4>The town gets its bridge.</h4><div class="row"><span>Sehernur Karsu &nbsp;|</span>
        <span class="tarih">05.04.2025 - Güncelleme : 05.04.2025</span></div><div class="detay">${TEXT}</div>`,
        'class="no-js"',
      ),
    );
    expect(draft.authors?.value).toEqual(['Sehernur Karsu']);
    expect(draft.published.value).toBe('2025-04-05');
    expect(draft.language?.value).toBe('tr');
  });

  it('credits the source a syndicated copy names under the headline', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Wi-Fi app (Harbour Tech) - Portal News</title><meta property="og:site_name" content="Portal News">',
        `<h1>Wi-Fi app</h1><p class="source"><a href="/list?m=ht">Harbour Tech</a> 3/9(木) 18:45配信</p>${TEXT}`,
      ),
      { published: { value: '2017-03-09', source: 'flag' } },
    );
    expect(draft.authors?.value).toEqual(['Harbour Tech']);
  });

  it('writes a byline printed in capitals in normal case', () => {
    const draft = parseHtmlCapture(
      page(
        `<title>Bridge vote | The Courier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge vote",
        "datePublished":"2024-09-03","author":[{"@type":"Person","name":"STEVE PEOPLES"},{"@type":"Person","name":"THOMAS BEAUMONT"}]}</script>`,
        `<article><h1>Bridge vote</h1><div class="Page-authors">By STEVE PEOPLES and THOMAS BEAUMONT</div>${TEXT}</article>`,
      ),
    );
    expect(draft.authors?.value).toEqual(['Steve Peoples', 'Thomas Beaumont']);
  });
});

describe('the site’s name', () => {
  it('is the logo’s name a Twitter handle spells, when metadata and title give none', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote</title><meta name="twitter:site" content="https://twitter.com/anadoluajansi">',
        `<h1>Bridge vote</h1><p>05.04.2025</p>${TEXT}<footer><a href="/"><img class="footer-logo" src="/logo.png" alt="Anadolu Ajansı"></a></footer>`,
      ),
    );
    expect(draft.publicationName?.value).toBe('Anadolu Ajansı');
  });

  it('is read even when Readability takes the page’s outer element with a header box', () => {
    const draft = parseHtmlCapture(
      page(
        '<title>Bridge vote - Panorama - courier.example</title><meta property="og:site_name" content="The Courier">',
        `<article><h1>Bridge vote</h1><p>3. Mai 2024</p>${TEXT}</article>`,
        'lang="de-AT" class="theme-panorama site-header"',
      ),
    );
    expect(draft.publicationName?.value).toBe('The Courier');
    expect(draft.body).toContain('The council voted');
  });
});

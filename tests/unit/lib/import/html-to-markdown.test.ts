import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../../src/lib/import/html-to-markdown';
import { parseHtmlCapture } from '../../../../src/lib/import/html-capture';

/** A paragraph long enough, and sentence enough, to be article text. */
const TEXT = '<p>The council voted on Tuesday to build a new bridge across the river.</p>';
const KEPT = 'The council voted on Tuesday to build a new bridge across the river.\n';

/** The Markdown of the article text with `clutter` placed after its one real paragraph. */
const around = (clutter: string) => htmlToMarkdown(`<article>${TEXT}${clutter}</article>`);

describe('htmlToMarkdown keeps the text and drops', () => {
  it.each([
    ['an empty paragraph', '<p></p>'],
    ['a paragraph of a non-breaking space', '<p>&nbsp;</p>'],
    ['a paragraph of a line break', '<p><br></p>'],
    ['a section-break ornament', '<p>* * *</p>'],
    ['a lone bullet', '<p>•</p>'],
    ['a lone number', '<p>1/5</p>'],
    ['an image-only link', '<p><a href="https://x.example/gallery"><img src="g.jpg" alt="Gallery"></a></p>'],
    ['a figure caption', '<figure><img src="b.jpg"><figcaption>Engineers at the site on Monday.</figcaption></figure>'],
    ['a paragraph whose class says caption', '<p class="image-caption">A drawing of the bridge as planned</p>'],
    ['a span whose class says credit', '<p><span class="photo-credit">Reuters</span></p>'],
    ['a caption ending in its credit, with no class', '<p>A drawing of the new bridge. (Photo: Council)</p>'],
    ['a German caption with its credit', '<p>Die neue Brücke im Modell. Foto: dpa</p>'],
    ['a caption with its credit after a dash', '<p>Le chantier, lundi — Crédit : AFP</p>'],
    ['"Advertisement"', '<p>Advertisement</p>'],
    ['"Publicité"', '<div>Publicité</div>'],
    ['"Anzeige" in a heading', '<h3>Anzeige</h3>'],
    ['"Continue reading the main story"', '<p>Continue reading the main story</p>'],
    ['"Read more:" and a link', '<p><strong>Read more:</strong> <a href="/other">Town plans new park</a></p>'],
    ['"Lire aussi :" and a link', '<p>Lire aussi : <a href="/crues">Les crues de l’automne</a></p>'],
    ['"Leia também" and a link', '<p>Leia também: <a href="/x">Ponte nova</a></p>'],
    ['"Sign up"', '<p>Sign up</p>'],
    ['"Subscribe to our newsletter now!"', '<p>Subscribe to our newsletter now!</p>'],
    ['"Читайте также"', '<p>Читайте также: <a href="/x">Новый мост</a></p>'],
    [
      'a newsletter box named as one',
      '<div class="newsletter-signup"><h3>Morning briefing</h3><p>The day’s news in your inbox.</p></div>',
    ],
    [
      'a newsletter box with no name, by its call to action',
      '<div><h3>Sign up for the morning briefing</h3><p>Get the day’s top stories in your inbox every morning.</p></div>',
    ],
    [
      'a French subscription box',
      '<section><h3>Inscrivez-vous à la lettre Planète</h3><p>Chaque semaine, le meilleur de la rubrique.</p></section>',
    ],
    [
      'share links',
      '<p><a href="https://twitter.com/intent/tweet?u=x">Post</a> <a href="mailto:?subject=x">Mail</a></p>',
    ],
    [
      'a share widget named as one',
      '<div class="share-tools"><a href="/print">Print</a> <a href="/save">Save</a></div>',
    ],
    ['a social list', '<ul class="socialLinks"><li><a href="https://x.example/u">Follow</a></li></ul>'],
    ['a list of share links', '<ul><li><a href="https://wa.me/?text=x">WhatsApp</a></li></ul>'],
    ['"Share this article"', '<p>Share this article</p>'],
    ['a paragraph that is one link', '<p><a href="/park">Town plans new park</a></p>'],
    ['a link after a one-word label', '<p><strong>Revivez <a href="/live">le direct du vote.</a></strong></p>'],
    ['a link after a label with a colon', '<p><b>Lire :</b> <a href="/imsi">Que sont les IMSI-catchers ?</a></p>'],
    ['a link after a longer label', '<p>Mehr zum Thema: <a href="/x">Die neue Brücke</a></p>'],
    ['an element hidden from readers', '<div aria-hidden="true"><p>Our partners’ offers for you today.</p></div>'],
    ['an element with the hidden attribute', '<p hidden>Loading the comments for this story.</p>'],
    ['a complementary region', '<div role="complementary"><p>Most read stories this week.</p></div>'],
    ['an aside', '<aside><p>Most read stories this week.</p></aside>'],
    ['a copyright line', '<p>© Harbour News Agency 2021</p>'],
    ['a photographer and agencies joined by slashes', '<div>JANE ROE/AFP/Getty Images</div>'],
    ['a photo credit with "files"', '<p>Jane Roe/Harbour Wire files</p>'],
    ['a wire story’s closing credits', '<p>Additional reporting by Jane Roe; Editing by John Doe</p>'],
    ['closing credits in parentheses', '<p>(Reporting by Jane Roe; Editing by John Doe)</p>'],
    ['a span whose class says attribution', '<p><span class="image-attribution">Harbour Police</span></p>'],
    ['a photo credit on its own line', '<p>Photo: Harbour Police</p>'],
    ['a German photo credit on its own line', '<p>Foto: Jane Roe</p>'],
    ['a contributor line', '<p>Jane Roe contributed to this report.</p>'],
    ['an author label under a gallery', '<p>Author: Jane Roe (jr)</p>'],
    ['a figure whose caption is a plain paragraph', '<figure><img src="a.jpg"><p>The bridge at dusk.</p></figure>'],
    ['a related-stories box', '<div class="related-stories"><a href="/a">Town plans a park</a></div>'],
    ['an author biography box', '<div class="author-bio"><p>Jane Roe covers the town hall.</p></div>'],
    ['a Chinese editor line', '<div>[责任编辑:王五]</div>'],
    ['a Chinese original-headline line', '<p>原标题：大桥明年通车</p>'],
    ['a Chinese caption line', '<p>图注：新桥的模型</p>'],
    ['a heading left at the end with nothing after it', '<h3>Most popular</h3>'],
    [
      'a French reading list after its label',
      '<p>A lire aussi :</p><p>Revue <a href="/x">Les ponts</a> : un dossier sur les ouvrages d’art.</p><p><a href="/y">Les crues</a></p>',
    ],
    ['a German reading list', '<h3>Mehr zum Thema</h3><ul><li><a href="/a">Die Brücke</a></li></ul>'],
  ])('%s', (_, clutter) => {
    expect(around(clutter)).toBe(KEPT);
  });
});

describe('htmlToMarkdown keeps text that only looks like clutter', () => {
  it.each([
    ['a sentence that begins with a call-to-action word', '<p>Advertisement revenue fell by a third last year.</p>'],
    ['a heading that begins with "Share"', '<h2>Share prices</h2>'],
    ['a heading about subscribers', '<h2>Subscribers leave</h2>'],
    ['a year inside a link', '<p>The bridge opened in <a href="https://x.example/1968">1968</a>, the city said.</p>'],
    ['a short paragraph ending in "image:"', '<p>He described the image: a boy on the beach</p>'],
    ['a Chinese sentence that ends with a link', '<p>据新华社报道，大桥将于明年通车，<a href="/x">详见报道</a>。</p>'],
    ['a line after an image-only link', '<p>作者︱春春<a href="http://x.example"><img src="a.png"></a></p>'],
    ['a sentence that ends with a link', '<p>The full vote is <a href="/v">on the assembly’s site</a>.</p>'],
    ['a link that opens a sentence', '<p><a href="/s">The full statement</a> reads:</p>'],
    ['a long wrapper whose class says social', `<div class="social-affairs">${TEXT.repeat(8)}</div>`],
    ['a sentence about who reported it', '<p>Reporting by the council’s own staff found the bridge unsafe.</p>'],
    ['a sentence with a slash in it', '<p>The bridge will carry road/rail traffic from 2027.</p>'],
    ['a box whose class says it has no caption', '<div class="item no_caption"><p>The mayor spoke.</p></div>'],
    ['a section heading with text after it', '<h2>What happens next for the bridge</h2><p>A vote in May.</p>'],
    ['a photo line that is a sentence', '<p>Photo: the council published a drawing of the bridge.</p>'],
  ])('%s', (_, html) => {
    // Letters and digits only, link addresses aside: every word of the HTML is still there.
    const markdown = htmlToMarkdown(html).replace(/\]\([^)]*\)/g, ']');
    expect(markdown.replace(/[^\p{L}\p{N}]/gu, '')).toBe(html.replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}]/gu, ''));
  });

  it('keeps a long block that only opens with a sign-up line, dropping that line', () => {
    const html = `<div><p>SIGN UP FOR OUR NEWSLETTER</p>${TEXT.repeat(8)}<p>The vote passed</p></div>`;
    expect(htmlToMarkdown(html)).toBe(`${KEPT}\n`.repeat(8) + 'The vote passed\n');
  });

  it('drops a pull quote repeating a sentence of the text, keeping the text after it', () => {
    const html = `${TEXT}<h4>“The council voted on Tuesday to build a new bridge”</h4><p>Work starts in May.</p>`;
    expect(htmlToMarkdown(html)).toBe(`${KEPT}\nWork starts in May.\n`);
  });

  it('ends a reading list at the first block without a link', () => {
    const html = `${TEXT}<p>Lire aussi :</p><p><a href="/a">Les crues</a></p><p>Le chantier durera deux ans.</p>`;
    expect(htmlToMarkdown(html)).toBe(`${KEPT}\nLe chantier durera deux ans.\n`);
  });

  it('keeps a sentence that mentions related stories', () => {
    const html = `${TEXT}<p>Related stories ran in the paper all week, <a href="/a">the council said</a>.</p>`;
    expect(htmlToMarkdown(html)).toContain('Related stories ran in the paper all week');
  });

  it('sets an interview’s question and answer as bold then text, a line apart, with no escaped characters', () => {
    const html =
      '<p><strong>How will the network grow?<br></strong><strong>Jane Roe:</strong> Slowly, she said on Monday.</p>';
    expect(htmlToMarkdown(html)).toBe('**How will the network grow?**\\\n**Jane Roe:** Slowly, she said on Monday.\n');
  });

  it('drops an image-only link inside a paragraph, keeping the paragraph', () => {
    const html = '<p>The plan <a href="https://x.example/g"><img src="g.jpg"></a>was approved by all members.</p>';
    expect(htmlToMarkdown(html)).toBe('The plan was approved by all members.\n');
  });

  it('prints a bold space as a space', () => {
    expect(htmlToMarkdown('<p>Informatique et liberté<strong> </strong>(CNIL) a critiqué le texte.</p>')).toBe(
      'Informatique et liberté (CNIL) a critiqué le texte.\n',
    );
  });

  it('numbers only real paragraphs: every block left holds letters', () => {
    const markdown = around('<p>&nbsp;</p><p>—</p><p>2</p><p>Residents said they welcomed it.</p><p></p>');
    expect(markdown.split(/\n{2,}/)).toEqual([KEPT.trim(), 'Residents said they welcomed it.\n']);
  });

  it('still drops the repeated headline and resolves links', () => {
    const markdown = htmlToMarkdown('<h2>A Bridge</h2><p>It published <a href="/plan">the plan</a>.</p>', {
      headline: 'A Bridge',
      base: 'https://x.example/news/a',
    });
    expect(markdown).toBe('It published [the plan](https://x.example/plan).\n');
  });
});

describe('a cluttered French page, through the whole importer', () => {
  const html = readFileSync(new URL('../../../fixtures/import/news-cluttered.html', import.meta.url), 'utf8');
  const draft = parseHtmlCapture(html);

  it('keeps its four paragraphs and nothing else', () => {
    expect(draft.body.split(/\n{2,}/).map((block) => block.slice(0, 30))).toEqual([
      'Le conseil départemental a vot',
      'Les travaux doivent commencer ',
      'Les habitants se disent soulag',
      '« Nous attendions cette décisi',
    ]);
  });

  it('keeps the lead photo’s caption and credit for the frontmatter', () => {
    expect(draft.photo).toMatchObject({ caption: 'Le pont avant sa fermeture, en mars.', credit: 'Jean Dupont / AFP' });
  });
});

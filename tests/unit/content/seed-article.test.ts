import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/fixity/captures';
import { validateArticleSource } from '../../../src/lib/archive/validation';
import { blocks, renderMarkdown } from '../../helpers/render-markdown';

const read = (path: string) => readFileSync(new URL(`../../../content/${path}`, import.meta.url));
const entry = validateArticleSource(
  read('articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md').toString('utf8'),
);
if (!entry.ok) throw new Error(entry.problems.join('\n'));
const { data, body } = entry;
const capture = read(data.capture.file);

/** The capture's paragraphs, as the newspaper's page printed them. */
const captured = capture
  .toString('utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const [headline, bylineLine, dateLine, captionLine] = captured;
const footerStart = captured.indexOf('Original url:');
const bodyParagraphs = captured
  .slice(4, footerStart)
  .filter((p) => !p.startsWith('Related article:'))
  // The capture's links lead nowhere ("#"); the archive shows their text.
  .map((p) => p.replace(/\[([^\]]+)\]\(#\)/g, '$1'));

describe('the seed article', () => {
  it('keeps its capture byte for byte, as its checksum says', () => {
    expect(sha256Hex(capture)).toBe(data.capture.sha256);
    expect(data.capture.sha256).toBe('555c3f2c32064d9d331dba3a63582acd8242ba06803013e45e6671ed1519532a');
  });

  it('takes headline, byline, date, caption, credit and source from the capture', () => {
    expect(data.headline).toBe(headline);
    expect(bylineLine).toBe(`By [${data.authors[0]!.name}](#)`);
    expect(dateLine).toBe('December 11, 2024');
    expect(data.published).toBe('2024-12-11');
    expect(captionLine).toBe(`${data.photo!.caption} **${data.photo!.credit}**`);
    expect(captured[footerStart + 1]).toBe(`<${data.sourceUrl}>`);
  });

  it('renders every sentence of the capture, in order, character for character', async () => {
    const rendered = blocks(await renderMarkdown(body)).map((b) => b.text);
    expect(rendered.join(' ')).toBe(bodyParagraphs.join(' '));
  });

  it('marks the four section headings as h2 with ids', async () => {
    const headings = blocks(await renderMarkdown(body), 'h1, h2, h3, h4, h5, h6');
    expect(headings).toEqual([
      { tag: 'h2', id: 'in-half-a-day', text: "'In half a day'" },
      { tag: 'h2', id: 'crumbled-like-a-house-of-cards', text: "'Crumbled like a house of cards'" },
      { tag: 'h2', id: 'no-longer-terrorists', text: "No longer 'terrorists'" },
      { tag: 'h2', id: 'future-chaos', text: "'Future chaos'" },
    ]);
  });

  it('rejoins the two paragraphs the capture cut mid-sentence', async () => {
    const paragraphs = blocks(await renderMarkdown(body), 'p').map((b) => b.text);
    expect(paragraphs).toContainEqual(expect.stringMatching(/Syrian military bases with Assad gone, one diplomat/));
    expect(paragraphs).toContainEqual(expect.stringMatching(/personnel in Tartus and Khmeimim," a Russian diplomat/));
    expect(paragraphs.some((p) => /military bases$|personnel in Tartus$/.test(p))).toBe(false);
  });

  it('has no dead links, no page furniture and no typographic quotes in the body', async () => {
    const html = await renderMarkdown(body);
    expect(html).not.toMatch(/href="#"/);
    expect(html).not.toContain('Related article');
    expect(html).not.toMatch(/[\u2018\u2019\u201C\u201D]/);
  });

  it('lists each editorial change and keeps the related article as a note without a URL', () => {
    expect(data.editorialChanges.map((c) => c.change)).toEqual([
      'headings-marked',
      'paragraphs-rejoined',
      'links-dropped',
      'caption-moved',
      'furniture-removed',
    ]);
    expect(data.related).toEqual([
      {
        title: "Russia Takes a Political, Military and Economic Hit as Syria's Assad Falls from Power",
        publication: 'The Moscow Times',
      },
    ]);
  });
});

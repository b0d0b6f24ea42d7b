import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';

const ARTICLE =
  'articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/index.html';

/** Text cut into sentences: after . ? or ! (and a closing quote), before a space. */
const sentences = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.?!]["']?) (?=["'A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The capture's body: between the caption line and the footer, as the newspaper printed it. */
function capturedBody(): string[] {
  const blocks = readFileSync('content/captures/000_c8bbb14421199b13.txt', 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return (
    blocks
      .slice(4, blocks.indexOf('Original url:'))
      // Permitted differences, listed in the archive notes: the related-article link is page
      // furniture and is not part of the text; links that lead nowhere are shown as text.
      .filter((b) => !b.startsWith('Related article:'))
      .map((b) => b.replace(/\[([^\]]+)\]\(#\)/g, '$1'))
  );
}

/** The built page's article text: headings and paragraphs, without the paragraph numbers. */
function renderedBody(): string[] {
  const tree = fromHtml(readFileSync(join(DIST, ARTICLE), 'utf8'));
  const body = select('.article-body', tree)!;
  for (const number of selectAll('.para-num', body)) number.children = [];
  return selectAll('h2, p', body).map((el) => toText(el));
}

describe('fidelity of the published page to its capture', () => {
  it('loses, duplicates and alters no sentence', () => {
    const captured = sentences(capturedBody().join(' '));
    const rendered = sentences(renderedBody().join(' '));
    expect(captured.length).toBeGreaterThan(40);
    const missing = captured.filter((s) => !rendered.includes(s));
    const added = rendered.filter((s) => !captured.includes(s));
    expect({ missing, added }).toEqual({ missing: [], added: [] });
    expect(rendered).toEqual(captured);
  });
});

import { describe, expect, it } from 'vitest';
import { articleView, fidelityStatement } from '../../../../src/lib/views/article-view';
import type { ArticleData } from '../../../../src/schemas/article';

const data: ArticleData = {
  headline: 'Exclusive: Russia Bets on Chaos',
  kicker: 'Exclusive',
  storySlug: 'russia-bets-on-chaos',
  authors: [{ name: 'Pyotr Kozlov' }],
  publication: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/' },
  published: '2024-12-11',
  sourceUrl: 'https://www.themoscowtimes.com/2024/12/11/a87297',
  photo: { caption: 'A flag.', credit: 'Moskva News Agency' },
  archived: '2026-11-25',
  language: 'en',
  summary: 'A summary.',
  capture: { file: 'captures/x.txt', sha256: 'a'.repeat(64), format: 'text' },
  related: [],
  editorialChanges: [{ change: 'links-dropped', detail: 'Dead links shown as text.' }],
  attributions: [],
};

describe('articleView', () => {
  it('gives the page its headline parts, byline, dates and photo credit', () => {
    const view = articleView(data);
    expect(view).toMatchObject({
      kicker: 'Exclusive',
      title: 'Russia Bets on Chaos',
      byline: 'By Pyotr Kozlov',
      hasByline: true,
      published: { iso: '2024-12-11', text: '11 December 2024' },
      archived: { iso: '2026-11-25', text: '25 November 2026' },
      captured: null,
      year: '2024',
      photo: { caption: 'A flag.', credit: 'Photo: Moskva News Agency', image: null },
      notes: [{ label: 'Links dropped', detail: 'Dead links shown as text.' }],
    });
  });

  it('says when the original had no byline, and when the capture date is known', () => {
    const view = articleView({ ...data, authors: [], noByline: true, captured: '2024-12-12T08:00:00Z' });
    expect(view.byline).toBe('No byline');
    expect(view.hasByline).toBe(false);
    expect(view.captured).toEqual({ iso: '2024-12-12T08:00:00Z', text: '12 December 2024' });
  });
});

describe('fidelityStatement', () => {
  it('claims the words are untouched only when no listed change touched them', () => {
    expect(fidelityStatement([])).toBe('The archive made no changes to the capture.');
    expect(fidelityStatement([{ change: 'headings-marked' }])).toBe(
      "The text is the capture's, word for word. The archive changed only its presentation:",
    );
    expect(fidelityStatement([{ change: 'headings-marked' }, { change: 'text-corrected' }])).toBe(
      'The archive changed the capture as listed here; the capture file itself is unchanged.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { coinsTitle } from '../../../../src/lib/citations/coins';

const item = {
  headline: 'Ferries Run Again & Fares Fall: 50% Off',
  authors: [{ name: 'Ann Lee' }, { name: 'Madonna' }],
  publication: 'The Paper',
  published: '2024-01-02',
  language: 'en',
  sourceUrl: 'https://paper.example/a?id=7&x=1',
  summary: 'The ferry line reopened on Monday.',
};

describe('a COinS span for a listed article', () => {
  it('reads back, as Zotero’s OpenURL parser reads it, as a newspaper article with every field', () => {
    const params = new URLSearchParams(coinsTitle(item));
    expect(params.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dc');
    expect(params.get('rft.type')).toBe('newspaperArticle');
    expect(params.get('rft.title')).toBe(item.headline);
    expect(params.getAll('rft.au')).toEqual(['Lee, Ann', 'Madonna']);
    expect(params.get('rft.source')).toBe('The Paper');
    expect(params.get('rft.date')).toBe('2024-01-02');
    expect(params.get('rft.language')).toBe('en');
    expect(params.get('rft.identifier')).toBe(item.sourceUrl);
    expect(params.get('rft.description')).toBe(item.summary);
    // rft_id would make Zotero drop the access date.
    expect(params.has('rft_id')).toBe(false);
  });

  it('escapes every character that would split a field', () => {
    expect(coinsTitle(item)).not.toMatch(/ |&(?![a-z_.]+=)/);
  });
});

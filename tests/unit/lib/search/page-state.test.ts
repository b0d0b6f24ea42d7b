import { describe, expect, it } from 'vitest';
import { formSearchState, isBlankSearch, openingSearch } from '../../../../src/lib/search/page-state';

const anyFilter = { publication: '', author: '', year: '', person: '', speaker: '' };

describe('formSearchState', () => {
  it('keeps the filters chosen and leaves out those at "Any"', () => {
    const form = { q: 'Putin', sort: 'newest', filters: { ...anyFilter, author: 'Pyotr Kozlov', year: '2024' } };
    expect(formSearchState(form)).toEqual({
      q: 'Putin',
      sort: 'newest',
      filters: { author: 'Pyotr Kozlov', year: '2024' },
    });
  });

  it('takes a sort the page does not offer for best match, and keeps the date orders', () => {
    expect(formSearchState({ q: 'Putin', sort: 'random', filters: anyFilter }).sort).toBe('relevance');
    expect(formSearchState({ q: 'Putin', sort: 'oldest', filters: anyFilter }).sort).toBe('oldest');
  });
});

describe('openingSearch', () => {
  it('runs the search in the address, leaving the address as it is', () => {
    expect(openingSearch({ search: '?q=Gabuev&year=2024', typed: '' })).toEqual({
      state: { q: 'Gabuev', sort: 'relevance', filters: { year: '2024' } },
      rewriteUrl: false,
    });
    expect(openingSearch({ search: '?q=Gabuev', typed: 'Gabuev' }).rewriteUrl).toBe(false);
  });

  it('counts words typed before the script ran, and puts them in the address', () => {
    expect(openingSearch({ search: '?q=Gabuev&sort=newest', typed: 'Gabuev Assad' })).toEqual({
      state: { q: 'Gabuev Assad', sort: 'newest', filters: {} },
      rewriteUrl: true,
    });
  });
});

describe('isBlankSearch', () => {
  it('is true only with neither words nor a filter', () => {
    expect(isBlankSearch('', {})).toBe(true);
    expect(isBlankSearch('Putin', {})).toBe(false);
    expect(isBlankSearch('', { year: '2024' })).toBe(false);
  });
});

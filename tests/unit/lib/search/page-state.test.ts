import { describe, expect, it } from 'vitest';
import {
  formSearchState,
  isBlankSearch,
  openingSearch,
  searchable,
  sortsByDate,
} from '../../../../src/lib/search/page-state';

const anyFilter = { publication: '', author: '', year: '', person: '', speaker: '' };

describe('sorting by date', () => {
  it('is on offer with one index, not with an index in shards', () => {
    expect(sortsByDate(['/pagefind/'])).toBe(true);
    expect(sortsByDate(['/pagefind/', '/pagefind/shard-2/'])).toBe(false);
  });

  it('gives way to best match where the index cannot sort by date', () => {
    const state = { q: 'Putin', sort: 'newest' as const, filters: {} };
    expect(searchable(state, true)).toEqual(state);
    expect(searchable(state, false)).toEqual({ ...state, sort: 'relevance' });
  });
});

describe('formSearchState', () => {
  it('keeps the filters chosen and leaves out those at "Any"', () => {
    const form = { q: 'Putin', sort: 'newest', filters: { ...anyFilter, author: 'Pyotr Kozlov', year: '2024' } };
    expect(formSearchState(form, true)).toEqual({
      q: 'Putin',
      sort: 'newest',
      filters: { author: 'Pyotr Kozlov', year: '2024' },
    });
  });

  it('takes a sort the page does not offer, or cannot give, for best match', () => {
    expect(formSearchState({ q: 'Putin', sort: 'random', filters: anyFilter }, true).sort).toBe('relevance');
    expect(formSearchState({ q: 'Putin', sort: 'oldest', filters: anyFilter }, false).sort).toBe('relevance');
  });
});

describe('openingSearch', () => {
  it('runs the search in the address, leaving the address as it is', () => {
    expect(openingSearch({ search: '?q=Gabuev&year=2024', typed: '', dateSorts: true })).toEqual({
      state: { q: 'Gabuev', sort: 'relevance', filters: { year: '2024' } },
      rewriteUrl: false,
    });
    expect(openingSearch({ search: '?q=Gabuev', typed: 'Gabuev', dateSorts: true }).rewriteUrl).toBe(false);
  });

  it('counts words typed before the script ran, and puts them in the address', () => {
    expect(openingSearch({ search: '?q=Gabuev&sort=newest', typed: 'Gabuev Assad', dateSorts: true })).toEqual({
      state: { q: 'Gabuev Assad', sort: 'newest', filters: {} },
      rewriteUrl: true,
    });
  });

  it('takes a date order out of the address where the index cannot give it', () => {
    expect(openingSearch({ search: '?q=Putin&sort=newest', typed: '', dateSorts: false })).toEqual({
      state: { q: 'Putin', sort: 'relevance', filters: {} },
      rewriteUrl: true,
    });
    expect(openingSearch({ search: '?q=Putin', typed: '', dateSorts: false }).rewriteUrl).toBe(false);
  });
});

describe('isBlankSearch', () => {
  it('is true only with neither words nor a filter', () => {
    expect(isBlankSearch('', {})).toBe(true);
    expect(isBlankSearch('Putin', {})).toBe(false);
    expect(isBlankSearch('', { year: '2024' })).toBe(false);
  });
});

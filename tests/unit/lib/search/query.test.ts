import { describe, expect, it } from 'vitest';
import {
  completedWords,
  describeResults,
  filterMenuValues,
  isExactPhrase,
  normaliseQuery,
  pagefindOptions,
  parseSearchState,
  searchStateToQueryString,
} from '../../../../src/lib/search/query';

describe('search queries', () => {
  it('treats curly quotes typed or pasted like straight ones', () => {
    expect(normaliseQuery('\u201Chouse of cards\u201D')).toBe('"house of cards"');
    expect(normaliseQuery('\u201Ehouse of cards\u201C')).toBe('"house of cards"');
    expect(normaliseQuery('\u00ABhouse of cards\u00BB')).toBe('"house of cards"');
    expect(normaliseQuery('Assad\u2019s  escape ')).toBe("Assad's escape");
  });

  it('recognises a whole query in double quotes as an exact phrase', () => {
    expect(isExactPhrase('"suitcase without a handle"')).toBe(true);
    expect(isExactPhrase('\u201Csuitcase without a handle\u201D')).toBe(true);
    expect(isExactPhrase('suitcase "without a handle"')).toBe(false);
    expect(isExactPhrase('Gabuev')).toBe(false);
  });

  it('round-trips a search through the URL', () => {
    const state = { q: '"house of cards"', sort: 'newest' as const, filters: { author: 'Pyotr Kozlov', year: '2024' } };
    const query = searchStateToQueryString(state);
    expect(query).toBe('?q=%22house+of+cards%22&author=Pyotr+Kozlov&year=2024&sort=newest');
    expect(parseSearchState(query)).toEqual(state);
  });

  it('ignores parameters the page does not offer', () => {
    expect(parseSearchState('?q=Gabuev&sort=random&colour=red')).toEqual({
      q: 'Gabuev',
      sort: 'relevance',
      filters: {},
    });
  });

  it('sorts by the indexed date when asked', () => {
    expect(pagefindOptions({ q: 'x', sort: 'newest', filters: {} })).toEqual({ filters: {}, sort: { date: 'desc' } });
    expect(pagefindOptions({ q: 'x', sort: 'relevance', filters: { publication: 'The Moscow Times' } })).toEqual({
      filters: { publication: 'The Moscow Times' },
    });
  });
});

describe('completedWords: what is fetched ahead while a reader types', () => {
  it.each([
    ['Alexander Gab', 'Alexander'],
    ['Alexander ', 'Alexander'],
    ['Alexander', ''],
    ['of the Kremlin sp', 'the Kremlin'],
    ['“house of cards” Gab', 'house cards'],
    ['"suitcase without a', ''],
    ['“suitcase without a', ''],
    ['', ''],
  ])('%j → %j', (typed, finished) => {
    expect(completedWords(typed)).toBe(finished);
  });
});

describe('describeResults', () => {
  it('says how many results matched what', () => {
    expect(describeResults(1, 'Gabuev')).toBe('1 result matches “Gabuev”.');
    expect(describeResults(3, '"house of cards"')).toBe('3 results match the exact phrase "house of cards".');
    expect(describeResults(0, '')).toBe('No results match the chosen filters.');
  });

  it('names the filters a search was narrowed by', () => {
    expect(describeResults(0, 'Putin', { year: '2023', author: 'Pyotr Kozlov' })).toBe(
      'No results match “Putin” (author Pyotr Kozlov, year 2023).',
    );
  });
});

describe('filterMenuValues', () => {
  it('lists years newest first and names from A to Z', () => {
    expect(filterMenuValues('year', { '2019': 1, '2024': 3, '2021': 1 })).toEqual(['2024', '2021', '2019']);
    expect(filterMenuValues('author', { 'Zoe Z': 1, 'Anna A': 2 })).toEqual(['Anna A', 'Zoe Z']);
  });

  it('keeps a value a shared URL asks for, even when no article has it', () => {
    expect(filterMenuValues('year', { '2024': 1 }, '2023')).toEqual(['2024', '2023']);
    expect(filterMenuValues('year', undefined, '2023')).toEqual(['2023']);
  });
});

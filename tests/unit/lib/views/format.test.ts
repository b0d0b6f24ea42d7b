import { describe, expect, it } from 'vitest';
import { byline, formatDay, headlineWithoutKicker, joinNames, nameParts } from '../../../../src/lib/views/format';

describe('format', () => {
  it('writes days in full, whatever the machine’s time zone', () => {
    expect(formatDay('2024-12-11')).toBe('11 December 2024');
    expect(formatDay('2024-01-01')).toBe('1 January 2024');
  });

  it('joins bylines as printed', () => {
    expect(joinNames(['Pyotr Kozlov'])).toBe('Pyotr Kozlov');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(byline([{ name: 'Pyotr Kozlov' }])).toBe('By Pyotr Kozlov');
    expect(byline([])).toBeNull();
  });

  it('separates a kicker from the headline only when the headline begins with it', () => {
    const headline = "Exclusive: Russia, Reeling from Syrian Regime's Collapse";
    expect(headlineWithoutKicker(headline, 'Exclusive')).toBe("Russia, Reeling from Syrian Regime's Collapse");
    expect(headlineWithoutKicker(headline, 'Opinion')).toBe(headline);
    expect(headlineWithoutKicker(headline)).toBe(headline);
  });
});

describe('nameParts', () => {
  it('splits a byline into names and separators', () => {
    expect(nameParts(['A', 'B', 'C'])).toEqual([
      { name: 'A' },
      { text: ', ' },
      { name: 'B' },
      { text: ' and ' },
      { name: 'C' },
    ]);
    expect(nameParts(['Pyotr Kozlov'])).toEqual([{ name: 'Pyotr Kozlov' }]);
  });
});

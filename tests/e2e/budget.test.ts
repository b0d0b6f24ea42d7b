import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../bench/page-weight';
import { DIST } from '../helpers/dist';
import { ARTICLE } from '../helpers/seed';

describe('page weight budgets (HTML + CSS + JS before interaction, gzipped)', () => {
  it.each([
    // The whole article in the first round trip: about 14 KB.
    [ARTICLE, 14_000],
    ['/', 14_000],
    ['/search/', 14_000],
  ])('%s stays within %i bytes', (path, budget) => {
    const { bytes, files } = pageWeight(DIST, path);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(bytes).toBeLessThanOrEqual(budget);
  });
});

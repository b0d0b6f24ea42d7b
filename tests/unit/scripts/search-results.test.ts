import { describe, expect, it } from 'vitest';
import { snapshotCount } from '../../../src/scripts/search-results';

describe('snapshotCount', () => {
  it('says how many snapshots of a story the archive keeps, and that the newest is the one listed', () => {
    expect(snapshotCount('1')).toBe('1 snapshot');
    expect(snapshotCount('3')).toBe('3 snapshots (newest shown)');
  });

  it('says nothing for pages that are not articles', () => {
    expect(snapshotCount(undefined)).toBe('');
    expect(snapshotCount('many')).toBe('');
  });
});

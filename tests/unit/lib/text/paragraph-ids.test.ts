import { describe, expect, it } from 'vitest';
import { paragraphId, paragraphNumberOf } from '../../../../src/lib/text/paragraph-ids';

describe('paragraph ids', () => {
  it('name a paragraph by its number and give the number back, and no other id', () => {
    expect(paragraphId(12)).toBe('p-12');
    expect(paragraphNumberOf(paragraphId(12))).toBe(12);
    const others = ['future-chaos', 'p-', 'p-1a', 'p-007', 'p-0', 'p-99999999999999999999', 'q-15-1', undefined];
    // A heading "P-8 patrols" gets the id "p-8-patrols" from its text: not a paragraph.
    others.push('p-8-patrols');
    for (const id of others) expect(paragraphNumberOf(id)).toBeUndefined();
  });
});

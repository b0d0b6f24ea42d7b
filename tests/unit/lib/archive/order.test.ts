import { describe, expect, it } from 'vitest';
import { byNewest } from '../../../../src/lib/archive/order';

const entry = (id: string, published: string, archived = '2026-11-25') => ({ id, data: { published, archived } });

describe('byNewest', () => {
  it('lists the most recently published first, and breaks ties the same way every time', () => {
    const entries = [
      entry('b', '2024-12-11'),
      entry('old', '2019-05-01'),
      entry('a', '2024-12-11'),
      entry('new', '2025-01-02'),
      entry('later-copy', '2024-12-11', '2026-12-01'),
    ];
    expect(entries.sort(byNewest).map((e) => e.id)).toEqual(['new', 'later-copy', 'a', 'b', 'old']);
  });
});

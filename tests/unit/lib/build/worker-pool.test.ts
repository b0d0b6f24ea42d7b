import { describe, expect, it } from 'vitest';
import { ahead, inBatches } from '../../../../src/lib/build/worker-pool';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('inBatches', () => {
  it('returns results in the items’ order, however long each takes', async () => {
    expect(await inBatches([30, 5, 20, 1, 10], 2, (ms, i) => later(`${i}:${ms}`, ms))).toEqual([
      '0:30',
      '1:5',
      '2:20',
      '3:1',
      '4:10',
    ]);
  });

  it('runs at most `size` at once', async () => {
    let running = 0;
    let most = 0;
    await inBatches(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      async () => {
        most = Math.max(most, ++running);
        await later(null, 2);
        running--;
      },
    );
    expect(most).toBe(3);
  });

  it('starts the next item as soon as one is done: a slow item does not hold up the rest', async () => {
    const done: number[] = [];
    await inBatches([200, 1, 1, 1, 1, 1, 1, 1], 2, async (ms, i) => {
      await later(null, ms);
      done.push(i);
    });
    // The seven quick items finish on the second worker while the first waits on the slow one.
    expect(done).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
  });

  it('starts no further item after a failure, and throws it', async () => {
    const started: number[] = [];
    await expect(
      inBatches([0, 1, 2, 3, 4, 5], 2, async (n) => {
        started.push(n);
        await later(null, 5);
        if (n === 1) throw new Error('item 1 failed');
      }),
    ).rejects.toThrow('item 1 failed');
    await later(null, 30);
    expect(started.slice(0, 2)).toEqual([0, 1]);
    for (const n of [3, 4, 5]) expect(started).not.toContain(n);
  });
});

describe('ahead', () => {
  it('yields in order while working up to `size` items ahead', async () => {
    const started: number[] = [];
    const seen: number[] = [];
    for await (const n of ahead([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      return later(n, 6 - n);
    })) {
      seen.push(n);
      // When an item is handed over, no more than `size` items beyond it have been started.
      expect(started.length).toBeLessThanOrEqual(Math.min(5, n + 2));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});

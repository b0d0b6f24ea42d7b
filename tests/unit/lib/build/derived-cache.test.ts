import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noDerivedCache, openDerivedCache } from '../../../../src/lib/build/derived-cache';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archive-derived-'));
  file = join(dir, 'cache/text.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const upper = (input: string) => input.toUpperCase();

/** One build: opens the cache, asks for each input, saves; returns the results and what was worked out. */
async function build(inputs: string[], code = 'v1') {
  const compute = vi.fn(upper);
  const cache = await openDerivedCache<string>(file, code);
  const results = inputs.map((input) => cache.get(input, compute));
  await cache.save();
  return { results, computed: compute.mock.calls.map(([input]) => input), counts: { ...cache.counts } };
}

describe('a cache of results kept from one build to the next', () => {
  it('works each input out once, and the next build reads the result back', async () => {
    expect(await build(['a', 'b', 'a'])).toEqual({
      results: ['A', 'B', 'A'],
      computed: ['a', 'b'],
      counts: { kept: 0, computed: 2 },
    });
    expect(await build(['a', 'b', 'c'])).toEqual({
      results: ['A', 'B', 'C'],
      computed: ['c'],
      counts: { kept: 2, computed: 1 },
    });
  });

  it('uses nothing kept by other code', async () => {
    await build(['a', 'b']);
    expect((await build(['a', 'b'], 'v2')).computed).toEqual(['a', 'b']);
  });

  it('keeps only what the last build asked for', async () => {
    await build(['a', 'b']);
    await build(['b']);
    expect((await build(['a', 'b'])).computed).toEqual(['a']);
    const [header, ...results] = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(header!)).toEqual({ code: 'v1' });
    expect(results.map((line) => (JSON.parse(line) as [string, string])[1]).sort()).toEqual(['A', 'B']);
  });

  it('works everything out again when the file is cut short or is not a cache', async () => {
    await build(['a', 'b']);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -4));
    expect((await build(['a', 'b'])).computed).toEqual(['a', 'b']);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 10));
    expect((await build(['a'])).computed).toEqual(['a']);
    writeFileSync(file, '["not", "a", "cache"]');
    expect((await build(['a'])).results).toEqual(['A']);
  });

  it('that keeps nothing works every result out', () => {
    const cache = noDerivedCache<string>();
    const compute = vi.fn(upper);
    expect([cache.get('a', compute), cache.get('a', compute)]).toEqual(['A', 'A']);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

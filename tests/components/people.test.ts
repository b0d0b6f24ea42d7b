import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_CACHE } from '../../src/lib/analysis/article-analysis';
import type { ArchivedArticle } from '../../src/lib/archive/articles';
import { openDerivedCache, shareDerivedCache, type DerivedCache } from '../../src/lib/build/derived-cache';
import type { Person } from '../../src/schemas/person';

const collection = vi.hoisted(() => ({ entries: [] as unknown[] }));
vi.mock('astro:content', () => ({ getCollection: async () => collection.entries }));

const dir = mkdtempSync(join(tmpdir(), 'archive-analysis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'analysis.json');

const HTML =
  '<p id="p-1">Alexander Gabuev said Moscow would wait.</p><p id="p-2">“We will see,” Sergei Stepashin said.</p>';
const person = (id: string, name: string): Person => ({
  id,
  name,
  aliases: [],
  description: 'Someone.',
  compounds: false,
});
const GABUEV = person('alexander-gabuev', 'Alexander Gabuev');
const STEPASHIN = person('sergei-stepashin', 'Sergei Stepashin');
const article = (html = HTML) =>
  ({
    path: '/articles/pub/2024-12-11/story/20261125/',
    source: { file: 'content/articles/story.md' },
    entry: { rendered: { html }, data: { attributions: undefined } },
  }) as unknown as ArchivedArticle;

/** One build: a cache opened from the last one, shared as a build shares it, then saved. */
async function build(people: Person[], html = HTML) {
  vi.resetModules();
  const cache: DerivedCache<unknown> = await openDerivedCache(file, 'code');
  shareDerivedCache(ANALYSIS_CACHE, cache);
  const { analysisOf } = await import('../../src/lib/analysis/people');
  const analysis = analysisOf(article(html), people);
  await cache.save();
  return { analysis, counts: { ...cache.counts } };
}

beforeEach(() => rmSync(file, { force: true }));

describe("an article's people and quotations, kept from one build to the next", () => {
  it('are found once, and the next build of the same article takes them as they were', async () => {
    const first = await build([GABUEV, STEPASHIN]);
    expect(first.counts).toEqual({ kept: 0, computed: 1 });
    expect(first.analysis.mentions.map((m) => m.personId)).toEqual(['alexander-gabuev', 'sergei-stepashin']);
    const second = await build([GABUEV, STEPASHIN]);
    expect(second.counts).toEqual({ kept: 1, computed: 0 });
    expect(second.analysis).toEqual(first.analysis);
  });

  it('are found again when the registry changes: a person added is linked in articles that did not change', async () => {
    const before = await build([GABUEV]);
    expect(before.analysis.mentions.map((m) => m.personId)).toEqual(['alexander-gabuev']);
    expect(before.analysis.quotes[0]!.speaker).toEqual({ kind: 'name', name: 'Sergei Stepashin' });
    const after = await build([GABUEV, STEPASHIN]);
    expect(after.counts).toEqual({ kept: 0, computed: 1 });
    expect(after.analysis.html).toContain('href="/people/sergei-stepashin/"');
    expect(after.analysis.quotes[0]!.speaker).toEqual({ kind: 'person', id: 'sergei-stepashin' });
  });

  it('are found again when the text changes', async () => {
    await build([GABUEV]);
    const changed = await build([GABUEV], HTML.replace('would wait', 'would not wait'));
    expect(changed.counts).toEqual({ kept: 0, computed: 1 });
    expect(changed.analysis.html).toContain('would not wait');
  });
});

describe('getPeople', () => {
  const entry = (id: string, name: string, digest: string) => ({
    id,
    digest,
    data: { name, aliases: [], description: 'Someone.', compounds: false },
  });

  it('gives the registry by name, the same list each time until an entry changes', async () => {
    vi.resetModules();
    const { getPeople } = await import('../../src/lib/analysis/people');
    collection.entries = [
      entry('sergei-stepashin', 'Sergei Stepashin', 'd1'),
      entry('alexander-gabuev', 'Alexander Gabuev', 'd2'),
    ];
    const first = await getPeople();
    expect(first.map((p) => p.id)).toEqual(['alexander-gabuev', 'sergei-stepashin']);
    collection.entries = [
      entry('sergei-stepashin', 'Sergei Stepashin', 'd1'),
      entry('alexander-gabuev', 'Alexander Gabuev', 'd2'),
    ];
    expect(await getPeople()).toBe(first);
    collection.entries = [
      entry('sergei-stepashin', 'Sergey Stepashin', 'd3'),
      entry('alexander-gabuev', 'Alexander Gabuev', 'd2'),
    ];
    const edited = await getPeople();
    expect(edited.map((p) => p.name)).toEqual(['Alexander Gabuev', 'Sergey Stepashin']);
    collection.entries = [entry('alexander-gabuev', 'Alexander Gabuev', 'd2')];
    expect((await getPeople()).map((p) => p.id)).toEqual(['alexander-gabuev']);
  });
});

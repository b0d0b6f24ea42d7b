import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateArchive, peoplePool, random, vocabulary, zipf } from '../../../bench/generate';
import { validateArticleSource } from '../../../src/lib/archive/validation';

describe('the benchmark archive generator', () => {
  const files = generateArchive(20, 7);
  const articles = files.filter((f) => f.path.endsWith('.md'));

  it('is deterministic: the same seed gives the same archive', () => {
    expect(generateArchive(20, 7)).toEqual(files);
    expect(generateArchive(20, 8)).not.toEqual(files);
  });

  it('writes articles the real schema accepts, each with its capture and checksum', () => {
    expect(articles).toHaveLength(20);
    for (const article of articles) {
      const result = validateArticleSource(article.content);
      expect(result.ok ? [] : result.problems, article.path).toEqual([]);
      if (!result.ok) continue;
      const capture = files.find((f) => f.path === `content/${result.data.capture.file}`)!;
      expect(createHash('sha256').update(capture.content).digest('hex')).toBe(result.data.capture.sha256);
    }
  });

  it('gives articles headings, quotations and registered names', () => {
    const text = articles.map((a) => a.content).join('\n');
    expect(text).toMatch(/^## /m);
    expect(text).toMatch(/^"[^"]+" \w+ said\.$/m);
    expect(text).toContain('Putin');
  });

  it('names people as news does: the most prominent in most articles, an analyst in a few per cent', () => {
    const many = generateArchive(1000, 3).filter((f) => f.path.endsWith('.md'));
    const share = (name: string) => many.filter((a) => a.content.includes(name)).length / many.length;
    expect(share('Vladimir Putin')).toBeGreaterThan(0.3);
    expect(share('Alexander Gabuev')).toBeGreaterThan(0.005);
    expect(share('Alexander Gabuev')).toBeLessThan(0.1);
    expect(peoplePool(random(1))).toHaveLength(5000);
  });

  it('draws words by Zipf’s law from a large vocabulary', () => {
    const rnd = random(1);
    const words = vocabulary(60_000, rnd);
    expect(new Set(words).size).toBe(60_000);
    const draw = zipf(words, rnd);
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const w = draw();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    // The commonest word is drawn about twice as often as the second (1/r), and most words are rare.
    const ranked = [...counts.values()].sort((a, b) => b - a);
    expect(ranked[0]! / ranked[1]!).toBeGreaterThan(1.6);
    expect(ranked[0]! / ranked[1]!).toBeLessThan(2.5);
    expect(counts.size).toBeGreaterThan(20_000);
  });
});

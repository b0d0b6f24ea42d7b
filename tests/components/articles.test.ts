import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'archive-articles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entry = (id: string, published: string, storySlug: string, captured?: string) => {
  const filePath = join(dir, `${id}.md`);
  writeFileSync(filePath, `source of ${id}\n`);
  return {
    id,
    filePath,
    data: { published, archived: '2026-11-25', captured, storySlug, publication: { name: 'The Moscow Times' } },
  };
};
const collection = vi.hoisted(() => ({ entries: [] as unknown[] }));
vi.mock('astro:content', () => ({ getCollection: async () => collection.entries }));

const { getArchivedArticles, getLatestArticles } = await import('../../src/lib/archive/articles');

describe('getArchivedArticles (what the home page, feed and article routes read)', () => {
  it('gives every snapshot newest story first, with its permanent address and its source hash', async () => {
    collection.entries = [
      entry('b', '2024-12-11', 'syria'),
      entry('c', '2019-05-01', 'older'),
      entry('a', '2025-01-02', 'newer'),
    ];
    const articles = await getArchivedArticles();
    expect(articles.map((a) => a.path)).toEqual([
      '/articles/the-moscow-times/2025-01-02/newer/20261125/',
      '/articles/the-moscow-times/2024-12-11/syria/20261125/',
      '/articles/the-moscow-times/2019-05-01/older/20261125/',
    ]);
    expect(articles[1]!.source.sha256).toBe(createHash('sha256').update('source of b\n').digest('hex'));
  });

  it('groups snapshots of one story: the newest is shown at the plain address and in lists', async () => {
    collection.entries = [
      entry('first', '2024-12-11', 'syria', '2024-12-11T08:00:00Z'),
      entry('second', '2024-12-11', 'syria', '2024-12-12T08:00:00Z'),
    ];
    const articles = await getArchivedArticles();
    const newest = articles.find((a) => a.isNewest)!;
    expect(newest.entry.id).toBe('second');
    expect(newest.storyPath).toBe('/articles/the-moscow-times/2024-12-11/syria/');
    expect(newest.snapshots.map((s) => s.stamp)).toEqual(['20241212080000', '20241211080000']);
    expect((await getLatestArticles()).map((a) => a.entry.id)).toEqual(['second']);
  });

  it('refuses two entries that would share an address', async () => {
    collection.entries = [entry('a', '2024-12-11', 'syria'), entry('b', '2024-12-11', 'syria')];
    await expect(getArchivedArticles()).rejects.toThrow(
      `${join(dir, 'b.md')}: publication, published, storySlug and the snapshot time (captured or archived) give the address /articles/the-moscow-times/2024-12-11/syria/20261125/, already used by ${join(dir, 'a.md')}`,
    );
  });
});

import { describe, expect, it, vi } from 'vitest';

const entry = (id: string, published: string, storySlug: string) => ({
  id,
  filePath: `content/articles/${id}.md`,
  data: { published, archived: '2026-11-25', storySlug, publication: { name: 'The Moscow Times' } },
});
const collection = vi.hoisted(() => ({ entries: [] as unknown[] }));
vi.mock('astro:content', () => ({ getCollection: async () => collection.entries }));

const { getArchivedArticles } = await import('../../src/lib/articles');

describe('getArchivedArticles (what the home page, feed and article routes read)', () => {
  it('gives every article newest first, with its permanent path', async () => {
    collection.entries = [
      entry('b', '2024-12-11', 'syria'),
      entry('c', '2019-05-01', 'older'),
      entry('a', '2025-01-02', 'newer'),
    ];
    const articles = await getArchivedArticles();
    expect(articles.map((a) => a.path)).toEqual([
      '/articles/the-moscow-times/2025-01-02/newer/',
      '/articles/the-moscow-times/2024-12-11/syria/',
      '/articles/the-moscow-times/2019-05-01/older/',
    ]);
  });

  it('refuses two entries that would share a path', async () => {
    collection.entries = [entry('a', '2024-12-11', 'syria'), entry('b', '2024-12-11', 'syria')];
    await expect(getArchivedArticles()).rejects.toThrow(
      'content/articles/b.md: publication, published and storySlug give the path /articles/the-moscow-times/2024-12-11/syria/, already used by content/articles/a.md',
    );
  });
});

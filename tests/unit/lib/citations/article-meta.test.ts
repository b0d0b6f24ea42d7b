import { describe, expect, it } from 'vitest';
import { citationMetaTags, newsArticleJsonLd } from '../../../../src/lib/citations/article-meta';
import { htmlSafeJson } from '../../../../src/lib/json';

const input = {
  headline: 'A headline </script><script>alert(1)</script>',
  summary: 'S',
  authors: [{ name: 'Ann Lee' }, { name: 'Madonna' }],
  publication: { name: 'The Paper', url: 'https://paper.example/' },
  published: '2024-01-02',
  language: 'en',
  sourceUrl: 'https://paper.example/a',
  archiveUrl: 'https://archive.example/a/20260101/',
  archived: '2026-01-01',
  archiveName: 'News Archive',
};

describe('article metadata', () => {
  it('gives one citation_author per author, family name first', () => {
    const authors = citationMetaTags(input).filter((t) => 'name' in t && t.name === 'citation_author');
    expect(authors.map((t) => t.content)).toEqual(['Lee, Ann', 'Madonna']);
  });

  it('never says journal or DC.source, which would change what Zotero saves', () => {
    const names = citationMetaTags(input).map((t) => ('name' in t ? t.name : t.property));
    expect(names).not.toContain('citation_journal_title');
    expect(names).not.toContain('DC.source');
    expect(names).toContain('DC.type');
  });

  it('gives the original address as the item’s URL and the archived copy as a line of Extra', () => {
    const tags = Object.fromEntries(citationMetaTags(input).map((t) => ['name' in t ? t.name : t.property, t.content]));
    expect(tags['citation_public_url']).toBe('https://paper.example/a');
    expect(tags['og:url']).toBe('https://archive.example/a/20260101/');
    expect(tags['z.extra']).toBe('Archived copy: News Archive, 2026-01-01, https://archive.example/a/20260101/');
    expect(tags['z.itemType']).toBe('newspaperArticle');
  });

  it('gives a short title only for a headline with a kicker, where Zotero would take the kicker', () => {
    const names = (extra: object) => citationMetaTags({ ...input, ...extra }).map((t) => ('name' in t ? t.name : ''));
    expect(names({})).not.toContain('bibo.shortTitle');
    const tags = citationMetaTags({ ...input, shortTitle: 'Ferries run again' });
    expect(tags).toContainEqual({ name: 'bibo.shortTitle', content: 'Ferries run again' });
  });

  it('writes JSON-LD that no headline can break out of', () => {
    const json = htmlSafeJson(newsArticleJsonLd(input));
    expect(json).not.toMatch(/<\/script|<script|<!--/i);
    expect(JSON.parse(json).headline).toBe(input.headline);
  });
});

import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  articleRouteParam,
  assertUniquePaths,
  publicationKey,
} from '../../../src/lib/permalinks';

const seed = {
  publication: { name: 'The Moscow Times' },
  published: '2024-12-11',
  storySlug: 'russia-bets-on-chaos-to-preserve-its-syrian-foothold',
  headline: 'Exclusive: Russia, Reeling from ...',
};

describe('permalinks', () => {
  it('builds the article path from publication, day and story slug', () => {
    expect(articlePath(seed)).toBe(
      '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/',
    );
  });

  it('does not change when the headline is rewritten', () => {
    const rewritten = { ...seed, headline: 'Russia Bets on Chaos in Syria' };
    expect(articlePath(rewritten)).toBe(articlePath(seed));
  });

  it('gives each publication a URL-safe key', () => {
    expect(publicationKey('The Moscow Times')).toBe('the-moscow-times');
    expect(publicationKey('Le Monde diplomatique')).toBe('le-monde-diplomatique');
  });

  it('gives the route parameter without the leading folder or slashes', () => {
    expect(articleRouteParam(seed)).toBe(
      'the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold',
    );
  });

  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/articles/x/', 'https://archive.example.org/')).toBe('https://archive.example.org/articles/x/');
  });
});

describe('assertUniquePaths', () => {
  it('names both files when two entries claim one address', () => {
    expect(() =>
      assertUniquePaths([
        { file: 'articles/a.md', path: '/articles/x/2024-01-01/story/' },
        { file: 'articles/b.md', path: '/articles/x/2024-01-01/story/' },
      ]),
    ).toThrow(
      'articles/b.md: publication, published and storySlug give the path /articles/x/2024-01-01/story/, already used by articles/a.md; choose another storySlug',
    );
    expect(() =>
      assertUniquePaths([
        { file: 'a.md', path: '/a/' },
        { file: 'b.md', path: '/b/' },
      ]),
    ).not.toThrow();
  });
});

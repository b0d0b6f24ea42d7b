import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articleRouteParam,
  changesPath,
  isChangesAddress,
  assertUniquePaths,
  publicationKey,
  snapshotInstant,
  snapshotPath,
  snapshotStamp,
  storyPath,
} from '../../../../src/lib/archive/permalinks';

const seed = {
  publication: { name: 'The Moscow Times' },
  published: '2024-12-11',
  storySlug: 'russia-bets-on-chaos-to-preserve-its-syrian-foothold',
  archived: '2026-11-25',
  headline: 'Exclusive: Russia, Reeling from ...',
};

describe('permalinks', () => {
  it("builds the story's plain address from publication, day and story slug", () => {
    expect(storyPath(seed)).toBe(
      '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/',
    );
  });

  it('gives each snapshot a permanent address ending in its web-archive timestamp', () => {
    expect(snapshotPath(seed)).toBe(
      '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/',
    );
  });

  it('dates a snapshot by its capture time when known, in UTC to the second', () => {
    expect(snapshotStamp({ archived: '2026-11-25', captured: '2024-12-11T12:15:00+02:00' })).toBe('20241211101500');
    expect(snapshotStamp({ archived: '2026-11-25', captured: '2024-12-12' })).toBe('20241212');
    expect(snapshotInstant({ archived: '2026-11-25' })).toEqual({ iso: '2026-11-25', kind: 'added' });
    expect(snapshotInstant({ archived: '2026-11-25', captured: '2024-12-12' })).toEqual({
      iso: '2024-12-12',
      kind: 'captured',
    });
  });

  it('gives two captures of one story two addresses under the same plain address', () => {
    const later = { ...seed, captured: '2024-12-12T08:00:00Z' };
    expect(snapshotPath(later)).not.toBe(snapshotPath(seed));
    expect(snapshotPath(later).startsWith(storyPath(seed))).toBe(true);
  });

  it('does not change when the headline is rewritten', () => {
    const rewritten = { ...seed, headline: 'Russia Bets on Chaos in Syria' };
    expect(snapshotPath(rewritten)).toBe(snapshotPath(seed));
  });

  it('gives each publication a URL-safe key', () => {
    expect(publicationKey('The Moscow Times')).toBe('the-moscow-times');
    expect(publicationKey('Le Monde diplomatique')).toBe('le-monde-diplomatique');
    expect(publicationKey('AT&T News — Daily')).toBe('att-news-daily');
    expect(publicationKey('Süddeutsche Zeitung')).toBe('suddeutsche-zeitung');
    expect(publicationKey('Коммерсантъ')).toBe('kommersant');
    expect(publicationKey('Новая газета')).toBe('novaya-gazeta');
    expect(publicationKey('!!!')).toBe('');
  });

  it('gives the route parameter without the leading folder or slashes', () => {
    expect(articleRouteParam(snapshotPath(seed))).toBe(
      'the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125',
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
        { file: 'articles/a.md', path: '/articles/x/2024-01-01/story/20260101/' },
        { file: 'articles/b.md', path: '/articles/x/2024-01-01/story/20260101/' },
      ]),
    ).toThrow(
      'articles/b.md: publication, published, storySlug and the snapshot time (captured or archived) give the address /articles/x/2024-01-01/story/20260101/, already used by articles/a.md',
    );
    expect(() =>
      assertUniquePaths([
        { file: 'a.md', path: '/a/' },
        { file: 'b.md', path: '/b/' },
      ]),
    ).not.toThrow();
  });
});

describe('changes addresses', () => {
  const story = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/';
  it('puts the comparison of two snapshots under the story, older stamp first', () => {
    expect(changesPath(story, '20261125', '20261126090000')).toBe(`${story}changes/20261125-20261126090000/`);
  });

  it('tells comparison pages apart from snapshots and stories', () => {
    expect(isChangesAddress(`https://archive.example${story}changes/20261125-20261126090000/`)).toBe(true);
    expect(isChangesAddress(`${story}20261125/`)).toBe(false);
    expect(isChangesAddress(story)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArchivedArticle } from '../../../../src/lib/archive/articles';
import { changesHref, changesPage, snapshotPairs } from '../../../../src/lib/views/changes-page';

const STORY = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/';

/** A snapshot as the collection gives it: only the fields the comparison reads. */
function snapshot(archived: string, html: string, headline = 'Russia Bets on Chaos'): ArchivedArticle {
  const stamp = archived.replaceAll('-', '');
  return {
    path: `${STORY}${stamp}/`,
    storyPath: STORY,
    entry: {
      data: {
        headline,
        authors: [{ name: 'Pyotr Kozlov' }],
        publication: { name: 'The Moscow Times' },
        published: '2024-12-11',
        archived,
        storySlug: 'russia-bets-on-chaos',
      },
      rendered: { html },
    },
  } as unknown as ArchivedArticle;
}

const older = snapshot(
  '2026-11-25',
  '<p id="p-1">It poses an unprecedented challenge.</p><h2>Future chaos</h2><p id="p-2">Same.</p>',
);
const newer = snapshot(
  '2026-11-27',
  '<p id="p-1">It poses a serious challenge.</p><h2>Future chaos</h2><p id="p-2">Same.</p>',
  'Russia Bets on Chaos in Syria',
);

describe('changesPage', () => {
  const page = changesPage(older, newer);

  it('lives under the story, older snapshot first', () => {
    expect(page.path).toBe(`${STORY}changes/20261125-20261127/`);
    expect(page.older.path).toBe(`${STORY}20261125/`);
    expect(page.newer.date).toBe('27 November 2026');
  });

  it('marks the changed sentence and gives it an id the summary links to', () => {
    const changed = page.blocks.filter((b) => b.kind !== 'same');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.id).toBe('change-1');
    expect(changed[0]!.label).toBe('Changed paragraph: “It poses a serious challenge.”');
    expect(changed[0]!.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
      'an unprecedented',
    ]);
    expect(page.blocks.map((b) => b.heading)).toEqual([false, true, false]);
  });

  it('lists the citation fields that differ, and only those', () => {
    expect(page.fieldChanges.map((f) => f.label)).toEqual(['Headline']);
    expect(page.summary).toBe('2 words removed and 2 added, in 1 of 3 blocks of text; 1 citation field changed.');
  });

  it('says so when two snapshots have the same text', () => {
    expect(changesPage(older, older).summary).toBe('The two snapshots have the same text.');
  });
});

describe('snapshotPairs', () => {
  it('compares every two snapshots of a story once, older first', () => {
    const third = snapshot('2026-12-01', '<p>Later.</p>');
    const pairs = snapshotPairs([third, newer, older]).map(([a, b]) => [a.entry.data.archived, b.entry.data.archived]);
    expect(pairs).toEqual([
      ['2026-11-25', '2026-11-27'],
      ['2026-11-25', '2026-12-01'],
      ['2026-11-27', '2026-12-01'],
    ]);
  });

  it('has nothing to compare for a story kept once', () => {
    expect(snapshotPairs([older])).toEqual([]);
  });
});

describe('changesHref', () => {
  it('gives the same address whichever snapshot links to the other', () => {
    expect(changesHref(STORY, '20261127', '20261125')).toBe(changesHref(STORY, '20261125', '20261127'));
  });
});

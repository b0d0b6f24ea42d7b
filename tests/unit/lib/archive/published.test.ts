import { describe, expect, it } from 'vitest';
import { placeSnapshots } from '../../../../src/lib/archive/published';

const STORY = '/articles/the-moscow-times/2024-12-11/syria/';
const snapshot = (id: string, archived: string, storySlug = 'syria', published = '2024-12-11') => ({
  id,
  data: { publication: { name: 'The Moscow Times' }, published, storySlug, archived },
  path: `/articles/the-moscow-times/${published}/${storySlug}/${archived.replaceAll('-', '')}/`,
});

describe('placeSnapshots', () => {
  const first = snapshot('first', '2025-01-01');
  const second = snapshot('second', '2026-11-25');
  const other = snapshot('other', '2025-06-01', 'other-story', '2025-05-31');

  it('lists the newest story first and gives each snapshot its story, its rank and its siblings', () => {
    const placed = placeSnapshots([first, other, second], new Set());
    expect(placed.map((p) => [p.id, p.storyPath, p.isNewest])).toEqual([
      ['other', '/articles/the-moscow-times/2025-05-31/other-story/', true],
      ['second', STORY, true],
      ['first', STORY, false],
    ]);
    expect(placed[2]!.snapshots.map((s) => s.path)).toEqual([second.path, first.path]);
    expect(placed[2]!.snapshots[1]).toEqual({
      path: first.path,
      stamp: '20250101',
      instant: { iso: '2025-01-01', kind: 'added' },
    });
  });

  it("leaves a withdrawn snapshot out, so the older one becomes the story's newest", () => {
    const placed = placeSnapshots([first, second], new Set([second.path]));
    expect(placed.map((p) => [p.id, p.isNewest, p.snapshots.length])).toEqual([['first', true, 1]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArchivedArticle } from '../../../../src/lib/archive/articles';
import { dataKey, pairKey, registryKey, snapshotKey } from '../../../../src/lib/build/render-keys';
import type { Person } from '../../../../src/schemas/person';

const STORY = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos/';
const ref = (stamp: string) => ({ path: `${STORY}${stamp}/`, stamp, instant: { iso: stamp, kind: 'added' as const } });

function article(digest: string, snapshots = [ref('20261125')]): ArchivedArticle {
  return {
    path: `${STORY}20261125/`,
    storyPath: STORY,
    isNewest: snapshots[0]!.stamp === '20261125',
    snapshots,
    source: { file: 'content/articles/a.md', sha256: 'a'.repeat(64) },
    entry: { digest },
  } as unknown as ArchivedArticle;
}

const people = [{ id: 'pyotr-kozlov', name: 'Pyotr Kozlov' }] as unknown as Person[];

describe('incremental build keys', () => {
  it('stay the same when nothing a page shows has changed', () => {
    expect(snapshotKey(article('d1'), 'snapshot', registryKey(people))).toBe(
      snapshotKey(article('d1'), 'snapshot', registryKey(people)),
    );
  });

  it('change when the entry is edited', () => {
    expect(snapshotKey(article('d2'), 'snapshot')).not.toBe(snapshotKey(article('d1'), 'snapshot'));
  });

  it('change when a newer snapshot of the story is added, which the page lists and which makes this one older', () => {
    const alone = snapshotKey(article('d1'), 'snapshot');
    const withNewer = snapshotKey(article('d1', [ref('20261201'), ref('20261125')]), 'snapshot');
    expect(withNewer).not.toBe(alone);
  });

  it('change when an older snapshot is added, which the page lists though it stays the newest', () => {
    const alone = snapshotKey(article('d1'), 'snapshot');
    const withOlder = snapshotKey(article('d1', [ref('20261125'), ref('20261101')]), 'snapshot');
    expect(withOlder).not.toBe(alone);
  });

  it('change when the people registry changes, since the page links the names it finds', () => {
    const renamed = [{ id: 'pyotr-kozlov', name: 'Pyotr Kozlov', aliases: ['P. Kozlov'] }] as unknown as Person[];
    expect(snapshotKey(article('d1'), 'snapshot', registryKey(renamed))).not.toBe(
      snapshotKey(article('d1'), 'snapshot', registryKey(people)),
    );
  });

  it('differ between the pages and files made from one snapshot', () => {
    expect(snapshotKey(article('d1'), 'cite.bib')).not.toBe(snapshotKey(article('d1'), 'cite.ris'));
    expect(snapshotKey(article('d1'), 'story')).not.toBe(snapshotKey(article('d1'), 'snapshot'));
  });

  it('for a comparison, change when either snapshot changes', () => {
    expect(pairKey(article('d1'), article('d2'))).not.toBe(pairKey(article('d1'), article('d3')));
  });

  it('for a file made from data, change exactly when the data does', () => {
    expect(dataKey({ original: 'https://a.example/', snapshots: [1] })).toBe(
      dataKey({ original: 'https://a.example/', snapshots: [1] }),
    );
    expect(dataKey({ original: 'https://a.example/', snapshots: [1, 2] })).not.toBe(
      dataKey({ original: 'https://a.example/', snapshots: [1] }),
    );
  });
});

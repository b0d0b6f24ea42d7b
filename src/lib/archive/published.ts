import { byNewest } from './order';
import { snapshotInstant, snapshotStamp, storyPath, type SnapshotFields } from './permalinks';

/** One snapshot of a story, as other snapshots list it. */
interface SnapshotRef {
  path: string;
  stamp: string;
  instant: { iso: string; kind: 'captured' | 'added' };
}

/** What placing a snapshot needs: its entry id, its address fields and its permanent address. */
export interface Placeable {
  id: string;
  data: SnapshotFields;
  path: string;
}

/** Where a published snapshot stands in its story. */
export interface Placed {
  /** The story's plain address, which shows its newest snapshot. */
  storyPath: string;
  /** True for the newest published snapshot of its story: the one lists, feeds and search show. */
  isNewest: boolean;
  /** Every published snapshot of the story, newest first (this one included). */
  snapshots: SnapshotRef[];
}

const newestSnapshotFirst = (a: SnapshotRef, b: SnapshotRef) => b.stamp.localeCompare(a.stamp);

/**
 * The published snapshots among `items`, newest story first, each placed in its story: withdrawn
 * addresses are left out, and each snapshot learns its story's address, whether it is the story's
 * newest snapshot, and every other snapshot of the story. The pages (through Astro's collection)
 * and the files written beside them (through the pre-build scan) both place snapshots here, so
 * they agree.
 *
 * @example
 * placeSnapshots([older, newer], new Set()); // both, with newer.isNewest and 2 snapshots each
 */
export function placeSnapshots<T extends Placeable>(
  items: readonly T[],
  withdrawn: ReadonlySet<string>,
): (T & Placed)[] {
  const published = [...items].sort(byNewest).filter(({ path }) => !withdrawn.has(path));
  const byStory = new Map<string, SnapshotRef[]>();
  for (const { data, path } of published) {
    const story = storyPath(data);
    const ref = { path, stamp: snapshotStamp(data), instant: snapshotInstant(data) };
    byStory.set(story, [...(byStory.get(story) ?? []), ref].sort(newestSnapshotFirst));
  }
  return published.map((item) => {
    const story = storyPath(item.data);
    const snapshots = byStory.get(story)!;
    return { ...item, storyPath: story, isNewest: snapshots[0]!.path === item.path, snapshots };
  });
}

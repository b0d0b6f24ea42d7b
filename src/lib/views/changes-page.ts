import type { ArchivedArticle } from '../archive/articles';
import { byline, formatDay } from './format';
import { articleTextBlocks } from '../text/plain-text';
import { changesPath, snapshotInstant, snapshotStamp } from '../archive/permalinks';
import { diffBlocks, diffCounts, wordDiff, type DiffBlock, type DiffPart } from '../text/snapshot-diff';

/** One snapshot as the comparison names it. */
export interface ComparedSnapshot {
  path: string;
  date: string;
  iso: string;
  /** True when the date is the day the copy was added, the capture time not being recorded. */
  dateIsAdded: boolean;
}

/** A field of the entry that differs between the two snapshots, word by word. */
interface FieldChange {
  label: string;
  parts: DiffPart[];
}

/** The two snapshots of a story compared, older first, each pair once. */
export function snapshotPairs(articles: readonly ArchivedArticle[]): [ArchivedArticle, ArchivedArticle][] {
  const byStory = new Map<string, ArchivedArticle[]>();
  for (const article of articles) byStory.set(article.storyPath, [...(byStory.get(article.storyPath) ?? []), article]);
  return [...byStory.values()].flatMap((story) => {
    const oldestFirst = [...story].sort((a, b) =>
      snapshotStamp(a.entry.data).localeCompare(snapshotStamp(b.entry.data)),
    );
    return oldestFirst.flatMap((older, i) =>
      oldestFirst.slice(i + 1).map((newer) => [older, newer] as [typeof older, typeof newer]),
    );
  });
}

/** The address comparing two snapshots of one story, whichever order they are given in. */
export function changesHref(story: string, a: string, b: string): string {
  return a < b ? changesPath(story, a, b) : changesPath(story, b, a);
}

function compared(article: ArchivedArticle): ComparedSnapshot {
  const instant = snapshotInstant(article.entry.data);
  return { path: article.path, date: formatDay(instant.iso), iso: instant.iso, dateIsAdded: instant.kind === 'added' };
}

/** The opening words of a changed block as it now reads (or as it read, if removed), for the list of changes. */
function preview(block: DiffBlock): string {
  const text = block.parts
    .filter((p) => p.kind !== (block.kind === 'removed' ? 'added' : 'removed'))
    .map((p) => p.text)
    .join('');
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ');
}

/** The citation fields a reader checks first, as each snapshot gives them. */
function fields(article: ArchivedArticle): [string, string][] {
  const { data } = article.entry;
  return [
    ['Headline', data.headline],
    ['Byline', byline(data.authors) ?? 'No byline'],
    ['Published', formatDay(data.published)],
    ['Photo caption', data.photo?.caption ?? ''],
    ['Photo credit', data.photo?.credit ?? ''],
  ];
}

/**
 * What the page comparing two snapshots shows: both snapshots, the citation fields that differ,
 * and the text block by block with removed and added words marked. Changed blocks get the ids
 * `change-1`, `change-2`... so the summary can link to each.
 */
export function changesPage(older: ArchivedArticle, newer: ArchivedArticle) {
  const blocks: (DiffBlock & { id?: string; label?: string })[] = diffBlocks(
    articleTextBlocks(older.entry.rendered?.html ?? ''),
    articleTextBlocks(newer.entry.rendered?.html ?? ''),
  );
  let n = 0;
  for (const block of blocks) {
    if (block.kind === 'same') continue;
    block.id = `change-${++n}`;
    const what = `${{ changed: 'Changed', added: 'Added', removed: 'Removed' }[block.kind]} ${block.heading ? 'heading' : 'paragraph'}`;
    block.label = `${what}: “${preview(block)}”`;
  }
  const newerFields = fields(newer);
  const fieldChanges: FieldChange[] = fields(older)
    .map(([label, value], i) => ({ label, before: value, after: newerFields[i]![1] }))
    .filter((f) => f.before !== f.after)
    .map((f) => ({ label: f.label, parts: wordDiff(f.before, f.after) }));
  const counts = diffCounts(blocks);
  return {
    path: changesPath(older.storyPath, snapshotStamp(older.entry.data), snapshotStamp(newer.entry.data)),
    headline: newer.entry.data.headline,
    storyPath: older.storyPath,
    older: compared(older),
    newer: compared(newer),
    fieldChanges,
    blocks,
    counts,
    summary:
      counts.blocksChanged === 0 && fieldChanges.length === 0
        ? 'The two snapshots have the same text.'
        : `${counts.wordsRemoved} ${counts.wordsRemoved === 1 ? 'word' : 'words'} removed and ${counts.wordsAdded} added, in ${counts.blocksChanged} of ${blocks.length} ${blocks.length === 1 ? 'block' : 'blocks'} of text${fieldChanges.length ? `; ${fieldChanges.length} citation ${fieldChanges.length === 1 ? 'field' : 'fields'} changed` : ''}.`,
  };
}

export type ChangesPage = ReturnType<typeof changesPage>;

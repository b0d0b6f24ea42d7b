import { diffArrays, diffWords } from 'diff';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** A run of words the two versions share, or that only the older or the newer one has. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** One block of text (a heading or a paragraph) of the comparison. */
export interface DiffBlock {
  /** `same`: identical in both; `changed`: words differ; `removed`/`added`: only in one version. */
  kind: 'same' | 'changed' | 'removed' | 'added';
  heading: boolean;
  parts: DiffPart[];
}

export interface DiffCounts {
  wordsRemoved: number;
  wordsAdded: number;
  blocksChanged: number;
}

const HEADING = /^## /;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Word-level changes between two texts, as runs of shared, removed and added text. jsdiff's
 * `diffWords` treats punctuation as its own token, so a changed comma does not mark the whole word.
 *
 * @example wordDiff('poses an unprecedented challenge', 'poses a serious challenge')
 * // → same "poses ", removed "an unprecedented", added "a serious", same " challenge"
 */
export function wordDiff(older: string, newer: string): DiffPart[] {
  return diffWords(older, newer).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

function whole(kind: 'same' | 'removed' | 'added', block: string): DiffBlock {
  return { kind, heading: HEADING.test(block), parts: [{ kind, text: block.replace(HEADING, '') }] };
}

function changed(older: string, newer: string): DiffBlock {
  const heading = HEADING.test(older) && HEADING.test(newer);
  const strip = (text: string) => (heading ? text.replace(HEADING, '') : text);
  return { kind: 'changed', heading, parts: wordDiff(strip(older), strip(newer)) };
}

/**
 * Compares two versions of an article block by block (blocks as `articleTextBlocks` gives them):
 * identical blocks are matched first, then each run of removed blocks is paired, in order, with
 * the run of added blocks in the same place and compared word by word. A block with no partner
 * is wholly removed or added.
 */
export function diffBlocks(older: readonly string[], newer: readonly string[]): DiffBlock[] {
  const out: DiffBlock[] = [];
  let removed: string[] = [];
  const flush = (added: readonly string[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) out.push(changed(removed[i]!, added[i]!));
    for (const block of removed.slice(pairs)) out.push(whole('removed', block));
    for (const block of added.slice(pairs)) out.push(whole('added', block));
    removed = [];
  };
  for (const change of diffArrays([...older], [...newer])) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flush(change.value);
    else {
      flush([]);
      out.push(...change.value.map((block) => whole('same', block)));
    }
  }
  flush([]);
  return out;
}

/** How many words were removed and added, and in how many blocks. */
export function diffCounts(blocks: readonly DiffBlock[]): DiffCounts {
  const parts = blocks.flatMap((b) => b.parts);
  return {
    wordsRemoved: parts.filter((p) => p.kind === 'removed').reduce((n, p) => n + words(p.text), 0),
    wordsAdded: parts.filter((p) => p.kind === 'added').reduce((n, p) => n + words(p.text), 0),
    blocksChanged: blocks.filter((b) => b.kind !== 'same').length,
  };
}

const SPOKEN = { removed: 'removed', added: 'added' } as const;

/**
 * The runs as HTML: removed words in <del>, added words in <ins>, each mark also spelt out for
 * screen readers ("[removed: an unprecedented]"), most of which do not announce <del> or <ins>.
 * Built as a tree so no whitespace is added between the runs and every text is escaped.
 */
export function diffHtml(parts: readonly DiffPart[]): string {
  const nodes: ElementContent[] = parts.map((p) =>
    p.kind === 'same'
      ? { type: 'text', value: p.text }
      : h(p.kind === 'removed' ? 'del' : 'ins', [
          h('span.visually-hidden', `[${SPOKEN[p.kind]}: `),
          p.text,
          h('span.visually-hidden', ']'),
        ]),
  );
  return toHtml(nodes);
}

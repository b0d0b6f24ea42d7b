import { describe, expect, it } from 'vitest';
import { diffBlocks, diffCounts, diffHtml, wordDiff, type DiffBlock } from '../../../../src/lib/text/snapshot-diff';

const marked = (block: DiffBlock) =>
  block.parts
    .map((p) => (p.kind === 'removed' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text))
    .join('');

describe('wordDiff', () => {
  it('marks only the words that changed in a sentence', () => {
    const parts = wordDiff(
      'The swift collapse poses an unprecedented challenge for the Kremlin.',
      'The swift collapse poses a serious challenge for the Kremlin.',
    );
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['an unprecedented']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['a serious']);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('The swift collapse poses an unprecedented challenge for the Kremlin.');
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('The swift collapse poses a serious challenge for the Kremlin.');
  });

  it('treats a changed punctuation mark as its own change', () => {
    const parts = wordDiff('Moscow, he said.', 'Moscow; he said.');
    expect(parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual([',', ';']);
  });
});

describe('diffBlocks', () => {
  it('keeps identical paragraphs whole and compares the changed one word by word', () => {
    const blocks = diffBlocks(
      ['## Heading', 'First paragraph.', 'Second one, as it was.', 'Third.'],
      ['## Heading', 'First paragraph.', 'Second one, as corrected.', 'Third.'],
    );
    expect(blocks.map((b) => b.kind)).toEqual(['same', 'same', 'changed', 'same']);
    expect(blocks[0]).toMatchObject({ heading: true, parts: [{ kind: 'same', text: 'Heading' }] });
    expect(marked(blocks[2]!)).toBe('Second one, as [-it was-]{+corrected+}.');
  });

  it('shows a paragraph added or removed as a whole block', () => {
    const blocks = diffBlocks(['One.', 'Two.', 'Three.'], ['One.', 'Three.', 'An update was added.']);
    expect(blocks.map((b) => `${b.kind}:${marked(b)}`)).toEqual([
      'same:One.',
      'removed:[-Two.-]',
      'same:Three.',
      'added:{+An update was added.+}',
    ]);
  });

  it('compares a rewritten heading as a heading', () => {
    const [block] = diffBlocks(['## Future chaos'], ['## A chaotic future']);
    expect(block).toMatchObject({ kind: 'changed', heading: true });
    expect(marked(block!)).not.toContain('##');
  });

  it('finds nothing to mark between identical texts', () => {
    const blocks = diffBlocks(['A.', 'B.'], ['A.', 'B.']);
    expect(diffCounts(blocks)).toEqual({ wordsRemoved: 0, wordsAdded: 0, blocksChanged: 0 });
  });
});

describe('diffCounts', () => {
  it('counts removed and added words and the blocks they are in', () => {
    const blocks = diffBlocks(
      ['Same.', 'It poses an unprecedented challenge.'],
      ['Same.', 'It poses a serious challenge.', 'New.'],
    );
    expect(diffCounts(blocks)).toEqual({ wordsRemoved: 2, wordsAdded: 3, blocksChanged: 2 });
  });
});

describe('diffHtml', () => {
  it('marks removed and added words, spelt out for screen readers, with no space added between runs', () => {
    expect(diffHtml(wordDiff('poses an unprecedented challenge', 'poses a serious challenge'))).toBe(
      'poses <del><span class="visually-hidden">[removed: </span>an unprecedented<span class="visually-hidden">]</span></del>' +
        '<ins><span class="visually-hidden">[added: </span>a serious<span class="visually-hidden">]</span></ins> challenge',
    );
  });

  it('escapes the text it marks', () => {
    expect(diffHtml([{ kind: 'added', text: '<script>alert(1)</script>' }])).toContain(
      '&#x3C;script>alert(1)&#x3C;/script>',
    );
  });
});

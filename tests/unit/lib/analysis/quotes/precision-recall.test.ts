/**
 * The extractor measured against hand-labelled quotations (tests/fixtures/quotes/labels.ts), with
 * no frontmatter corrections: precision and recall of (quote, speaker) pairs on the seed article
 * and on a made-up article written to exercise every attribution pattern.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mentionFinder } from '../../../../../src/lib/analysis/mentions';
import { extractQuotes, type Speaker } from '../../../../../src/lib/analysis/quotes/extract';
import { MADE_UP_QUOTES, SEED_QUOTES, type LabelledQuote } from '../../../../fixtures/quotes/labels';
import { paragraphsOf, registry } from '../../../../helpers/quote-paragraphs';

const key = (speaker: Speaker | null) =>
  speaker === null
    ? 'unattributed'
    : speaker.kind === 'person'
      ? speaker.id
      : speaker.kind === 'name'
        ? `name:${speaker.name}`
        : `source:${speaker.description}`;
const pair = (text: string, speaker: string) => `${text.replace(/\s+/g, ' ').trim()} ⟶ ${speaker}`;

async function measure(markdown: string, labels: readonly LabelledQuote[]) {
  const paragraphs = await paragraphsOf(markdown);
  const found = extractQuotes(paragraphs, { findMentions: mentionFinder(registry()) }).map((q) =>
    pair(q.text, key(q.speaker)),
  );
  const expected = labels.map((l) => pair(l.text, l.speaker));
  const correct = found.filter((f) => expected.includes(f)).length;
  return {
    precision: correct / found.length,
    recall: correct / expected.length,
    wrong: found.filter((f) => !expected.includes(f)),
    missed: expected.filter((e) => !found.includes(e)),
  };
}

const bodyOf = (file: string) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split(/^---$/m)
    .slice(2)
    .join('---');

describe('quote extraction, precision and recall of (quote, speaker) pairs', () => {
  it('on the seed article: 1 each, every labelled pair and no other', async () => {
    const result = await measure(
      bodyOf('../../../../../content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md'),
      SEED_QUOTES,
    );
    console.log(
      `seed: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${SEED_QUOTES.length} labelled)`,
    );
    expect({ wrong: result.wrong, missed: result.missed }).toEqual({ wrong: [], missed: [] });
  });

  it('on the made-up article: at least 0.9 each', async () => {
    const markdown = readFileSync(new URL('../../../../fixtures/quotes/made-up-article.md', import.meta.url), 'utf8');
    const result = await measure(markdown, MADE_UP_QUOTES);
    console.log(
      `made-up: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${MADE_UP_QUOTES.length} labelled)`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});

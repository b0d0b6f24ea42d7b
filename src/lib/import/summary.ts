import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { ImportError, type CaptureDraft } from './draft';
import type { Findings } from './findings';

/** The schema's bound on a summary (src/schemas/article.ts). */
const MAX_SUMMARY = 400;

const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Text with its HTML character references decoded: "Le conseil a voté &quot;à l'unanimité&quot;"
 * -> `Le conseil a voté "à l'unanimité"`. Pages often escape a description twice (once for the
 * attribute, once more by their content system), so a second layer is decoded too; no more,
 * since a third would decode text the writer meant.
 */
function decodeEntities(text: string): string {
  let decoded = text;
  for (let pass = 0; pass < 2 && ENTITY.test(decoded); pass += 1) {
    decoded = toText(fromHtml(decoded.replace(/</g, '&lt;'), { fragment: true }));
  }
  return decoded.replace(/\s+/g, ' ').trim();
}

/**
 * A drafted summary the schema accepts: cut after the last sentence that ends within the bound,
 * or, when no sentence does, at the last whole word with an ellipsis. Unchanged when it fits.
 */
function withinSummaryBound(text: string): string {
  if (text.length <= MAX_SUMMARY) return text;
  const ends = [...text.matchAll(/[.!?…]["'”’»)]*(?=\s)/gu)].map((m) => m.index + m[0].length);
  const last = ends.filter((end) => end <= MAX_SUMMARY).at(-1);
  if (last !== undefined) return text.slice(0, last);
  return `${text.slice(0, MAX_SUMMARY).replace(/\s+\S*$/, '')}…`;
}

/**
 * The summary: --summary, else a draft for the editor to replace (the page's description or the
 * lead's first sentence, its character references decoded, cut to the schema's bound at a
 * sentence end), so the entry validates. The headline in sentence case is left to the editor.
 */
export function chooseSummary(
  { draft, summary }: { draft: CaptureDraft; summary?: string | undefined },
  findings: Findings,
): string {
  findings.notDetermined.push({
    field: 'headlineSentenceCase',
    note: 'the headline in sentence case, for APA citations (only a reader knows the proper nouns)',
  });
  if (summary) {
    const given = summary.replace(/\s+/g, ' ').trim();
    if (given.length > MAX_SUMMARY) {
      throw new ImportError(
        'summary',
        `--summary has ${given.length} characters; a summary has at most ${MAX_SUMMARY}`,
      );
    }
    findings.filled.push({ field: 'summary', source: 'flag' });
    return given;
  }
  const drafted = draft.summaryDraft ? decodeEntities(draft.summaryDraft.value) : '';
  const source = drafted ? (draft.summaryDraft?.source ?? 'text') : 'headline';
  findings.filled.push({ field: 'summary', source });
  findings.mustSupply.push({
    field: 'summary',
    note: `drafted from ${source === 'text' ? "the lead's first sentence" : source === 'headline' ? 'the headline' : `the page's description (${source})`}; replace it with one sentence in the archive's own words, or pass --summary`,
  });
  const bounded = withinSummaryBound(drafted || draft.headline.value);
  if (bounded.length < (drafted || draft.headline.value).length) {
    findings.check.push({
      field: 'summary',
      note: `the draft had ${drafted.length} characters; it was cut to ${bounded.length} at a sentence end (the schema allows ${MAX_SUMMARY})`,
    });
  }
  return bounded;
}

/**
 * `npm run eval:import [-- --errors dev] [--only dev|test]`: imports every saved page of the labelled corpus
 * (tests/fixtures/import-corpus/) as `npm run add -- <page> --url <URL>` would, and prints per
 * half (and per page of the development half) whether it imported with no other flag, and whether
 * its headline, authors, publication day, publication name and text came out right. `--errors dev`
 * lists what differed on the development half. Of the test half only the totals are printed, so
 * that no rule is written for one of its pages. `--only dev` scores the development half alone, so
 * its errors can be read as often as needed without seeing the test half's totals each time.
 */
import { loadImportCorpus, scoreImport, type ImportSplit, type PageScore } from '../lib/import/corpus';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const mark = (v: boolean | null) => (v === null ? '–' : v ? '✓' : '✗');
const share = (scores: PageScore[], field: 'headline' | 'authors' | 'published' | 'publication' | 'clean') => {
  const carried = scores.filter((s) => s[field] !== null);
  const right = carried.filter((s) => s[field] === true).length;
  return `${right}/${carried.length} (${carried.length ? (right / carried.length).toFixed(2) : '–'})`;
};

for (const split of (['dev', 'test'] as ImportSplit[]).filter((s) => !only || s === only)) {
  const scores = (await loadImportCorpus(split)).map(scoreImport);
  console.log(`\n## ${split === 'dev' ? 'Development half' : 'Test half'}\n`);
  console.log(
    '| page | imported with --url only | headline | authors | published | publication | text without clutter |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const s of split === 'dev' ? scores : []) {
    console.log(
      `| ${s.id} | ${mark(s.imported === true)} | ${mark(s.headline)} | ${mark(s.authors)} | ${mark(s.published)} | ${mark(s.publication)} | ${mark(s.clean)} |`,
    );
  }
  const imported = scores.filter((s) => s.imported === true).length;
  console.log(
    `| **total** | ${imported}/${scores.length} | ${share(scores, 'headline')} | ${share(scores, 'authors')} | ${share(scores, 'published')} | ${share(scores, 'publication')} | ${share(scores, 'clean')} |`,
  );
  if (showErrors === split && split === 'dev') {
    for (const s of scores.filter((x) => x.notes.length > 0)) console.log(`\n- ${s.id}: ${s.notes.join('; ')}`);
  }
}

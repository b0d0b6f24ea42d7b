/**
 * `npm run eval:quotes [-- --errors dev]`: measures quotation and speaker extraction on the
 * labelled corpus of real articles (tests/fixtures/quotes-corpus/), per article and in total for
 * its development and test halves. `--errors dev` also lists each error of the development half,
 * quotations and the people proposed for the registry (labelled people missed, proposals that name
 * no labelled person); the test half's errors are not printed, so that it stays unseen while the
 * rules are improved.
 */
import {
  loadCorpus,
  scoreCorpus,
  scoreNames,
  type CorpusArticle,
  type CorpusSplit,
} from '../lib/analysis/quotes/corpus';
import { rates, sameSpeaker, type ArticleScore } from '../lib/analysis/quotes/score';
import { suggestPeople } from '../lib/analysis/suggestions';
import { paragraphId } from '../lib/text/paragraph-ids';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined;
const pct = (x: number) => x.toFixed(2);

function row(name: string, s: ArticleScore): string {
  const r = rates(s);
  return `| ${name} | ${s.labels} | ${pct(r.quotePrecision)} | ${pct(r.quoteRecall)} | ${pct(r.speakerPrecision)} | ${pct(r.speakerRecall)} | ${s.wrongSpeakers} (${pct(r.wrongRate)}) |`;
}

/** The labelled people an article's proposals miss, and the proposals that name no labelled person. */
function nameErrors(article: CorpusArticle): string[] {
  const paragraphs = article.paragraphs.map((text, i) => ({ id: paragraphId(i + 1), text }));
  const proposed = suggestPeople(paragraphs, { language: article.language, findMentions: () => [] }).map((s) => s.name);
  const same = (a: string, b: string) => sameSpeaker({ kind: 'person', name: a }, { kind: 'person', name: b });
  return [
    ...article.people.filter((p) => !proposed.some((n) => same(n, p))).map((p) => `name missed: ${p}`),
    ...proposed.filter((n) => !article.people.some((p) => same(n, p))).map((n) => `name proposed wrongly: ${n}`),
  ];
}

const HEADER =
  '| article | quotations | found: precision | found: recall | speaker: precision | speaker: recall | wrong speakers |\n|---|---|---|---|---|---|---|';

for (const split of ['dev', 'test'] as CorpusSplit[]) {
  const corpus = await loadCorpus(split);
  const { articles, total } = scoreCorpus(corpus);
  console.log(`\n## ${split === 'dev' ? 'Development half' : 'Test half'}\n\n${HEADER}`);
  for (const a of articles) console.log(row(a.id, a.score));
  console.log(row('**total**', total));
  const names = corpus.map(scoreNames).reduce((a, b) => ({
    labelled: a.labelled + b.labelled,
    proposed: a.proposed + b.proposed,
    found: a.found + b.found,
    right: a.right + b.right,
  }));
  console.log(
    `\nPeople proposed for the registry: recall ${pct(names.found / names.labelled)} (${names.found} of ${names.labelled} named), precision ${pct(names.right / names.proposed)} (${names.right} of ${names.proposed} proposed)`,
  );
  if (showErrors === split) {
    const bases = Object.entries(total.byBasis).map(([b, { given, right }]) => `${b} ${right}/${given}`);
    console.log(`\nRight speakers by how they were found: ${bases.join(', ')}`);
    articles.forEach((a, i) => {
      const errors = [...a.score.errors, ...nameErrors(corpus[i]!)];
      if (errors.length === 0) return;
      console.log(`\n### ${a.id}\n`);
      for (const e of errors) console.log(`- ${e}`);
    });
  }
}

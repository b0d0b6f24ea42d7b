/**
 * How long the analysis of one article takes (its people and quotations, src/lib/analysis/): the
 * seed article rendered as the build renders it, analysed again and again with the registry of
 * content/people/, after a warm-up that loads the NLP model. The budget is per article, at the
 * seed's length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { analyseArticle } from '../src/lib/analysis/article-analysis';
import { parseYaml } from '../src/lib/archive/registers';
import { validateArticleSource } from '../src/lib/archive/validation';
import { markdownOptions } from '../src/markdown/pipeline';
import { personSchema, type Person } from '../src/schemas/person';

export interface AnalysisFigures {
  words: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
}

const SEED = 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';

export async function measureAnalysis(root: string, runs = 50): Promise<AnalysisFigures> {
  const result = validateArticleSource(readFileSync(join(root, SEED), 'utf8'));
  if (!result.ok) throw new Error(`${SEED} does not validate`);
  const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  const html = (await processor.render(result.body)).code;
  const dir = join(root, 'content/people');
  const people: Person[] = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ ...parseYaml(readFileSync(join(dir, f), 'utf8'), personSchema, f).value!, id: f.slice(0, -5) }));
  const options = { attributions: result.data.attributions, language: result.data.language };
  for (let i = 0; i < 5; i++) analyseArticle(html, people, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyseArticle(html, people, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    words: result.body.split(/\s+/).filter(Boolean).length,
    runs,
    medianMs: times[Math.floor(runs / 2)]!,
    p90Ms: times[Math.floor(runs * 0.9)]!,
  };
}

/**
 * How long the analysis of one article takes (its people and quotations, src/lib/analysis/): the
 * seed article rendered as the build renders it, analysed again and again with the registry of
 * content/people/, after a warm-up that loads the NLP model. The budget is per article, at the
 * seed's length.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { analyseArticle } from '../src/lib/analysis/article-analysis';
import { registeredPeople } from '../src/lib/archive/scan';
import { validateArticleSource } from '../src/lib/archive/validation';
import { markdownOptions } from '../src/markdown/pipeline';

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
  const people = await registeredPeople(root);
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

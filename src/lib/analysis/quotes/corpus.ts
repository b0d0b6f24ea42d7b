/**
 * The labelled corpus of real articles (tests/fixtures/quotes-corpus/) read and scored: the
 * extractor runs on each article's paragraphs as the archive would run it, with no registered
 * people, so every speaker it names is a name it read in the text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paragraphId, paragraphNumberOf } from '../../text/paragraph-ids';
import { suggestPeople } from '../suggestions';
import { extractQuotes, type ExtractedQuote, type Speaker } from './extract';
import {
  sameSpeaker,
  scoreArticle,
  totalScore,
  type ArticleScore,
  type FoundQuotation,
  type LabelledQuotation,
} from './score';

export type CorpusSplit = 'dev' | 'test';

const CORPUS_DIR = 'tests/fixtures/quotes-corpus';

export interface CorpusArticle {
  id: string;
  language: string;
  paragraphs: string[];
  labels: LabelledQuotation[];
  people: string[];
}

/** Every article of one half of the corpus, in file-name order. */
export async function loadCorpus(split: CorpusSplit, root = process.cwd()): Promise<CorpusArticle[]> {
  const dir = join(root, CORPUS_DIR, split);
  const ids = (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const meta = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'));
      const text = await readFile(join(dir, `${id}.txt`), 'utf8');
      return {
        id,
        language: meta.source.language,
        paragraphs: text.replace(/\n+$/, '').split('\n\n'),
        labels: meta.quotes,
        people: meta.people,
      };
    }),
  );
}

const speakerName = (s: Speaker | null): FoundQuotation['speaker'] =>
  s === null
    ? null
    : s.kind === 'source'
      ? { kind: 'source', name: s.description }
      : { kind: 'person', name: s.kind === 'name' ? s.name : s.id };

/** The parts of found quotations, one per paragraph, as the score counts them. */
function foundQuotations(quotes: readonly ExtractedQuote[]): FoundQuotation[] {
  return quotes.flatMap((q) =>
    q.segments.map((s) => ({
      paragraph: paragraphNumberOf(s.paragraph)!,
      start: s.start,
      end: s.end,
      speaker: speakerName(q.speaker),
      basis: q.basis,
    })),
  );
}

/** How many of the people the labels name were proposed for the registry, and how many proposals name a labelled person. */
export interface NameScore {
  labelled: number;
  proposed: number;
  /** Labelled people among the proposals. */
  found: number;
  /** Proposals that name a labelled person. */
  right: number;
}

/** Scores the registry proposals of one article against its labelled people. */
export function scoreNames(article: CorpusArticle): NameScore {
  const paragraphs = article.paragraphs.map((text, i) => ({ id: paragraphId(i + 1), text }));
  const proposed = suggestPeople(paragraphs, { language: article.language, findMentions: () => [] }).map((s) => s.name);
  const same = (a: string, b: string) => sameSpeaker({ kind: 'person', name: a }, { kind: 'person', name: b });
  return {
    labelled: article.people.length,
    proposed: proposed.length,
    found: article.people.filter((p) => proposed.some((n) => same(n, p))).length,
    right: proposed.filter((n) => article.people.some((p) => same(n, p))).length,
  };
}

/** Runs the extractor on every article and scores it. */
export function scoreCorpus(articles: readonly CorpusArticle[]): {
  articles: { id: string; score: ArticleScore }[];
  total: ArticleScore;
} {
  const scored = articles.map((a) => {
    const paragraphs = a.paragraphs.map((text, i) => ({ id: paragraphId(i + 1), text }));
    const quotes = extractQuotes(paragraphs, { findMentions: () => [], language: a.language });
    return { id: a.id, score: scoreArticle(a.paragraphs, a.labels, foundQuotations(quotes)) };
  });
  return { articles: scored, total: totalScore(scored.map((a) => a.score)) };
}

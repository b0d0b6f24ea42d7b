import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from './search-timing';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of a Lighthouse result (LHR) that the benchmark reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; title: string; score: number | null; displayValue?: string }>;
}

/** An audit that cost a category points. */
interface FailingAudit {
  category: string;
  id: string;
  title: string;
  score: number;
  displayValue?: string | undefined;
}

export interface PageScores {
  page: string;
  /** Category id to score out of 100 (null when Lighthouse could not score it). */
  scores: Record<string, number | null>;
  failing: FailingAudit[];
  /** Why Lighthouse could not score the page at all. */
  error?: string;
}

/**
 * Scores out of 100 for each category, and the audits behind any score below 100: those with a
 * weight in the category and a score below 1. Unweighted (informative) audits change no score.
 */
export function summariseLighthouse(page: string, lhr: LighthouseResult): PageScores {
  const scores: Record<string, number | null> = {};
  const failing: FailingAudit[] = [];
  for (const [category, { score, auditRefs }] of Object.entries(lhr.categories)) {
    scores[category] = score === null ? null : Math.round(score * 100);
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failing.push({
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue,
        });
      }
    }
  }
  return { page, scores, failing };
}

/**
 * Runs Lighthouse on each page with its default (mobile) configuration: a Moto G Power-sized
 * screen, simulated slow 4G and a 4× slower CPU. Debian's Chromium is started by chrome-launcher
 * with the path given, so nothing downloads a browser.
 */
export async function measureLighthouse(urls: Record<string, string>): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const pages: PageScores[] = [];
    for (const [page, url] of Object.entries(urls)) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      if (result.lhr.runtimeError) {
        // A page Lighthouse cannot score (such as one that never paints) is itself a finding.
        pages.push({ page, scores: {}, failing: [], error: result.lhr.runtimeError.message });
        continue;
      }
      pages.push(summariseLighthouse(page, result.lhr as unknown as LighthouseResult));
    }
    return pages;
  } finally {
    chrome.kill();
  }
}

import { CATEGORIES } from './lighthouse';
import type { ReaderFigures } from './reader';

/** The issue's budgets for a reader of the archive. */
const READER_BUDGETS = {
  /** Each page's HTML + CSS + JS before any interaction, gzipped: the first round trip. */
  pageBytes: 14_000,
  /** Everything the first search transfers, Pagefind included. */
  firstSearchBytes: 300_000,
  /** From query to rendered results once Pagefind is loaded. */
  searchMs: 100,
  lighthouseScore: 100,
};

/** Bytes as kilobytes of 1,000 bytes, one decimal, as the budgets are written. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const mark = (ok: boolean) => (ok ? 'ok' : 'OVER');

/**
 * Markdown tables of the reader-side figures, each figure beside its budget. The first search's
 * bytes are held to the 300 KB budget; only searches after Pagefind has loaded are held to the
 * 100 ms one (opening `/search/?q=` also loads the page and Pagefind), and by the time their
 * whole first page of results took, not just the first result.
 */
export function readerTable(figures: ReaderFigures): string {
  const b = READER_BUDGETS;
  const pages = figures.pages.map(
    (p) => `| ${p.page} | ${p.path} | ${p.files} | ${kb(p.bytes)} | ${mark(p.bytes <= b.pageBytes)} |`,
  );
  const searches = figures.search.map((s) => {
    const checks: string[] = [];
    if (s.label.startsWith('cold')) checks.push(`bytes ${mark(s.bytes <= b.firstSearchBytes)}`);
    if (!s.label.includes('open')) checks.push(`time ${mark(s.pageMs <= b.searchMs)}`);
    return `| ${s.label} | ${s.query} | ${s.ms.toFixed(0)} ms | ${s.pageMs.toFixed(0)} ms | ${kb(s.bytes)} | ${s.requests} | ${checks.join(', ')} |`;
  });
  const lines = [
    `| page | path | files | HTML + CSS + JS (gzip) | ≤ ${kb(b.pageBytes)} |`,
    '| --- | --- | --- | --- | --- |',
    ...pages,
    '',
    `| search | query | to first result | to first page of results | transferred | requests | budgets (${kb(b.firstSearchBytes)}, ${b.searchMs} ms) |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...searches,
  ];
  if (figures.lighthouse.length > 0) {
    lines.push(
      '',
      `| Lighthouse (mobile) | ${CATEGORIES.join(' | ')} |`,
      `| --- |${' --- |'.repeat(CATEGORIES.length)}`,
    );
    for (const p of figures.lighthouse) {
      lines.push(`| ${p.page} | ${CATEGORIES.map((c) => p.scores[c] ?? 'n/a').join(' | ')} |`);
    }
    const failing = figures.lighthouse.flatMap((p) =>
      p.failing.map(
        (a) => `- ${p.page}, ${a.category}: ${a.id} (${a.title})${a.displayValue ? `: ${a.displayValue}` : ''}`,
      ),
    );
    const errors = figures.lighthouse.flatMap((p) => (p.error ? [`- ${p.page}: not scored: ${p.error}`] : []));
    if (failing.length + errors.length > 0) lines.push('', 'Audits below full marks:', ...failing, ...errors);
  }
  return lines.join('\n');
}

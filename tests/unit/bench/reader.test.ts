import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summariseLighthouse, type LighthouseResult } from '../../../bench/lighthouse';
import { gzippedBytes, pageWeight } from '../../../bench/page-weight';
import { firstArticlePage, type ReaderFigures } from '../../../bench/reader';
import { kb, readerTable } from '../../../bench/reader-table';
import { bytesSince, serveSite } from '../../../src/lib/web-archive/static-host';

const sites: string[] = [];
afterAll(() => {
  for (const dist of sites) rmSync(dist, { recursive: true, force: true });
});

/** A tiny built site: a home page, a search page and two article snapshots. */
function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'reader-site-'));
  sites.push(dist);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><p>Home</p>',
    '_astro/a.css': 'body { color: black }',
    'search/index.html':
      '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script>',
    '_astro/s.js': 'import { x } from "./shared.js"; x();',
    '_astro/shared.js': 'export const x = () => 1;',
    'articles/pub/2024-01-02/b/20260101/index.html': '<p>B</p>',
    'articles/pub/2024-01-01/a/20260101/index.html': '<p>A</p>',
    'articles/pub/2024-01-01/a/index.html': '<p>A, newest</p>',
    '404.html': '<p>Not here</p>',
    _headers: '/search/\n  X-Test: search\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

describe('page weight', () => {
  const dist = site();

  it('counts a page with its stylesheets, scripts and their imports, each gzipped', () => {
    const { bytes, files } = pageWeight(dist, '/search/');
    expect(files).toEqual(['search/index.html', '_astro/a.css', '_astro/s.js', '_astro/shared.js']);
    const html =
      '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script>';
    expect(bytes).toBe(
      gzippedBytes(html) +
        gzippedBytes('body { color: black }') +
        gzippedBytes('import { x } from "./shared.js"; x();') +
        gzippedBytes('export const x = () => 1;'),
    );
    expect(pageWeight(dist, '/').files).toEqual(['index.html', '_astro/a.css']);
  });

  it('picks the first article snapshot page, not a story address', () => {
    expect(firstArticlePage(dist)).toBe('/articles/pub/2024-01-01/a/20260101/');
  });
});

describe('the local static host', () => {
  const dist = site();
  let server: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    server = await serveSite(dist);
  });
  afterAll(() => server.close());

  it('gzips text, applies _headers, revalidates by ETag and counts what it sent', async () => {
    const first = await fetch(`${server.url}/search/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers.get('x-test')).toBe('search');
    expect(first.headers.get('content-encoding')).toBe('gzip');
    // fetch undoes the gzip, as a browser does.
    expect(await first.text()).toContain('/_astro/s.js');
    const again = await fetch(`${server.url}/search/`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const missing = await fetch(`${server.url}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<p>Not here</p>');
    expect(server.served.map((s) => [s.path, s.status])).toEqual([
      ['/search/', 200],
      ['/search/', 304],
      ['/nowhere/', 404],
    ]);
    // Each count includes the response's headers: more than the gzipped body alone.
    expect(server.served[0]!.bytes).toBeGreaterThan(Number(first.headers.get('content-length')));
    expect(bytesSince(server.served, 1)).toBe(server.served[1]!.bytes + server.served[2]!.bytes);
  });
});

describe('Lighthouse summary', () => {
  const lhr: LighthouseResult = {
    categories: {
      performance: {
        score: 0.96,
        auditRefs: [
          { id: 'cls', weight: 25 },
          { id: 'tbt', weight: 30 },
          { id: 'info', weight: 0 },
        ],
      },
      seo: { score: 1, auditRefs: [{ id: 'title', weight: 1 }] },
    },
    audits: {
      cls: { id: 'cls', title: 'Cumulative Layout Shift', score: 0.8, displayValue: '0.123' },
      tbt: { id: 'tbt', title: 'Total Blocking Time', score: 1 },
      info: { id: 'info', title: 'Informative', score: 0 },
      title: { id: 'title', title: 'Document has a title', score: 1 },
    },
  };

  it('gives scores out of 100 and only the weighted audits that cost points', () => {
    expect(summariseLighthouse('search', lhr)).toEqual({
      page: 'search',
      scores: { performance: 96, seo: 100 },
      failing: [
        { category: 'performance', id: 'cls', title: 'Cumulative Layout Shift', score: 0.8, displayValue: '0.123' },
      ],
    });
  });
});

describe('reader table', () => {
  const figures: ReaderFigures = {
    pages: [{ page: 'article', path: '/a/', bytes: 14_500, files: 3 }],
    search: [
      { label: 'cold: open /search/?q=', query: 'Boris Bondarev', ms: 900, pageMs: 950, bytes: 120_000, requests: 15 },
      {
        label: 'cold: first query after load',
        query: 'Boris Bondarev',
        ms: 60,
        pageMs: 140,
        bytes: 320_000,
        requests: 16,
      },
      { label: 'warm: second name, same page', query: 'Alexander Gabuev', ms: 30, pageMs: 40, bytes: 900, requests: 2 },
    ],
    lighthouse: [
      {
        page: 'home',
        scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
        failing: [{ category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.9 }],
      },
      { page: 'search', scores: {}, failing: [], error: 'The page did not paint any content. (NO_FCP)' },
    ],
  };
  const table = readerTable(figures);

  it('writes kilobytes of 1,000 bytes', () => {
    expect(kb(12_345)).toBe('12.3 KB');
  });

  it('holds each figure to its budget', () => {
    expect(table).toContain('| article | /a/ | 3 | 14.5 KB | OVER |');
    // Opening /search/?q= loads the page and Pagefind too: held to the bytes budget, not the 100 ms one.
    expect(table).toContain('| cold: open /search/?q= | Boris Bondarev | 900 ms | 950 ms | 120.0 KB | 15 | bytes ok |');
    // The 100 ms budget holds the whole first page of results, however soon the first one shows.
    expect(table).toContain('| 60 ms | 140 ms | 320.0 KB | 16 | bytes OVER, time OVER |');
    expect(table).toContain('| 30 ms | 40 ms | 0.9 KB | 2 | time ok |');
  });

  it('lists the scores and the audits below full marks', () => {
    expect(table).toContain('| home | 99 | 100 | 100 | 100 |');
    expect(table).toContain('- home, performance: total-blocking-time (Total Blocking Time)');
    expect(table).toContain('| search | n/a | n/a | n/a | n/a |');
    expect(table).toContain('- search: not scored: The page did not paint any content. (NO_FCP)');
  });
});

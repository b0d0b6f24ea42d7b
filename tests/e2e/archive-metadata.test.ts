import LinkHeader from 'http-link-header';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { parseHeadersFile } from '../../src/lib/web-archive/static-headers';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist';
import { ARTICLE, HEADLINE, SEED_MD, SITE, SOURCE, STORY } from '../helpers/seed';

const read = (path: string) => readFileSync(join(DIST, path));
const page = fromHtml(read(`${ARTICLE}index.html`).toString('utf8'));
const meta = (name: string) =>
  selectAll(`meta[name="${name}"], meta[property="${name}"]`, page).map((m) => String(m.properties['content']));
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('what reference managers read', () => {
  it('gives Zotero a newspaper article: title, author, newspaper, date, original and archived copy', () => {
    // The tags Zotero's Embedded Metadata translator reads (docs/citing-and-fixity.md).
    expect(meta('z.itemType')).toEqual(['newspaperArticle']);
    expect(meta('DC.type')).toEqual(['newspaperArticle']);
    expect(meta('prism.publicationName')).toEqual(['The Moscow Times']);
    expect(meta('bibo.shortTitle')).toEqual([HEADLINE.replace(/^Exclusive: /, '')]);
    expect(meta('z.archive')).toEqual(['News Archive']);
    expect(meta('z.extra')).toEqual([`Archived copy: News Archive, 2026-11-25, ${SITE + ARTICLE}`]);
    expect(meta('citation_title')).toEqual([HEADLINE]);
    expect(meta('citation_author')).toEqual(['Kozlov, Pyotr']);
    expect(meta('og:site_name')).toEqual(['The Moscow Times']);
    expect(meta('citation_publication_date')).toEqual(['2024/12/11']);
    expect(meta('citation_public_url')).toEqual([SOURCE]);
    expect(meta('og:url')).toEqual([SITE + ARTICLE]);
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('article:published_time')).toEqual(['2024-12-11']);
    // Either would make Zotero save the wrong thing: a journal article, or another newspaper name;
    // a Loc. in Archive would be printed by citation styles as a shelf mark.
    expect(meta('citation_journal_title')).toEqual([]);
    expect(meta('DC.source')).toEqual([]);
    expect(meta('z.archiveLocation')).toEqual([]);
  });

  it('offers every article listed on the home page to Zotero as an item of its own (COinS)', () => {
    const home = fromHtml(read('index.html').toString('utf8'));
    const cards = selectAll('li.article-card', home);
    const spans = selectAll('li.article-card span.Z3988', home);
    expect(spans.length).toBe(cards.length);
    const seed = new URLSearchParams(String(spans[0]!.properties['title']));
    expect(seed.get('rft.type')).toBe('newspaperArticle');
    expect(seed.get('rft.title')).toBe(HEADLINE);
    expect(seed.get('rft.identifier')).toBe(SOURCE);
  });

  it('gives search engines a schema.org NewsArticle with the original and the archived copy', () => {
    const script = select('script[type="application/ld+json"]', page)!;
    const data = JSON.parse(String((script.children[0] as { value: string }).value));
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: HEADLINE,
      author: [{ '@type': 'Person', name: 'Pyotr Kozlov' }],
      datePublished: '2024-12-11',
      publisher: { '@type': 'Organization', name: 'The Moscow Times' },
      url: SOURCE,
      archivedAt: { url: SITE + ARTICLE },
    });
  });
});

describe('fixity', () => {
  it('shows the SHA-256 of the capture and of the Markdown source, and serves both byte for byte', () => {
    const shas = selectAll('.fixity code.sha', page).map((c) => String((c.children[0] as { value: string }).value));
    const capture = readFileSync('content/captures/000_c8bbb14421199b13.txt');
    const source = readFileSync(SEED_MD);
    expect(shas).toEqual([sha256(capture), sha256(source)]);
    expect(read('captures/000_c8bbb14421199b13.txt').equals(capture)).toBe(true);
    expect(read(`${ARTICLE}source.md`).equals(source)).toBe(true);
  });

  it('lists every file of the site in manifest-sha256.txt with its hash, and the same as JSON', () => {
    const manifest = read('manifest-sha256.txt').toString('utf8');
    const lines = manifest.trimEnd().split('\n');
    expect(lines.every((line) => /^[0-9a-f]{64} {2}\S/.test(line))).toBe(true);
    const listed = new Map(lines.map((line) => [line.slice(66), line.slice(0, 64)]));
    for (const path of [
      'index.html',
      `${ARTICLE.slice(1)}index.html`,
      '_headers',
      'pagefind/2024/pagefind-entry.json',
    ]) {
      expect(listed.get(path), path).toBe(sha256(read(path)));
    }
    expect(listed.has('manifest-sha256.txt')).toBe(false);
    const json = JSON.parse(read('manifest-sha256.json').toString('utf8'));
    expect(json.files).toEqual([...listed].map(([path, hash]) => ({ path, sha256: hash })));
  });
});

describe('Memento', () => {
  it('links the page to its original, its TimeMap and itself as a memento', () => {
    expect(select('link[rel=original]', page)?.properties['href']).toBe(SOURCE);
    const timemap = String(select('link[rel=timemap]', page)?.properties['href']);
    expect(timemap).toMatch(/^http:\/\/localhost:4321\/timemap\/[0-9a-f]{20}\.link$/);
    expect(select('link[rel~=memento]', page)?.properties['href']).toBe(SITE + ARTICLE);
  });

  it('publishes a TimeMap listing every snapshot of the original URL', () => {
    const href = String(select('link[rel=timemap]', page)?.properties['href']);
    const links = LinkHeader.parse(read(new URL(href).pathname).toString('utf8').replace(/\n/g, ' '));
    expect(links.get('rel', 'original')[0]!.uri).toBe(SOURCE);
    expect(links.get('rel', 'self')[0]!.uri).toBe(href);
    expect(links.rel('memento').map((l) => [l.uri, l.datetime])).toEqual([
      [SITE + ARTICLE, 'Wed, 25 Nov 2026 00:00:00 GMT'],
    ]);
  });

  it('gives hosts the Link and Memento-Datetime headers, the CSP and the TimeMap type in _headers', () => {
    const blocks = new Map(
      parseHeadersFile(read('_headers').toString('utf8')).map((rule) => [rule.path, Object.fromEntries(rule.headers)]),
    );
    const snapshot = blocks.get(ARTICLE)!;
    expect(snapshot['Memento-Datetime']).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
    const link = LinkHeader.parse(snapshot['Link']!);
    expect(link.get('rel', 'original')[0]!.uri).toBe(SOURCE);
    expect(link.rel('memento')[0]!.uri).toBe(SITE + ARTICLE);
    expect(snapshot['Content-Security-Policy']).toContain("default-src 'self'");
    // The plain address shows the newest snapshot but is not itself a memento.
    expect(blocks.get(STORY)!['Memento-Datetime']).toBeUndefined();
    expect(blocks.get('/timemap/*')!['Content-Type']).toBe('application/link-format; charset=utf-8');
    expect(blocks.get('/pagefind/2024/pagefind-worker.js')!['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
  });

  it('gives the citation downloads and WACZ packages the media types reference managers and replay tools need', () => {
    const blocks = new Map(
      parseHeadersFile(read('_headers').toString('utf8')).map((rule) => [rule.path, Object.fromEntries(rule.headers)]),
    );
    // Without a type, Zotero's Connector and translation-server refuse to import a file.
    expect(blocks.get(`${ARTICLE}cite.ris`)).toEqual({ 'Content-Type': 'application/x-research-info-systems' });
    expect(blocks.get(`${ARTICLE}cite.bib`)).toEqual({ 'Content-Type': 'application/x-bibtex; charset=utf-8' });
    expect(blocks.get('/wacz/*')).toEqual({ 'Content-Type': 'application/zip' });
  });

  it('sends a referrer policy with every page and the search worker, and lets browsers keep hashed assets', () => {
    const rules = parseHeadersFile(read('_headers').toString('utf8'));
    const blocks = new Map(rules.map((rule) => [rule.path, Object.fromEntries(rule.headers)]));
    const pages = rules.filter((rule) => rule.path.endsWith('/') && !rule.path.includes('*'));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((rule) => Object.fromEntries(rule.headers)['Referrer-Policy'] !== 'no-referrer')).toEqual([]);
    expect(blocks.get('/pagefind/2024/pagefind-worker.js')!['Referrer-Policy']).toBe('no-referrer');
    expect(blocks.get('/_astro/*')!['Cache-Control']).toBe('max-age=31536000, immutable');
    expect(blocks.get('/*')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
    // Every file in /_astro/ is named by its content, so keeping it for a year is safe.
    for (const name of readdirSync(join(DIST, '_astro'))) expect(name).toMatch(/[.-][\w-]{8}\.(js|css)$/);
  });
});

describe('original-URL lookup data', () => {
  it('publishes the URL map as JSON, keyed by SURT', () => {
    const { urls } = JSON.parse(read('lookup/urls.json').toString('utf8'));
    expect(urls).toEqual({
      'com,themoscowtimes)/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297':
        {
          original: SOURCE,
          latest: STORY,
          timemap: expect.stringMatching(/^\/timemap\/[0-9a-f]{20}\.link$/),
          snapshots: [{ path: ARTICLE, datetime: '2026-11-25' }],
        },
    });
  });
});

describe('plain-text download', () => {
  it('gives the citation facts, then every heading and numbered paragraph', () => {
    const text = read(`${ARTICLE}article.txt`).toString('utf8');
    expect(text.split('\n').slice(0, 5)).toEqual([
      HEADLINE,
      'By Pyotr Kozlov',
      'The Moscow Times, 11 December 2024',
      `Original: ${SOURCE}`,
      `Archived copy: ${SITE}${ARTICLE} (added to the archive on 25 November 2026; capture time not recorded)`,
    ]);
    expect(text).toContain("\n\n## 'In half a day'\n\n");
    expect(text).toMatch(/\n\n¶ 1 {2}Russia's leadership is betting that chaos/);
    expect(text).toMatch(/\n\n¶ 33 {2}\S/);
    expect(text).not.toMatch(/¶ 34/);
  });
});

describe('the published search engine', () => {
  it("holds Pagefind's engine and index but none of its unused ready-made interfaces", () => {
    const files = readdirSync(join(DIST, 'pagefind'), { recursive: true }) as string[];
    expect(files).toEqual(
      expect.arrayContaining([
        'pagefind.js',
        'pagefind-highlight.js',
        '2024/pagefind-worker.js',
        'people/pagefind-worker.js',
      ]),
    );
    expect(files.filter((f) => /-ui\.(js|css)$/.test(f))).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../helpers/browser';
import { build, copyProject, runBin } from '../helpers/project-copy';
import { serveSite } from '../../src/lib/web-archive/static-host';
import { BODY_PAYLOADS, HOSTILE_AUTHOR, HOSTILE_HEADLINE, hostileArticle } from '../fixtures/hostile/payloads';

// A publication name with markup in it still gives a plain address.
const ARTICLE = '/articles/the-ievili-times-co/2024-12-11/hostile-payloads/20261125/';
let project: ReturnType<typeof copyProject>;
let dist: string;
const files = () => (readdirSync(dist, { recursive: true }) as string[]).filter((f) => !f.startsWith('pagefind/'));
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

beforeAll(() => {
  project = copyProject('archive-hostile-');
  dist = join(project.dir, 'dist');
  writeFileSync(join(project.dir, 'content/articles/hostile.md'), hostileArticle());
  const lock = runBin(project.dir, 'tsx', ['src/cli/lock.ts']);
  expect(lock.status, lock.output).toBe(0);
  const result = build(project.dir);
  expect(result.status, result.output).toBe(0);
}, 180_000);
afterAll(() => project?.remove());

const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'srcSet',
  'xLinkHref',
  'background',
  'poster',
  'data',
  'cite',
];
const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/;
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'svg', 'math']);

/** What in one built page could run code, load from elsewhere, or restyle the page. */
function activeContent(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element, _i, parent) => {
    const props = node.properties;
    for (const name of Object.keys(props)) {
      if (/^on/i.test(name)) found.push(`<${node.tagName} ${name}>`);
    }
    for (const name of URL_ATTRIBUTES) {
      const value = props[name];
      if (value === undefined) continue;
      const url = String(Array.isArray(value) ? value.join(' ') : value)
        .replace(/[\u0000-\u0020]/g, '')
        .toLowerCase();
      if (DANGEROUS_SCHEME.test(url)) found.push(`<${node.tagName} ${name}="${url}">`);
    }
    if (props['srcDoc'] !== undefined) found.push(`<${node.tagName} srcdoc>`);
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    if (node.tagName === 'meta' && String(props['httpEquiv'] ?? '').toLowerCase() === 'refresh')
      found.push('<meta refresh>');
    if (node.tagName === 'form' && !String(props['action'] ?? '').startsWith('/')) found.push('<form> to elsewhere');
    if (node.tagName === 'style' && (parent as Element | undefined)?.tagName !== 'head') found.push('<style> in body');
    if (props['style'] !== undefined) found.push(`<${node.tagName} style>`);
    if (
      node.tagName === 'link' &&
      /stylesheet|import/.test(String(props['rel'])) &&
      !String(props['href']).startsWith('/')
    ) {
      found.push(`<link rel=stylesheet href=${String(props['href'])}>`);
    }
    if (node.tagName === 'script') {
      const src = props['src'];
      const type = String(props['type'] ?? '');
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      const ok =
        (typeof src === 'string' && src.startsWith('/') && !src.startsWith('//')) ||
        (type === 'application/ld+json' && !/<\/?script/i.test(text)) ||
        (type === 'module' && src === undefined && !text.includes('pwned'));
      if (!ok) found.push(`<script ${src ? `src=${String(src)}` : type}>${text.slice(0, 40)}`);
    }
  });
  return found;
}

describe('hostile content', () => {
  it('covers at least 40 payloads across every category', () => {
    expect(BODY_PAYLOADS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BODY_PAYLOADS.map((p) => p.category)).size).toBeGreaterThanOrEqual(12);
  });

  it('leaves nothing active in any built HTML page', () => {
    const pages = files().filter((f) => f.endsWith('.html'));
    expect(pages).toContain(`${ARTICLE.slice(1)}index.html`);
    const report = Object.fromEntries(pages.map((f) => [f, activeContent(fromHtml(read(f)))]));
    expect(Object.entries(report).filter(([, found]) => found.length > 0)).toEqual([]);
  });

  it('keeps the page to the ids the archive gives: nothing clobbers them', () => {
    const tree = fromHtml(read(`${ARTICLE.slice(1)}index.html`));
    const ids = selectAll('[id]', tree).map((el) => String(el.properties['id']));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(selectAll('[name="getElementById"]', tree)).toEqual([]);
  });

  it('prints hostile frontmatter as text in the page, its meta tags and its JSON-LD', () => {
    const tree = fromHtml(read(`${ARTICLE.slice(1)}index.html`));
    const h1 = selectAll('h1', tree)[0]!;
    expect(h1.children.filter((c) => c.type === 'element')).toEqual([]);
    const titleMeta = selectAll('meta[name="citation_title"]', tree);
    expect(titleMeta.map((m) => m.properties['content'])).toEqual([HOSTILE_HEADLINE]);
    expect(selectAll('meta[name="citation_author"]', tree).map((m) => m.properties['content'])).toContain(
      `O'Hacker</title><script>pwned()</script>, Eve "the"`,
    );
    const [ld] = selectAll('script[type="application/ld+json"]', tree);
    const json = JSON.parse(ld!.children.map((c) => ('value' in c ? c.value : '')).join(''));
    expect(json.headline).toBe(HOSTILE_HEADLINE);
    expect(json.author[0].name).toBe(HOSTILE_AUTHOR);
  });

  it('keeps the RSS feed well formed, with the hostile text escaped', () => {
    const rss = read('rss.xml');
    expect(rss).not.toMatch(/<script|<img|<b>/);
    expect(rss).toContain(
      `<title>${HOSTILE_HEADLINE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</title>`,
    );
    expect(rss).toContain('&lt;img src=x onerror=pwned()&gt;');
    expect(rss.split('<item>')).toHaveLength(3);
  });

  it('leaves every other built file inert: JSON parses, XML and link-format carry no markup', () => {
    const others = files().filter((f) => !f.endsWith('.html') && statSync(join(dist, f)).isFile());
    expect(others.length).toBeGreaterThan(20);
    for (const f of others) {
      const text = read(f);
      if (f.endsWith('.json')) expect(() => JSON.parse(text), f).not.toThrow();
      if (/\.(xml|link|json)$/.test(f) || f === '_headers' || f === '_redirects') {
        expect(text, f).not.toMatch(/<script|<img|<\/?[a-z]+\s+on\w+=/i);
      }
    }
    // Plain-text downloads (the Markdown source, the text, the citation files) are served as
    // text, never rendered; they keep the words as written, which is their purpose.
    expect(read(`${ARTICLE.slice(1)}source.md`)).toContain('<script>pwned()</script>');
  });

  it('keeps the citation files to one record, one field per line', () => {
    const ris = read(`${ARTICLE.slice(1)}cite.ris`)
      .split('\r\n')
      .filter(Boolean);
    expect(ris.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(ris.filter((l) => l.startsWith('TY'))).toHaveLength(1);
    expect(ris).toContain(`AU  - O'Hacker</title><script>pwned()</script>, Eve "the"`);
    expect(ris).toContain('AU  - Line, Mallory Second');
    const bib = read(`${ARTICLE.slice(1)}cite.bib`);
    expect(bib.match(/^@/gm)).toHaveLength(1);
    expect(bib.match(/^\tnote = /gm)).toHaveLength(1);
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(JSON.parse(read(`${ARTICLE.slice(1)}cite.json`))[0].title).toBe(HOSTILE_HEADLINE);
  });

  it('keeps _headers to path lines and known headers, with the hostile URL encoded', () => {
    const lines = read('_headers').trimEnd().split('\n');
    for (const line of lines) {
      expect(line).toMatch(
        /^(\/\S*|  (Content-Security-Policy|Link|Memento-Datetime|Content-Type|X-Content-Type-Options|Referrer-Policy|Cache-Control): .+)$/,
      );
    }
    const link = lines[lines.indexOf(ARTICLE) + 2]!;
    expect(link).toMatch(
      /^ {2}Link: <https:\/\/evil\.example\/a%22%3E%3Cscript%3Epwned\(\)%3C\/script%3E\?q=%3Cx%3E&r=1%2C%20%3Chttps:\/\/x%3E%3B%20rel=%22memento%22>; rel="original", </,
    );
  });
});

const browser = useBrowser();

describe('hostile content in a browser', () => {
  it('runs nothing and reports no CSP violation on the article page', async () => {
    const server = await serveSite(dist);
    try {
      const { page, consoleErrors, foreignRequests } = await openPage(browser(), server.url);
      await page.addInitScript(() => {
        (window as unknown as { pwned: () => void }).pwned = () => {
          (window as unknown as { __pwned: boolean }).__pwned = true;
        };
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __violations: string[] }).__violations ??= [];
          (window as unknown as { __violations: string[] }).__violations.push(e.violatedDirective);
        });
      });
      page.on('dialog', (dialog) => void dialog.dismiss());
      await page.goto(server.url + ARTICLE);
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      await page.mouse.move(200, 400);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual(
        [],
      );
      expect(foreignRequests).toEqual([]);
      // The payloads' relative image addresses ("x") are requested from the archive itself and
      // answered 404; nothing else may be reported.
      expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

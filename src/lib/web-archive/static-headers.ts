import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { httpDate, linkTarget } from './memento';

/** The headers one page is served with. */
export interface PageHeaders {
  path: string;
  headers: [name: string, value: string][];
}

/** A header value on one line: a newline in a value would start a forged header. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

const attr = (node: { properties: Record<string, unknown> } | undefined, name: string) => {
  const value = node?.properties[name];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;
};

/**
 * The `<meta>` and `<link>` tags of a page's `<head>`, which is all `headersOfPage` reads. Only
 * they are parsed: parsing each whole head (its inline style, JSON-LD and title) of every page
 * made the step much slower (docs/performance.md). Comments, the text of scripts, styles, titles
 * and the like, and quoted attribute values are passed over whole, so a tag written inside them
 * is not taken for one.
 *
 * @example
 * headTags('<head><title>a <meta></title><meta name="referrer" content="no-referrer"><style>p{}</style></head>');
 * // '<meta name="referrer" content="no-referrer">'
 */
function headTags(html: string): string {
  const end = html.search(/<\/head\s*>/i);
  const head = end >= 0 ? html.slice(0, end) : html;
  // One pass from left to right, token by token: a comment, an element whose content is text
  // (taken whole), or any other tag (its quoted attribute values taken whole, so a `<script>`
  // inside an address is never mistaken for one).
  const tokens =
    /<!--[\s\S]*?-->|<(script|style|title|textarea|noscript|template)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>|<([a-z][^\s/>]*)(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
  return [...head.matchAll(tokens)]
    .filter((m) => /^(meta|link)$/i.test(m[2] ?? ''))
    .map((m) => m[0])
    .join('');
}

/**
 * The headers a built page declares in its own <head>: its Content-Security-Policy (the same
 * policy as its <meta> tag, which hosts can then enforce for everything the page loads), its
 * referrer policy, and for
 * an archived snapshot its Memento `Link` header and `Memento-Datetime`.
 */
export function headersOfPage(path: string, html: string): PageHeaders {
  const tree = fromHtml(headTags(html), { fragment: true });
  const headers: [string, string][] = [];
  const csp = attr(select('meta[http-equiv="content-security-policy" i]', tree), 'content');
  if (csp) headers.push(['Content-Security-Policy', oneLine(csp)]);
  const links = selectAll('link[rel~="original"], link[rel~="timemap"], link[rel~="memento"]', tree).map((link) => {
    const rel = attr(link, 'rel')!;
    const type = attr(link, 'type');
    const datetime = attr(link, 'dataDatetime');
    return { rel, href: attr(link, 'href')!, type, datetime };
  });
  if (links.length > 0) {
    const value = links
      .map((l) => {
        const params = [`rel="${l.rel}"`];
        if (l.type) params.push(`type="${l.type}"`);
        if (l.datetime) params.push(`datetime="${httpDate(l.datetime)}"`);
        return `<${linkTarget(l.href)}>; ${params.join('; ')}`;
      })
      .join(', ');
    headers.push(['Link', oneLine(value)]);
    const canonical = attr(select('link[rel="canonical"]', tree), 'href');
    const self = links.find((l) => l.rel.split(' ').includes('memento') && l.href === canonical);
    if (self?.datetime && new URL(canonical!).pathname === path) {
      headers.push(['Memento-Datetime', httpDate(self.datetime)]);
    }
  }
  // A page's referrer policy governs what it sends when a reader follows a link; on the other
  // files (scripts, styles, index chunks) the header would do nothing but cost bytes.
  const referrer = attr(select('meta[name="referrer" i]', tree), 'content');
  if (referrer) headers.push(['Referrer-Policy', oneLine(referrer)]);
  return { path, headers };
}

/** Headers for whole folders: the search engine's files and the TimeMaps. */
/**
 * The media types of a snapshot's citation downloads, which hosts do not know by their endings:
 * served without one, Zotero's Connector and translation-server refuse to import them.
 */
const DOWNLOAD_TYPES: Record<string, string> = {
  'cite.ris': 'application/x-research-info-systems',
  'cite.bib': 'application/x-bibtex; charset=utf-8',
};

/** The `_headers` rules giving a snapshot's downloads (at `path`, "/articles/.../20261125/") their types. */
export function downloadHeaders(path: string): PageHeaders[] {
  return Object.entries(DOWNLOAD_TYPES).map(([file, type]) => ({
    path: `${path}${file}`,
    headers: [['Content-Type', type]],
  }));
}

/**
 * The rule for the search worker of a partition of the search index (at `base`, "/pagefind/2024/").
 * A worker is governed by the CSP and referrer policy of its own response, not the page's <meta>
 * tags; Pagefind's compiles WebAssembly. The index's other files are run by the page or only read,
 * so they go without (a search fetches twenty of them).
 */
export const searchWorkerHeaders = (base: string): PageHeaders => ({
  path: `${base}pagefind-worker.js`,
  headers: [
    ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"],
    ['Referrer-Policy', 'no-referrer'],
  ],
});

export const FOLDER_HEADERS: PageHeaders[] = [
  { path: '/timemap/*', headers: [['Content-Type', 'application/link-format; charset=utf-8']] },
  // A capture is evidence to read, never a page to run: plain text, and on hosts that read this
  // file a sandbox that forbids scripts, forms and loading anything, whatever its bytes say.
  {
    path: '/captures/*',
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Content-Security-Policy', "sandbox; default-src 'none'"],
    ],
  },
  // A WACZ is a ZIP, which hosts that do not know the ending would send as bytes of no type.
  { path: '/wacz/*', headers: [['Content-Type', 'application/zip']] },
  // Astro names its scripts and styles by a hash of their content, so a file never changes under
  // its name: a returning reader's browser keeps them without asking again. (The search index's
  // chunks are named so too, but a first search fetches twenty of them and every header line is
  // bytes on the wire: they are revalidated instead.)
  { path: '/_astro/*', headers: [['Cache-Control', 'max-age=31536000, immutable']] },
  // The browser asks for the icon again whenever the search page writes the query into the address.
  { path: '/favicon.svg', headers: [['Cache-Control', 'max-age=86400']] },
  { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
];

/** The `_headers` file (Netlify, Cloudflare Pages and others): a path line, then indented headers. */
export function headersFile(pages: readonly PageHeaders[]): string {
  return pages
    .filter((p) => p.headers.length > 0)
    .map((p) => `${p.path}\n${p.headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`)
    .join('');
}

/**
 * Reads a `_headers` file back as Netlify and Cloudflare Pages do: a path pattern (`/a/`,
 * `/pagefind/*`) on its own line, then its indented headers.
 */
export function parseHeadersFile(text: string): PageHeaders[] {
  const rules: PageHeaders[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * A lookup of the headers a host that reads `_headers` sends with a path: every matching rule's,
 * in the file's order. Exact paths are found in a map, so serving a page of a large site does
 * not test every one of its rules.
 */
export function headerLookup(rules: readonly PageHeaders[]): (pathname: string) => [string, string][] {
  const exact = new Map<string, number[]>();
  const prefixes: { prefix: string; at: number }[] = [];
  rules.forEach((rule, at) => {
    if (rule.path.endsWith('*')) prefixes.push({ prefix: rule.path.slice(0, -1), at });
    else exact.set(rule.path, [...(exact.get(rule.path) ?? []), at]);
  });
  return (pathname) =>
    [...(exact.get(pathname) ?? []), ...prefixes.filter((p) => pathname.startsWith(p.prefix)).map((p) => p.at)]
      .sort((a, b) => a - b)
      .flatMap((at) => rules[at]!.headers);
}

/** The headers a host that reads `_headers` sends with `pathname`: every matching rule's, in order. */
export function headersFor(rules: readonly PageHeaders[], pathname: string): [string, string][] {
  return headerLookup(rules)(pathname);
}

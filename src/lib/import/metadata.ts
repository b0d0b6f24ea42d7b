import { givenNameFirst, nameWithoutAffiliation, splitJoinedNames } from './authors';
import type { FieldSource, Sourced } from './draft';
import { articleNode, imageCaption, jsonLdNodes, namesOf, nameOf, textOf, urlOf } from './json-ld';

/** What a saved page's metadata says about its article, each field with the source it came from. */
export interface PageMetadata {
  headline?: Sourced<string>;
  authors?: Sourced<string[]>;
  /** The publication date exactly as the metadata writes it; parsed into a day later. */
  published?: Sourced<string>;
  sourceUrl?: Sourced<string>;
  publicationName?: Sourced<string>;
  description?: Sourced<string>;
  language?: Sourced<string>;
  photo?: { caption?: string; credit?: string; source: FieldSource };
}

const meta = (doc: Document, key: string): string[] =>
  [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)]
    .map((el) => el.getAttribute('content')?.trim() ?? '')
    .filter((v) => v !== '');

/**
 * Other <meta> names pages give their publication date under: Dublin Core, and the names of
 * content systems and analytics tools that news sites carry.
 */
const DATE_METAS = [
  'DC.date.issued',
  'dc.date.issued',
  'dcterms.issued',
  'DC.date',
  'dc.date',
  'dcterms.created',
  'date',
  'pdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'article:publicationdate',
  'article.published',
  'datePublished',
  'sailthru.date',
  'parsely-pub-date',
  'original-publish-date',
];

/** A date marked with microdata: <time itemprop="datePublished" datetime>, or <meta itemprop content>. */
function microdataDate(doc: Document): string | undefined {
  const el = doc.querySelector('[itemprop="datePublished"]');
  const value = el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? el?.textContent;
  return value?.trim() || undefined;
}

const isWebUrl = (value: string) => /^https?:\/\/[^/\s]+/.test(value) && URL.canParse(value);

/** The first candidate that has a value, with its source; candidates are tried in order. */
function first<T>(candidates: [FieldSource, T | undefined][]): Sourced<T> | undefined {
  for (const [source, value] of candidates) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) return { value, source };
  }
  return undefined;
}

/** "en_US" -> "en-US", "EN" -> "en": a BCP 47 tag from a page's lang attribute or og:locale. */
function languageTag(value: string | null | undefined): string | undefined {
  const [primary, ...rest] = (value ?? '').trim().replace(/_/g, '-').split('-');
  if (!primary || !/^[A-Za-z]{2,3}$/.test(primary)) return undefined;
  return [primary.toLowerCase(), ...rest].join('-');
}

/**
 * Reads the article's metadata in a fixed order of trust: JSON-LD (NewsArticle or Article, also
 * inside @graph and arrays), then Open Graph and article:* tags, then the citation_* tags that
 * scholarly and some news sites use, then <link rel="canonical">. Call it before Readability,
 * which removes the scripts that carry JSON-LD.
 */
export function readMetadata(doc: Document): PageMetadata {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const nodes = jsonLdNodes(scripts);
  const ld = articleNode(nodes) ?? {};
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const ldImage = imageCaption(ld['image'], nodes);
  // article:author is often a profile URL rather than a name; only names are bylines.
  const ogAuthors = meta(doc, 'article:author')
    .filter((a) => !isWebUrl(a))
    .flatMap(splitJoinedNames);
  const ldUrl = urlOf(ld['url']) ?? urlOf(ld['mainEntityOfPage']);

  const result: { [K in keyof PageMetadata]: PageMetadata[K] | undefined } = {
    headline: first([
      ['json-ld', textOf(ld['headline']) ?? textOf(ld['name'])],
      ['open-graph', meta(doc, 'og:title')[0]],
      ['citation', meta(doc, 'citation_title')[0]],
    ]),
    authors: first([
      // "Le Figaro et AFP" given as one author's name is two credits.
      ['json-ld', namesOf(ld['author'], nodes).map(nameWithoutAffiliation).flatMap(splitJoinedNames)],
      ['open-graph', ogAuthors],
      ['citation', meta(doc, 'citation_author').map(givenNameFirst)],
    ]),
    published: first([
      ['json-ld', textOf(ld['datePublished']) ?? textOf(ld['dateCreated'])],
      ['open-graph', meta(doc, 'article:published_time')[0] ?? meta(doc, 'og:published_time')[0]],
      ['citation', meta(doc, 'citation_publication_date')[0] ?? meta(doc, 'citation_date')[0]],
      ['meta', DATE_METAS.map((key) => meta(doc, key)[0]).find((v) => v !== undefined)],
      ['microdata', microdataDate(doc)],
    ]),
    sourceUrl: first([
      ['json-ld', ldUrl],
      ['open-graph', meta(doc, 'og:url').find(isWebUrl)],
      ['citation', [...meta(doc, 'citation_public_url'), ...meta(doc, 'citation_abstract_html_url')].find(isWebUrl)],
      ['canonical', canonical && isWebUrl(canonical) ? canonical : undefined],
    ]),
    publicationName: first([
      ['json-ld', nameOf(ld['publisher'], nodes)],
      ['open-graph', meta(doc, 'og:site_name')[0]],
      ['citation', meta(doc, 'citation_journal_title')[0] ?? meta(doc, 'citation_publisher')[0]],
    ]),
    description: first([
      ['json-ld', textOf(ld['description'])],
      ['open-graph', meta(doc, 'og:description')[0]],
      ['page', meta(doc, 'description')[0]],
    ]),
    language: first([
      ['page', languageTag(doc.documentElement.getAttribute('lang'))],
      ['json-ld', languageTag(textOf(ld['inLanguage']))],
      ['open-graph', languageTag(meta(doc, 'og:locale')[0])],
      // <meta http-equiv="Content-Language" content="tr">, the page's own declaration in HTTP's terms.
      ['page', languageTag(doc.querySelector('meta[http-equiv="Content-Language" i]')?.getAttribute('content'))],
    ]),
  };
  if (ldImage.caption || ldImage.credit) result.photo = { ...ldImage, source: 'json-ld' };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as PageMetadata;
}

/**
 * What a page-saving tool wrote into the file: SingleFile's "url:" and "saved date:" comment, or
 * the "saved from url=(0071)https://..." mark browsers add. The saved date is the capture time.
 */
export function savedPageInfo(html: string): { url?: string; savedAt?: string } {
  const head = html.slice(0, 4000);
  const url =
    /Page saved with SingleFile[\s\S]*?\burl:\s*(\S+)/.exec(head)?.[1] ??
    /saved from url=\(\d+\)(\S+?)\s*-->/.exec(head)?.[1];
  const savedAt = /Page saved with SingleFile[\s\S]*?saved date:\s*([^\n]+)/.exec(head)?.[1]?.trim();
  return { ...(url && isWebUrl(url) ? { url } : {}), ...(savedAt ? { savedAt } : {}) };
}

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBylineLine, parseByline } from './authors';
import { parseDay, parseInstant } from './dates';
import { ImportError, type CaptureDraft, type Sourced } from './draft';
import { pageFurnitureRemoved } from './editorial-notes';
import { kickerOf } from './headline';
import { htmlToMarkdown } from './html-to-markdown';
import { takeLeadPhoto } from './lead-photo';
import { readMetadata, savedPageInfo } from './metadata';
import { firstSentence } from './text-body';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The byline printed on the page (an author link or a .byline element), for pages whose metadata names no one. */
function visibleAuthors(candidates: (string | null | undefined)[]): Sourced<string[]> | undefined {
  for (const candidate of candidates.map(squash)) {
    const line = /^by\s/i.test(candidate) ? candidate : `By ${candidate}`;
    if (candidate && isBylineLine(line)) return { value: parseByline(line).names, source: 'page' };
  }
  return undefined;
}

const BYLINE_SELECTORS = ['[rel="author"]', '[itemprop="author"]', '[class*="byline"]'];

/**
 * Removes what must never reach the text (scripts, styles) and the dateline and byline, which the
 * entry keeps as fields: a <time> standing alone in its block goes with its block.
 */
function removeFurniture(doc: Document): void {
  for (const element of doc.querySelectorAll('script, style, noscript, template, iframe')) element.remove();
  for (const element of doc.querySelectorAll('[class*="byline"]')) element.remove();
  for (const time of doc.querySelectorAll('time')) {
    const parent = time.parentElement;
    const alone = parent && !/^(ARTICLE|MAIN|BODY|SECTION|DIV)$/i.test(parent.tagName);
    if (alone && squash(parent.textContent) === squash(time.textContent)) parent.remove();
    else if (!alone) time.remove();
  }
}

/** The first sentence of the body's first paragraph (not a heading or quotation). */
function leadSentence(markdown: string): string {
  const lead = markdown.split(/\n{2,}/).find((block) => !/^(#|>|-|\d+\.)/.test(block) && block.length > 40);
  return firstSentence(lead ?? markdown);
}

/** The publication day: from metadata, else the first <time datetime> on the page. */
function publishedDay(doc: Document, fromMetadata: Sourced<string> | undefined): Sourced<string> {
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const raw = fromMetadata ?? (time ? { value: time, source: 'page' as const } : undefined);
  if (!raw) throw new ImportError('published', 'the page gives no publication date (metadata or <time datetime>)');
  const day = parseDay(raw.value);
  if (!day) throw new ImportError('published', `cannot read the date "${raw.value}" (from ${raw.source})`);
  return { value: day, source: raw.source };
}

/**
 * Reads a saved news page: metadata first (JSON-LD, Open Graph, citation_*, canonical; see
 * readMetadata), then the lead photo's caption, then the article text extracted by Mozilla
 * Readability on a linkedom DOM and converted to Markdown. Scripts and styles are removed before
 * Readability runs, so their text can never reach the entry. Nothing is fetched.
 */
export function parseHtmlCapture(html: string): CaptureDraft {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const metadata = readMetadata(document);
  const saved = savedPageInfo(html);
  const h1 = squash(document.querySelector('article h1, main h1, h1')?.textContent);
  // The lead figure always leaves the text; JSON-LD's caption and credit, when given, are preferred.
  const figure = takeLeadPhoto(document);
  const photo = { ...figure, ...metadata.photo };
  const pageBylines = BYLINE_SELECTORS.map((selector) => document.querySelector(selector)?.textContent);
  const published = publishedDay(document, metadata.published);
  removeFurniture(document);

  const article = new Readability(document, { charThreshold: 200, disableJSONLD: true }).parse();
  if (!article?.content || !squash(article.textContent)) {
    throw new ImportError('(body)', 'Readability found no article text in the page');
  }
  const headline =
    metadata.headline ??
    (h1 ? { value: h1, source: 'page' as const } : undefined) ??
    (article.title ? { value: squash(article.title), source: 'page' as const } : undefined);
  if (!headline) throw new ImportError('headline', 'the page has no headline (metadata, <h1> or <title>)');
  const body = htmlToMarkdown(article.content, {
    headline: headline.value,
    ...(metadata.sourceUrl ? { base: metadata.sourceUrl.value } : {}),
  });

  const authors = metadata.authors ?? visibleAuthors([article.byline, ...pageBylines]);
  const sourceUrl = metadata.sourceUrl ?? (saved.url ? { value: saved.url, source: 'saved-page' as const } : undefined);
  const captured = saved.savedAt ? parseInstant(saved.savedAt) : undefined;
  const kicker = kickerOf(headline.value);
  return {
    format: 'html',
    headline,
    ...(kicker ? { kicker } : {}),
    ...(authors ? { authors } : {}),
    published,
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(metadata.publicationName ? { publicationName: metadata.publicationName } : {}),
    // A page's <title> often ends with the site's name ("... | Island Post").
    nameText: `${document.title} ${squash(article.textContent)}`,
    ...(photo.caption || photo.credit ? { photo: { source: 'page' as const, ...photo } } : {}),
    ...(captured ? { captured: { value: captured, source: 'saved-page' as const } } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    summaryDraft: metadata.description ?? { value: leadSentence(body), source: 'text' },
    related: [],
    body,
    editorialChanges: [pageFurnitureRemoved()],
  };
}

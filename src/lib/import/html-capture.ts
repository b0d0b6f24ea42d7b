import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bylineBeforeDate, isBylineLine, isDeskCredit, nameAsWritten, parseByline } from './authors';
import {
  closingNotes,
  datelineAgency,
  namesInAuthorNote,
  openingByline,
  signedByline,
  sourceCreditAgencies,
} from './closing-notes';
import { parseDay, parseInstant, printedDay } from './dates';
import { ImportError, type CaptureDraft, type Sourced } from './draft';
import { pageFurnitureRemoved } from './editorial-notes';
import { namedStandfirst, standfirstLength } from './page-clutter';
import { kickerOf, printedHeadline } from './headline';
import { htmlToMarkdown } from './html-to-markdown';
import { takeLeadPhoto } from './lead-photo';
import { readMetadata, savedPageInfo } from './metadata';
import {
  confirmedSiteName,
  copyrightHolders,
  headlineWithoutSuffix,
  hostLabel,
  publicationHumanName,
  siteNameByAgreement,
  type SiteNameWitnesses,
} from './publication';
import { firstSentence } from './text-body';
import { escapeRegExp, squash } from '../text/strings';

const BYLINE_OPENING =
  /^\s*(?:(?:by|par|por|von|od|di|door|av)\s+|(?:author|autor|autorin|auteur|autore|text|texto|texte)s?\s*:\s*)/iu;

/**
 * The byline printed on the page (an author's name in a byline, an author link, a .byline
 * element), for pages whose metadata names no one. A photo credit ("Jane Roe/Reuters") or a
 * company's legal name ("Example GmbH, Munich") is no byline. Null when the first byline is a
 * desk's credit ("Our Foreign Staff"): the page says there is no author to find.
 */
function visibleAuthors(candidates: (string | null | undefined)[]): Sourced<string[]> | null | undefined {
  for (const candidate of candidates.map(squash)) {
    if (isDeskCredit(candidate.replace(BYLINE_OPENING, ''))) return null;
    if (/\/|\b(?:GmbH|AG|Inc|Ltd|LLC|plc|S\.A|SAS|Corp)\b/u.test(candidate)) continue;
    const line = BYLINE_OPENING.test(candidate) ? candidate : `By ${candidate}`;
    if (candidate && isBylineLine(line)) return { value: parseByline(line).names, source: 'page' };
  }
  return undefined;
}

/**
 * Where pages print a byline, the most precise first: the name inside a byline before the whole
 * line, then boxes whose class says author ("autor" in German, Spanish and Portuguese) or a wire
 * agency's signature.
 */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[class*="byline"] [class*="author"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class*="byline"]',
  '[class*="author" i]',
  '[class*="autor" i]',
  '[class*="agency" i]',
];
/** A byline is a line: a box longer than this holds more than the byline (an author's biography). */
const MAX_BYLINE_CHARS = 150;

/** The printed bylines a page's byline boxes hold, in the order of BYLINE_SELECTORS. */
function bylineBoxes(doc: Document): string[] {
  return BYLINE_SELECTORS.flatMap((selector) =>
    [...doc.querySelectorAll(selector)]
      .filter((element) => !inReaderComments(element))
      .slice(0, 5)
      .map((element) => squash(spacedText(element)))
      .filter((text) => text !== '' && text.length <= MAX_BYLINE_CHARS),
  );
}

/** How far under the headline a byline is looked for: this many elements, before the text begins. */
const HEADER_REACH = 60;

/**
 * Lines under the headline that read as a byline ("Von Seb Dumitru, Lille 05.08.2024, 20:59
 * Uhr") in boxes the page gives no byline name, and the source a syndicated copy names there,
 * up to the first paragraph of text.
 */
function headerBylines(doc: Document): string[] {
  const h1 = headlineElement(doc);
  if (!h1) return [];
  const all = [...doc.querySelectorAll('*')];
  const start = all.indexOf(h1);
  const lines: string[] = [];
  for (const element of all.slice(start + 1, start + 1 + HEADER_REACH)) {
    if (h1.contains(element) || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(element.tagName)) continue;
    const text = squash(spacedText(element));
    if (element.tagName === 'P' && wordCount(text) >= MIN_TEXT_WORDS && !isBylineLine(text)) break;
    if (text.length <= 120 && BYLINE_OPENING.test(text) && isBylineLine(text)) lines.push(text);
    // A syndicated copy names its source under the headline: <p class="source">CNET Japan 3/9 18:45</p>.
    else if (text.length <= 60 && namesSource(element) && !element.closest('figure, figcaption')) {
      lines.push(text.replace(/\s+\d.*$/u, ''));
    }
  }
  return lines;
}

/** Whether an element's class names it the story's source ("source", "article-source"). */
const namesSource = (element: Element) =>
  (element.getAttribute('class') ?? '').split(/[\s_-]+/).some((part) => part.toLowerCase() === 'source');

/**
 * Whether an element sits in the readers' comments ("comment-author", "#comments"): a commenter's
 * name ("Jane Roe sagt:", "John Doe says:") is no byline of the article. A box whose class
 * mentions comments but holds the article's <h1> wraps the article itself.
 */
function inReaderComments(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (/(?:^|[\s_-])comments?(?:$|[\s_-])/iu.test(names) || /comment(?:list|area|s?section)/iu.test(names)) {
      return !node.querySelector('h1');
    }
  }
  return false;
}

/** An element's text with a space where its elements meet, so "by <a>Jane Roe</a><time>22 Dec</time>" keeps its words apart. */
function spacedText(element: Element | null): string | undefined {
  if (!element) return undefined;
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts.join(' ');
}

/**
 * The class and id words for which Readability discards a box before scoring it (a page's header,
 * footer, sidebar, comments, menus ...), unless the name also says content ("article", "main").
 */
const UNLIKELY_BOX =
  /header|footer|sidebar|comment|banner|menu|extra|related|social|sponsor|popup|combx|community|disqus|remark|rss|shoutbox|skyscraper|supplemental|pager|pagination/i;
const LIKELY_BOX = /and|article|body|column|content|main|shadow/i;

/**
 * A box named like a page's header or sidebar ("row site_header") that holds the article's text,
 * as schema.org marks it (itemprop="articleBody"), wraps the article: its names are taken off so
 * Readability does not discard the article with it.
 */
function unmaskArticleWrappers(doc: Document): void {
  for (const body of doc.querySelectorAll('[itemprop="articleBody"]')) {
    for (let node = body.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
      const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
      if (UNLIKELY_BOX.test(names) && !LIKELY_BOX.test(names)) {
        node.removeAttribute('class');
        node.removeAttribute('id');
      }
    }
  }
}

/** Class names of the box holding an article's text: "articleBody", "article-body", "story__body". */
const ARTICLE_BODY_NAME = /^(?:article|story|post)[-_]*(?:body|text)$/iu;

const depth = (element: Element) => {
  let n = 0;
  for (let node = element.parentElement; node; node = node.parentElement) n += 1;
  return n;
};

/**
 * An article whose text the page splits into several boxes of the same kind, with advertising
 * between them (three "div.articleBody" at the same depth, one after each ad slot), is one
 * text: the later boxes' content is moved into the first, so Readability does not keep one part
 * only. Boxes count when they are named as the article's body (schema.org's articleBody or a
 * class saying so), hold a paragraph, share tag and depth, and are not inside one another.
 */
function joinSplitArticleBody(doc: Document): void {
  const named = [...doc.querySelectorAll('[itemprop~="articleBody"], [class]')].filter(
    (element) =>
      element.getAttribute('itemprop')?.split(/\s+/).includes('articleBody') ||
      (element.getAttribute('class') ?? '').split(/\s+/).some((name) => ARTICLE_BODY_NAME.test(name)),
  );
  const outermost = named.filter((element) => !named.some((other) => other !== element && other.contains(element)));
  const [first, ...rest] = outermost.filter((element) => element.querySelector('p'));
  if (!first || rest.length === 0) return;
  const parts = rest.filter((element) => element.tagName === first.tagName && depth(element) === depth(first));
  if (parts.length !== rest.length) return;
  for (const part of parts) {
    while (part.firstChild) first.appendChild(part.firstChild);
    part.remove();
  }
}

/**
 * A box whose only content is one inner box holds the same text under two sets of names
 * (<div class="body-component"><div class="pullquote">...</div></div>). Readability merges such
 * pairs and keeps the outer box's class, which would lose what the inner one says it is; both get
 * the names of both first, so a pull quote or a newsletter box is still named so after Readability.
 */
function shareWrapperNames(doc: Document): void {
  // Innermost first, so names pass up through a chain of such boxes.
  for (const outer of [...doc.querySelectorAll('div, section')].reverse()) {
    const inner = outer.children.length === 1 ? outer.children[0] : undefined;
    if (!inner || !/^(?:DIV|SECTION)$/.test(inner.tagName)) continue;
    if ([...outer.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')) continue;
    const names = [outer, inner].map((element) => element.getAttribute('class') ?? '').join(' ');
    const merged = [...new Set(names.split(/\s+/).filter(Boolean))].join(' ');
    if (!merged) continue;
    outer.setAttribute('class', merged);
    inner.setAttribute('class', merged);
  }
}

/** Removes what must never reach the text: scripts, styles, templates, frames. */
function removeScripts(doc: Document): void {
  for (const element of doc.querySelectorAll('script, style, noscript, template, iframe')) element.remove();
}

/** The article's headline element: the <h1> inside the article or main content, else the first. */
const headlineElement = (doc: Document) => doc.querySelector('article h1, main h1, h1');

/**
 * The text printed right after the headline, where pages set their byline and dateline
 * ("Sehernur Karsu | 05.04.2025"), up to `limit` characters; scripts and styles are no print.
 */
function textAfterHeadline(doc: Document, limit = 400): string {
  const h1 = headlineElement(doc);
  if (!h1 || !doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = false;
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (h1.contains(node)) seen = true;
    else if (seen && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentElement?.tagName ?? '')) {
      text = squash(`${text} ${node.textContent ?? ''}`);
    }
  }
  return text.slice(0, limit);
}

/** Elements that mark a byline: schema.org's author, rel="author", a byline or author box. */
const BYLINE_MARKS =
  '[itemprop~="author"], [rel="author"], [class*="byline" i], [class*="author" i], [class*="autor" i]';

/** Whether an element is the article's dateline or byline: a <time>, a byline box, "By …", "Bron: BELGA". */
function isDatelineOrByline(element: Element): boolean {
  if (element.tagName === 'TIME') return true;
  const text = squash(element.textContent);
  if (!text || text.length > MAX_BYLINE_CHARS) return false;
  return (
    element.matches(BYLINE_MARKS) ||
    (text.length <= 100 && (isBylineLine(text) || sourceCreditAgencies(text).length > 0))
  );
}

/** Paragraphs set between the headline and the byline or dateline: at most this many, of this many words. */
const MAX_STANDFIRST_PARAGRAPHS = 3;
const MAX_STANDFIRST_WORDS = 120;
/** The text after the byline: paragraphs of at least this many words, at least two of them. */
const MIN_TEXT_WORDS = 12;

const wordCount = (text: string | null | undefined) => squash(text).split(' ').filter(Boolean).length;

/** Whether the page's names for an element (class, id, itemprop) call it a standfirst. */
const namedAsStandfirst = (element: Element) =>
  namedStandfirst(
    [...(element.getAttribute('class')?.split(/\s+/) ?? []), element.getAttribute('id') ?? ''],
    element.getAttribute('itemprop') ?? undefined,
  );

/**
 * The standfirst (summary, teaser) set between the headline and the text, which is no paragraph of
 * the text: an element the page names so ("fig-standfirst", "detailSummary", itemprop
 * "description"), or, whatever its names, a paragraph or two set between the headline and the
 * byline or dateline when the article's text follows the byline. Both are taken out before
 * Readability, which renames boxes it turns into paragraphs. Nothing goes when more text stands
 * before the byline, or too little follows it (a short article signed at its foot).
 */
function removeStandfirsts(doc: Document): void {
  const h1 = headlineElement(doc);
  if (!h1) return;
  const all = [...doc.querySelectorAll('*')];
  const after = all.slice(all.indexOf(h1) + 1).filter((element) => !h1.contains(element));
  const isText = (element: Element) =>
    element.tagName === 'P' &&
    !element.closest('figure, figcaption') &&
    wordCount(element.textContent) >= MIN_TEXT_WORDS;
  // Named standfirsts, up to the first paragraph of text outside them.
  const named: Element[] = [];
  for (const element of after) {
    if (named.some((box) => box.contains(element))) continue;
    if (namedAsStandfirst(element) && standfirstLength(squash(element.textContent))) named.push(element);
    else if (isText(element)) break;
  }
  for (const element of named) element.remove();
  // Paragraphs between the headline and the byline or dateline.
  const between: Element[] = [];
  const stop = after.findIndex((element) => {
    if (!element.isConnected) return false;
    if (isDatelineOrByline(element)) return true;
    if (element.tagName === 'P' && !element.closest('figure, figcaption') && squash(element.textContent)) {
      between.push(element);
    }
    return between.length > MAX_STANDFIRST_PARAGRAPHS;
  });
  if (stop === -1 || between.length === 0 || between.length > MAX_STANDFIRST_PARAGRAPHS) return;
  if (between.reduce((n, p) => n + wordCount(p.textContent), 0) > MAX_STANDFIRST_WORDS) return;
  if (after.slice(stop + 1).filter(isText).length < 2) return;
  for (const paragraph of between) paragraph.remove();
}

/** The agencies a source line near the article credits ("Bron: BELGA"), for a page that prints no byline. */
function creditedAgencies(doc: Document): string[] {
  for (const element of doc.querySelectorAll('p, div, span, small, li, footer')) {
    const text = squash(element.textContent);
    const agencies = text.length <= 60 ? sourceCreditAgencies(text) : [];
    if (agencies.length > 0) return agencies;
  }
  return [];
}

/** Removes the dateline and byline, which the entry keeps as fields: a <time> standing alone in its block goes with its block. */
function removeBylineAndDateline(doc: Document): void {
  // A byline is a line: a long element whose class mentions it ("article--has-byline") wraps the text.
  for (const element of doc.querySelectorAll('[class*="byline"]')) {
    if (squash(element.textContent).length <= MAX_BYLINE_CHARS * 2) element.remove();
  }
  for (const time of doc.querySelectorAll('time')) {
    const parent = time.parentElement;
    const alone = parent && !/^(ARTICLE|MAIN|BODY|SECTION|DIV)$/i.test(parent.tagName);
    if (alone && squash(parent.textContent) === squash(time.textContent)) parent.remove();
    else if (!alone) time.remove();
  }
}

/**
 * Drops the note about the author that closes many articles ("Jane Roe is a reporter for the
 * Courier covering ...", "Jane Roe est journaliste"): it is about the byline, not the story, and
 * would otherwise be numbered as the article's last paragraph.
 */
function withoutAuthorNote(markdown: string, authors: readonly string[]): string {
  const blocks = markdown.split(/\n{2,}/);
  const last = blocks.at(-1)?.replace(/[*_]/g, '') ?? '';
  const aboutAuthor = authors.some((name) =>
    // "Jane Roe is ...", "Jane Roe covers the White House.", "Jane Roe schreibt über ...": a sentence
    // about the byline's author, whose name is followed at once by a verb, not the story's text.
    new RegExp(`^${escapeRegExp(name)}(?:,? (?:is|was|est|ist|es|è|é|je) | \\p{Ll})`, 'u').test(last),
  );
  return aboutAuthor && blocks.length > 1 && last.split(/\s+/).length <= 60
    ? blocks.slice(0, -1).join('\n\n')
    : markdown;
}

/** The first sentence of the body's first paragraph (not a heading or quotation). */
function leadSentence(markdown: string): string {
  const lead = markdown.split(/\n{2,}/).find((block) => !/^(#|>|-|\d+\.)/.test(block) && block.length > 40);
  return firstSentence(lead ?? markdown);
}

/**
 * A day in a URL, as newspapers write them: in the path (/2015/03/18/, /2015-03/18/,
 * /20150318/), or as the start of an article id in the query (?a=20170309-35097838-sci).
 */
function dayInUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const { pathname, search } = new URL(url);
  const match =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[^\d])/.exec(pathname) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$|[^\d])/.exec(pathname) ??
    /[?&=]((?:19|20)\d{2})(\d{2})(\d{2})(?:[^\d]|$)/.exec(search);
  return match ? parseDay(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

/** Elements a page marks as its date by class, id or tag: <time> without datetime, .date, #publish-time, .datum. */
const DATE_MARKED =
  'time, [class*="date" i], [class*="time" i], [class*="publish" i], [class*="datum" i], [id*="date" i], [class*="posted" i]';

/**
 * The first date printed in an element the page marks as a date: a written day ("Mon 23 Oct
 * 2017") or one in digits with dots, which is day first ("12.03.2019").
 */
function markedDate(doc: Document): string | undefined {
  for (const element of doc.querySelectorAll(DATE_MARKED)) {
    const text = squash(element.textContent);
    if (!text || text.length > 80) continue;
    if (parseDay(text)) return text;
    const dotted = /(?:^|\D)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})(?:\D|$)/.exec(text);
    const day = dotted ? parseDay(`${dotted[3]}-${dotted[2]}-${dotted[1]}`) : undefined;
    if (day) return day;
  }
  return undefined;
}

/** "Posted on April 21, 2015", "Publié le 12 mars 2015 à 10h": a printed dateline near the top of the page. */
function printedDateline(doc: Document): string | undefined {
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 3000);
  const match =
    /(?:posted|published|updated|publié|mis à jour|publicado|veröffentlicht|aktualizováno|publikováno)(?: on| le| el| am| em)?:?\s+([^|•]{6,40}?\d{4})/iu.exec(
      text,
    );
  return match?.[1] && parseDay(match[1]) ? match[1] : undefined;
}

/**
 * A day printed in digits in the page's title ("07.12.2017"), read day first, when nothing else
 * dates the page.
 */
function numericDayInTitle(title: string, language: string | undefined): Sourced<string> | undefined {
  // Dots are written day first wherever they are used; slashes only outside the United States.
  const separator = !language || /^en(-US)?$/i.test(language) ? '\\.' : '[./]';
  const match = new RegExp(`(?:^|\\D)(\\d{1,2})${separator}(\\d{1,2})${separator}((?:19|20)\\d{2})(?:\\D|$)`).exec(
    title,
  );
  const day = match ? parseDay(`${match[3]}-${match[2]}-${match[1]}`) : undefined;
  return day ? { value: day, source: 'page' } : undefined;
}

/** "Harbour fees rise | The Courier" -> "The Courier": the site's name a <title> ends with, when short. */
function titleSiteName(title: string): Sourced<string> | undefined {
  const parts = title.trim().split(/\s+[|–—-]\s+|\s*[|_]\s*/u);
  if (parts.length < 2) return undefined;
  // "Headline | DW | 12.03.2019": a date after the site's name is no name.
  while (parts.length > 1 && !/\p{L}/u.test(parts.at(-1) ?? '')) parts.pop();
  if (parts.length < 2) return undefined;
  const name = parts.at(-1)!.trim();
  return /\p{L}/u.test(name) && name.length <= 40 && name.split(/\s+/).length <= 4
    ? { value: name, source: 'page' }
    : undefined;
}

/**
 * Where a page names its own site: the metadata's name, og:site_name, the <title>'s suffix, the
 * app's name, a logo's alt text, its copyright lines, its Twitter handle and its host. Read after
 * scripts are removed, so a script's "(c)" is no copyright line.
 */
function siteNameWitnesses(
  doc: Document,
  fromMetadata: Sourced<string> | undefined,
  url: string | undefined,
): SiteNameWitnesses {
  const content = (selector: string) =>
    [...doc.querySelectorAll(selector)].map((el) => el.getAttribute('content')?.trim() ?? '').filter((v) => v !== '');
  const logos = [...doc.querySelectorAll('img[alt]')]
    .filter((img) =>
      /logo/i.test(
        `${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''}`,
      ),
    )
    .map((img) => squash(img.getAttribute('alt')))
    .filter((alt) => alt !== '' && !/\blogo\b/iu.test(alt));
  return {
    named: [
      ...(fromMetadata ? [fromMetadata.value] : []),
      // og:site_name is one witness: when the metadata's name is that tag, it is not counted twice.
      ...(fromMetadata?.source === 'open-graph' ? [] : content('meta[property="og:site_name"]')),
      ...(titleSiteName(doc.title) ? [titleSiteName(doc.title)!.value] : []),
    ],
    others: [...content('meta[name="application-name"], meta[name="apple-mobile-web-app-title"]'), ...logos],
    copyright: copyrightHolders(squash(doc.body?.textContent).replace(/(©|\bcopyright\b)/giu, '\n$1')),
    handles: [...content('meta[name="twitter:site"]'), ...(url && URL.canParse(url) ? [hostLabel(url)] : [])],
  };
}

/** Whether a byline name is only the site's own name or address. */
function sameSite(name: string, site: readonly (string | undefined)[]): boolean {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  return site.some((s) => s !== undefined && key(s) !== '' && (key(s).startsWith(key(name)) || key(name) === key(s)));
}

/**
 * The publication day. Every witness the page gives is read: its metadata (see readMetadata),
 * the microdata date, its first <time datetime>, a day in the article's URL, a printed dateline.
 * The day most of them name wins; on a tie the most trusted, in that order. So a JSON-LD time in
 * UTC that has passed midnight ("2017-11-17T10:41Z" for an article the page, its <time> and its
 * URL all date 16 November) is outvoted, while a metadata date that stands alone still counts.
 * Undefined when none says.
 */
function publishedDay(
  doc: Document,
  fromMetadata: Sourced<string> | undefined,
  sourceUrl: string | undefined,
): Sourced<string> | undefined {
  // Each element is one witness: the microdata date may be the metadata's own, or the first <time>.
  const microdata = doc.querySelector('[itemprop="datePublished"]');
  const timeElement = doc.querySelector('time[datetime]');
  const time = timeElement !== microdata ? (timeElement?.getAttribute('datetime') ?? undefined) : undefined;
  const marked =
    fromMetadata?.source === 'microdata'
      ? undefined
      : (microdata?.getAttribute('datetime') ?? microdata?.getAttribute('content') ?? undefined);
  const fromUrl = dayInUrl(sourceUrl);
  const dateline = printedDateline(doc) ?? markedDate(doc);
  const candidates: Sourced<string>[] = [
    ...(fromMetadata ? [fromMetadata] : []),
    ...(marked ? [{ value: marked, source: 'microdata' as const }] : []),
    ...(time ? [{ value: time, source: 'page' as const }] : []),
    ...(fromUrl ? [{ value: fromUrl, source: 'url' as const }] : []),
    ...(dateline ? [{ value: dateline, source: 'dateline' as const }] : []),
  ];
  const days = candidates.flatMap((raw) => {
    const day = parseDay(raw.value);
    return day ? [{ value: day, source: raw.source }] : [];
  });
  const votes = (day: string) => days.filter((d) => d.value === day).length;
  let best: Sourced<string> | undefined;
  for (const day of days) if (!best || votes(day.value) > votes(best.value)) best = day;
  return best;
}

/**
 * Reads a saved news page: metadata first (JSON-LD, Open Graph, citation_*, canonical; see
 * readMetadata), then the lead photo's caption, then the article text extracted by Mozilla
 * Readability on a linkedom DOM and converted to Markdown. Scripts and styles are removed before
 * Readability runs, so their text can never reach the entry. Nothing is fetched.
 */
export function parseHtmlCapture(html: string, options: { published?: Sourced<string> } = {}): CaptureDraft {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const metadata = readMetadata(document);
  const saved = savedPageInfo(html);
  const h1 = squash(document.querySelector('article h1, main h1, h1')?.textContent);
  // Every <h1>, the article's own first: a page's first <h1> is often its logo.
  const headings = [...document.querySelectorAll('article h1, main h1'), ...document.querySelectorAll('h1')]
    .map((element) => squash(element.textContent))
    .filter((text) => text !== '');
  // The <h1> the page marks as the article's headline in schema.org microdata.
  const marked = squash(document.querySelector('h1[itemprop~="headline"]')?.textContent) || undefined;
  // The lead figure always leaves the text; JSON-LD's caption and credit, when given, are preferred.
  const figure = takeLeadPhoto(document);
  const photo = { ...figure, ...metadata.photo };
  // The byline boxes, then a byline printed under the headline in a box of no such name.
  const pageBylines = [...bylineBoxes(document), ...headerBylines(document)];
  const pageUrl = metadata.sourceUrl?.value ?? saved.url;
  // The whole page's text, furniture included, where a site prints its own name ("© Le Monde").
  // Read before Readability, which may take the <head> with it ("Cannot destructure … documentElement").
  const title = document.title;
  const wholeText = `${title} ${squash(document.body?.textContent)}`;
  const headerText = textAfterHeadline(document);
  const afterHeadline = printedDay(headerText);
  // "Jane Roe | 05.04.2025" under the headline: a byline printed without "By".
  const namedBeforeDate = bylineBeforeDate(headerText, (words) => printedDay(words) !== undefined);
  const published =
    publishedDay(document, metadata.published, pageUrl) ??
    numericDayInTitle(title, metadata.language?.value) ??
    (afterHeadline ? { value: afterHeadline, source: 'page' as const } : undefined) ??
    options.published;
  if (!published) {
    throw new ImportError(
      'published',
      'the page gives no publication date (metadata, <time>, URL or dateline): give it with --published YYYY-MM-DD',
    );
  }
  removeScripts(document);
  // What a reader sees of the page: a name only a script carries was never printed.
  const printedText = squash(document.body?.textContent).toLowerCase();
  const credited = creditedAgencies(document);
  removeStandfirsts(document);
  removeBylineAndDateline(document);
  unmaskArticleWrappers(document);
  joinSplitArticleBody(document);
  shareWrapperNames(document);
  const siteWitnesses = siteNameWitnesses(document, metadata.publicationName, pageUrl);

  const article = new Readability(document, { charThreshold: 200, disableJSONLD: true, keepClasses: true }).parse();
  if (!article?.content || !squash(article.textContent)) {
    throw new ImportError('(body)', 'Readability found no article text in the page');
  }
  const pageText = `${title} ${squash(article.textContent)}`;
  const confirmed = confirmedSiteName(siteWitnesses);
  const siteName =
    metadata.publicationName ??
    titleSiteName(title) ??
    (confirmed ? { value: confirmed, source: 'page' as const } : undefined);
  const agreed = siteNameByAgreement(siteWitnesses);
  const publicationName = siteName && {
    ...(agreed && agreed !== siteName.value ? { source: 'page' as const } : siteName),
    value: publicationHumanName(agreed ?? siteName.value, wholeText),
  };
  // A byline that only names the site itself ("futurezone.at") names no author.
  // Metadata names the authors, unless it names only people the page never prints and the page
  // prints a byline of its own (JSON-LD naming the page's editor, the byline giving an agency).
  const printedName = (name: string) => printedText.includes(squash(name).toLowerCase());
  const visible = visibleAuthors(pageBylines);
  const site = [siteName?.value, publicationName?.value, pageUrl];
  // Metadata that names only the site itself ("n-tv NACHRICHTEN" as the author) names no one, and
  // the printed byline is read instead.
  const fromMetadata = metadata.authors && {
    ...metadata.authors,
    value: metadata.authors.value.filter((name) => !sameSite(name, site)),
  };
  const named =
    fromMetadata?.value.length && (fromMetadata.value.some(printedName) || !visible)
      ? fromMetadata
      : visible === null
        ? undefined
        : (visible ?? visibleAuthors([article.byline]) ?? undefined);
  let authors = named && {
    ...named,
    value: named.value.filter((name) => !sameSite(name, site)),
  };
  const rawHeadline =
    metadata.headline ??
    (h1 ? { value: h1, source: 'page' as const } : undefined) ??
    (article.title ? { value: squash(article.title), source: 'page' as const } : undefined);
  if (!rawHeadline) throw new ImportError('headline', 'the page has no headline (metadata, <h1> or <title>)');
  const trimmed = headlineWithoutSuffix(rawHeadline.value, {
    publication: publicationName?.value ?? metadata.publicationName?.value,
    url: pageUrl,
    authors: authors?.value,
  });
  const printed = metadata.headline ? printedHeadline(trimmed, headings, marked) : undefined;
  const headline = printed ? { value: printed, source: 'page' as const } : { ...rawHeadline, value: trimmed };
  const markdown = htmlToMarkdown(article.content, {
    headline: headline.value,
    ...(metadata.sourceUrl ? { base: metadata.sourceUrl.value } : {}),
  });

  // A byline set as the first paragraph is no text; it names the authors when nothing else did.
  const opening = openingByline(markdown);
  if (opening && !authors?.value.length) authors = { value: opening.names, source: 'page' };
  const text = opening?.body ?? markdown;
  // A byline signed at the foot, then a closing note in italics, name the authors when nothing else did.
  const signed = signedByline(text);
  if (signed && !authors?.value.length) authors = { value: signed.names, source: 'page' };
  const note = closingNotes(signed?.body ?? text);
  const noteNames = note ? note.notes.flatMap(namesInAuthorNote) : [];
  if (noteNames.length > 0 && !authors?.value.length) authors = { value: noteNames, source: 'page' };
  const agency = authors?.value.length ? undefined : datelineAgency(text);
  if (agency) authors = { value: [agency], source: 'page' };
  // "Bron: BELGA" credits the agency whose copy the page prints, when nothing else names anyone.
  if (!authors?.value.length && credited.length > 0) authors = { value: credited, source: 'page' };
  if (!authors?.value.length && namedBeforeDate.length > 0) authors = { value: namedBeforeDate, source: 'page' };
  if (authors) authors = { ...authors, value: authors.value.map(nameAsWritten) };
  const body = note ? note.body : withoutAuthorNote(signed?.body ?? text, authors?.value ?? []);
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
    ...(publicationName ? { publicationName } : {}),
    // A page's <title> often ends with the site's name ("... | Island Post").
    nameText: pageText,
    ...(photo.caption || photo.credit ? { photo: { source: 'page' as const, ...photo } } : {}),
    ...(captured ? { captured: { value: captured, source: 'saved-page' as const } } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
    summaryDraft: metadata.description ?? { value: leadSentence(body), source: 'text' },
    related: [],
    body,
    editorialChanges: [pageFurnitureRemoved()],
  };
}

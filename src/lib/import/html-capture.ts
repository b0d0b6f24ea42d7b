import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBylineLine, isDeskCredit, parseByline } from './authors';
import { closingNote, datelineAgency, namesInAuthorNote, openingByline, signedByline } from './closing-notes';
import { parseDay, parseInstant } from './dates';
import { ImportError, type CaptureDraft, type Sourced } from './draft';
import { pageFurnitureRemoved } from './editorial-notes';
import { kickerOf, printedHeadline } from './headline';
import { htmlToMarkdown } from './html-to-markdown';
import { takeLeadPhoto } from './lead-photo';
import { readMetadata, savedPageInfo } from './metadata';
import {
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
  const pageBylines = bylineBoxes(document);
  const pageUrl = metadata.sourceUrl?.value ?? saved.url;
  // The whole page's text, furniture included, where a site prints its own name ("© Le Monde").
  const wholeText = `${document.title} ${squash(document.body?.textContent)}`;
  const published =
    publishedDay(document, metadata.published, pageUrl) ??
    numericDayInTitle(document.title, metadata.language?.value) ??
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
  removeBylineAndDateline(document);
  unmaskArticleWrappers(document);
  shareWrapperNames(document);
  const siteWitnesses = siteNameWitnesses(document, metadata.publicationName, pageUrl);

  const article = new Readability(document, { charThreshold: 200, disableJSONLD: true, keepClasses: true }).parse();
  if (!article?.content || !squash(article.textContent)) {
    throw new ImportError('(body)', 'Readability found no article text in the page');
  }
  const pageText = `${document.title} ${squash(article.textContent)}`;
  const siteName = metadata.publicationName ?? titleSiteName(document.title);
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
  const named =
    metadata.authors && (metadata.authors.value.some(printedName) || !visible)
      ? metadata.authors
      : visible === null
        ? undefined
        : (visible ?? visibleAuthors([article.byline]) ?? undefined);
  let authors = named && {
    ...named,
    value: named.value.filter((name) => !sameSite(name, [siteName?.value, publicationName?.value, pageUrl])),
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
  const note = closingNote(signed?.body ?? text);
  const noteNames = note ? namesInAuthorNote(note.note) : [];
  if (noteNames.length > 0 && !authors?.value.length) authors = { value: noteNames, source: 'page' };
  const agency = authors?.value.length ? undefined : datelineAgency(text);
  if (agency) authors = { value: [agency], source: 'page' };
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

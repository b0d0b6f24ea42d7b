import { isBylineLine, parseByline } from './authors';
import { isDateLine, parseDay } from './dates';
import { ImportError, type CaptureDraft, type EditorialChange, type RelatedLink } from './draft';
import { headingsMarked, linksDropped, paragraphsRejoined, relatedRemoved } from './editorial-notes';
import { kickerOf } from './headline';
import { firstSentence, markHeadings, placeholderLinkTexts, rejoinCutParagraphs, visibleText } from './text-body';

/** A caption line ending in its bold credit: "The flag flies in Moscow. **Moskva News Agency**". */
const CAPTION = /^(?:(.*\S)\s+)?\*\*([^*]+)\*\*$/;
const RELATED = /^related(?: articles?)?:\s*(.+)$/i;
const ORIGINAL_URL = /^original url:\s*(.*)$/i;
/** A line that names a month and a year, so a failure to read it is a bad date, not a missing one. */
const DATE_LIKE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b.*\b\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/i;

function relatedLink(text: string): RelatedLink {
  const link = /^\[([^\]]+)\]\(([^)]*)\)$/.exec(text.trim());
  if (!link) return { title: text.trim() };
  const url = (link[2] ?? '').trim();
  return URL.canParse(url) && /^https?:/.test(url) ? { title: link[1] ?? '', url } : { title: link[1] ?? '' };
}

/** The "Original url:" footer's address, and the blocks without it. */
function takeOriginalUrl(blocks: string[]): { blocks: string[]; url?: string } {
  const at = blocks.findIndex((b) => ORIGINAL_URL.test(b));
  if (at === -1) return { blocks };
  const sameLine = ORIGINAL_URL.exec(blocks[at] ?? '')?.[1]?.trim();
  const raw = sameLine || blocks[at + 1] || '';
  const url = raw.replace(/^<|>$/g, '').trim();
  const end = sameLine ? at + 1 : at + 2;
  return { blocks: [...blocks.slice(0, at), ...blocks.slice(end)], ...(url ? { url } : {}) };
}

/**
 * Reads a plain-text capture laid out as the seed's is: headline (with an optional "Kicker:"),
 * "By" line, date line, caption ending in its **credit**, the body paragraphs with "Related
 * article:" lines and plain-line headings, and an "Original url:" footer. Throws an ImportError
 * naming the field when the headline or date cannot be read.
 */
export function parseTextCapture(text: string): CaptureDraft {
  if (text.includes('\u0000')) throw new ImportError('(capture)', 'not a text capture: it contains binary data');
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const all = lines
    .split(/\n[ \t]*\n/)
    .map((b) => b.replace(/\s*\n\s*/g, ' ').trim())
    .filter((b) => b !== '');
  const { blocks, url } = takeOriginalUrl(all);

  const headline = blocks[0];
  if (headline === undefined) throw new ImportError('headline', 'the capture is empty');
  if (headline.length > 300 || /^</.test(headline)) {
    throw new ImportError('headline', `the first line is not a headline: "${headline.slice(0, 60)}..."`);
  }
  const kicker = kickerOf(headline);

  let i = 1;
  let byline: ReturnType<typeof parseByline> | undefined;
  let published: string | undefined;
  let photo: { caption?: string; credit?: string } | undefined;
  for (; i < blocks.length && i <= 4; i += 1) {
    const block = blocks[i] ?? '';
    const caption = CAPTION.exec(block);
    if (!byline && isBylineLine(block)) byline = parseByline(block);
    else if (!published && isDateLine(block)) published = parseDay(block);
    else if (!published && block.length <= 60 && DATE_LIKE.test(block)) {
      throw new ImportError('published', `cannot read the date line "${block}" as a calendar day`);
    } else if (!photo && caption) photo = { ...(caption[1] ? { caption: caption[1] } : {}), credit: caption[2] ?? '' };
    else break;
  }
  if (!published) throw new ImportError('published', 'no date line (such as "December 11, 2024") after the headline');

  const related: RelatedLink[] = [];
  const body = blocks.slice(i).filter((block) => {
    const match = RELATED.exec(block);
    if (match) related.push(relatedLink(match[1] ?? ''));
    return !match;
  });
  if (body.length === 0) throw new ImportError('(body)', 'the capture has no article text after its date line');
  const rejoined = rejoinCutParagraphs(body);
  const marked = markHeadings(rejoined.blocks);

  const changes: EditorialChange[] = [];
  if (marked.headings.length > 0) changes.push(headingsMarked(marked.headings));
  if (rejoined.cutAfter.length > 0) changes.push(paragraphsRejoined(rejoined.cutAfter));
  const linkTargets = [
    ...(byline?.linked ? [byline.names.length > 1 ? 'the authors' : 'the author'] : []),
    ...placeholderLinkTexts(marked.blocks),
  ];
  if (linkTargets.length > 0) changes.push(linksDropped(linkTargets));
  if (related.length > 0) changes.push(relatedRemoved(related.length));

  return {
    format: 'text',
    headline: { value: headline, source: 'text' },
    ...(kicker ? { kicker } : {}),
    ...(byline ? { authors: { value: byline.names, source: 'text' as const } } : {}),
    published: { value: published, source: 'text' },
    ...(url ? { sourceUrl: { value: url, source: 'text' as const } } : {}),
    nameText: visibleText(body.join('\n')),
    ...(photo ? { photo: { ...photo, source: 'text' as const } } : {}),
    summaryDraft: { value: firstSentence(body[0] ?? ''), source: 'text' },
    related,
    body: `${marked.blocks.join('\n\n')}\n`,
    editorialChanges: changes,
  };
}

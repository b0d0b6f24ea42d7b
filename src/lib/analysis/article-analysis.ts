import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import type { Attribution } from '../../schemas/article';
import type { Person } from '../../schemas/person';
import { personPath } from '../archive/permalinks';
import { NUMBERED_PARAGRAPHS, paragraphNumberOf, paragraphSign } from '../text/paragraph-ids';
import { addParagraphNumbers, isParagraphNumber } from '../text/paragraph-numbers';
import { mentionFinder, type Mention } from './mentions';
import { extractQuotes, type ExtractedQuote, type Speaker } from './quotes/extract';
import type { Paragraph } from './quotes/spans';

/** A quotation as the archive publishes it. */
export interface Quote extends ExtractedQuote {
  /** Its anchor on the article page: `q-15-1`, the first quotation that begins in ¶ 15. */
  id: string;
  /** True when an editor set or corrected the attribution in the article's frontmatter. */
  manual: boolean;
}

/** A registered person named in a paragraph, with the sentence that names them. */
interface MentionRecord {
  personId: string;
  paragraph: string;
  passage: string;
}

/**
 * The name a build keeps each article's analysis under from one build to the next
 * (src/integrations/analysis-cache.ts).
 */
export const ANALYSIS_CACHE = 'article-analysis';

export interface ArticleAnalysis {
  /** The article body with each person's first mention linked and each quotation anchored. */
  html: string;
  quotes: Quote[];
  mentions: MentionRecord[];
}

/** A paragraph's text as its text nodes hold it, without the paragraph number. */
function textOf(node: Element): string {
  return node.children
    .filter((c) => !isParagraphNumber(c))
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : ''))
    .join('');
}

/**
 * Wraps the characters start..end of a paragraph's text in `wrapper` when they sit in one text
 * node; otherwise puts `marker` (an empty anchor) where they start. Returns whether it wrapped.
 */
function wrapRange(paragraph: Element, start: number, end: number, wrapper: Element, marker?: Element): boolean {
  let offset = 0;
  let wrapped = false;
  const walk = (parent: Element): boolean => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (isParagraphNumber(child)) continue;
      if (child.type === 'element') {
        // Text inside a link cannot take another link; it still counts towards the offsets.
        if (child.tagName === 'a') {
          const from = offset;
          offset += textOf(child).length;
          if (start < offset) {
            // A quotation that begins with a link is anchored just before it.
            if (marker && start >= from) parent.children.splice(i, 0, marker);
            return true;
          }
          continue;
        }
        if (walk(child)) return true;
        continue;
      }
      if (child.type !== 'text') continue;
      const from = offset;
      const to = offset + child.value.length;
      offset = to;
      if (start < from || start >= to) continue;
      if (end <= to) {
        const text = child.value;
        const pieces: ElementContent[] = [];
        if (start > from) pieces.push({ type: 'text', value: text.slice(0, start - from) } as Text);
        pieces.push({ ...wrapper, children: [{ type: 'text', value: text.slice(start - from, end - from) }] });
        if (end < to) pieces.push({ type: 'text', value: text.slice(end - from) } as Text);
        parent.children.splice(i, 1, ...pieces);
        wrapped = true;
        return true;
      }
      if (marker) {
        const before = child.value.slice(0, start - from);
        parent.children.splice(i, 1, { type: 'text', value: before }, marker, {
          type: 'text',
          value: child.value.slice(start - from),
        });
      }
      return true;
    }
    return false;
  };
  walk(paragraph);
  return wrapped;
}

/**
 * The sentence of `text` that holds offset `at`. A full stop after a single capital ("U.S.",
 * "J. Smith") does not end a sentence.
 */
export function sentenceAt(text: string, at: number): string {
  const starts = [...text.slice(0, at).matchAll(/(?<!\b[A-Z])[.?!]["”]?\s+/g)];
  const from = starts.length ? starts.at(-1)!.index + starts.at(-1)![0].length : 0;
  const rest = /(?<!\b[A-Z])[.?!]["”]?(?=\s|$)/.exec(text.slice(at));
  return text.slice(from, rest ? at + rest.index + rest[0].length : text.length).trim();
}

/** A speaker's display name: the person's name, the printed name, or the source as written. */
export function speakerName(speaker: Speaker | null, people: ReadonlyMap<string, Person>): string {
  if (!speaker) return 'Speaker not identified';
  if (speaker.kind === 'person') return people.get(speaker.id)?.name ?? speaker.id;
  return speaker.kind === 'name' ? speaker.name : speaker.description;
}

/** Applies the editors' attributions: corrections of extracted quotations and ones the extractor missed. */
function applyAttributions(
  quotes: ExtractedQuote[],
  paragraphs: readonly Paragraph[],
  attributions: readonly Attribution[],
) {
  const result = quotes.map((q) => ({ ...q, manual: false }));
  attributions.forEach((a, i) => {
    const speaker: Speaker = a.speaker ? { kind: 'person', id: a.speaker } : { kind: 'source', description: a.source! };
    const existing = result.find((q) => q.text.startsWith(a.quote));
    if (existing) {
      existing.speaker = speaker;
      existing.manual = true;
      return;
    }
    const paragraph = paragraphs.find((p) => p.text.includes(a.quote));
    if (!paragraph) throw new Error(`attributions[${i}].quote: no paragraph of the article contains "${a.quote}"`);
    const start = paragraph.text.indexOf(a.quote);
    result.push({
      text: a.quote,
      paragraphs: [paragraph.id],
      start,
      basis: null,
      segments: [{ paragraph: paragraph.id, start, end: start + a.quote.length }],
      speaker,
      manual: true,
    });
  });
  const order = new Map(paragraphs.map((p, i) => [p.id, i]));
  return result.sort((x, y) => order.get(x.paragraphs[0]!)! - order.get(y.paragraphs[0]!)! || x.start - y.start);
}

/** The numbered paragraphs of an article's rendered body, as ids and texts (paragraph numbers left out). */
export function numberedParagraphs(renderedHtml: string): Paragraph[] {
  return selectAll(NUMBERED_PARAGRAPHS, fromHtml(renderedHtml, { fragment: true })).map((el) => ({
    id: String(el.properties.id),
    text: textOf(el),
  }));
}

/**
 * Reads an article's rendered body: finds every registered person it names and every quotation
 * with its speaker, links each person's first mention to their page, anchors each quotation
 * (`q-<paragraph>-<n>`, counted within the paragraph it begins in, so an edit elsewhere leaves it
 * in place), shows each paragraph's number, and titles each paragraph (with the speaker where it
 * holds a quotation) so search results land on it.
 */
export function analyseArticle(
  renderedHtml: string,
  people: readonly Person[],
  { attributions = [], language = 'en' }: { attributions?: readonly Attribution[]; language?: string } = {},
): ArticleAnalysis {
  const tree: Root = fromHtml(renderedHtml, { fragment: true });
  const findMentions = mentionFinder(people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const elements = selectAll(NUMBERED_PARAGRAPHS, tree);
  addParagraphNumbers(elements);
  const paragraphs: Paragraph[] = elements.map((el) => ({ id: String(el.properties.id), text: textOf(el) }));

  // Anchors count within a paragraph, so a change elsewhere in the text leaves them in place.
  const perParagraph = new Map<string, number>();
  const quotes: Quote[] = applyAttributions(
    extractQuotes(paragraphs, { findMentions, language }),
    paragraphs,
    attributions,
  ).map((q) => {
    const first = q.paragraphs[0]!;
    const n = (perParagraph.get(first) ?? 0) + 1;
    perParagraph.set(first, n);
    return { ...q, id: `q-${paragraphNumberOf(first)}-${n}` };
  });

  const mentions: MentionRecord[] = [];
  const linked = new Set<string>();
  paragraphs.forEach((paragraph, index) => {
    const found: Mention[] = findMentions(paragraph.text);
    for (const m of found) {
      mentions.push({ personId: m.personId, paragraph: paragraph.id, passage: sentenceAt(paragraph.text, m.start) });
    }
    // Link each person's first mention. Wrapping keeps the text, so offsets stay valid. A mention
    // that cannot be linked (inside a link, or across elements) leaves the next one to be linked.
    for (const m of found) {
      if (linked.has(m.personId)) continue;
      const done = wrapRange(elements[index]!, m.start, m.end, {
        type: 'element',
        tagName: 'a',
        properties: { href: personPath(m.personId), className: ['person-link'] },
        children: [],
      });
      if (done) linked.add(m.personId);
    }
  });

  // Anchor quotations.
  for (const q of [...quotes].reverse()) {
    const index = paragraphs.findIndex((p) => p.id === q.paragraphs[0]);
    const element = elements[index]!;
    const first = paragraphs[index]!;
    const end = Math.min(first.text.length, q.start + (first.text.slice(q.start).match(/^[^"“”]*/)?.[0].length ?? 0));
    wrapRange(
      element,
      q.start,
      end,
      { type: 'element', tagName: 'span', properties: { id: q.id, className: ['quote'] }, children: [] },
      { type: 'element', tagName: 'span', properties: { id: q.id, className: ['quote-anchor'] }, children: [] },
    );
    element.properties.dataPagefindTitle = `${speakerName(q.speaker, byId)}, ${paragraphSign(first.id)}`;
  }
  // Each paragraph starts a search sub-result of its own, so a search lands on the paragraph.
  elements.forEach((element, index) => {
    element.properties.dataPagefindTitle ??= paragraphSign(paragraphs[index]!.id);
  });
  return { html: toHtml(tree), quotes, mentions };
}

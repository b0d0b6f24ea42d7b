import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { jsonFile } from '../json';
import { archivedCopyNote } from './article-meta';
import { chicagoDate } from './chicago';
import { dateParts, escapeHtml, splitName, type CitationSource } from './source';

/** A CSL-JSON item: the form reference managers (Zotero, Mendeley, Pandoc) exchange. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: { family: string; given?: string }[];
  'container-title': string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  archive: string;
  note: string;
  language: string;
  'title-short'?: string;
}

/**
 * The snapshot as CSL-JSON: a newspaper article at its original URL, the archive's name in
 * `archive`, and the archived copy's address and date in `note` (which Zotero keeps in Extra).
 * CSL has no variable for an archived copy's URL: `archive_location` is a place inside an archive
 * (a box, a folder), which styles print as such, and `accessed` is the day a reader consulted the
 * work, which the archive cannot know, so neither is given.
 */
export function cslItem(source: CitationSource, id: string): CslItem {
  const authors = source.authors.map((a) => {
    const { given, family } = splitName(a.name);
    return given ? { family, given } : { family };
  });
  return {
    id,
    type: 'article-newspaper',
    title: source.headline,
    ...(source.shortTitle ? { 'title-short': source.shortTitle } : {}),
    ...(authors.length ? { author: authors } : {}),
    'container-title': source.publication,
    issued: { 'date-parts': [dateParts(source.published)] },
    URL: source.sourceUrl,
    archive: source.archiveName,
    note: archivedCopyNote(source),
    language: source.language,
  };
}

/** The CSL-JSON download: an array holding the one item, as reference managers import it. */
export function cslJson(item: CslItem): string {
  return jsonFile([item]);
}

/**
 * citeproc reads `<b>`, `<i>` and `<span style>` inside titles as formatting, so a headline could
 * bring markup (and inline styles the Content-Security-Policy forbids) into the page. The style's
 * own italics are kept; every other element and every attribute is dropped, the text kept.
 */
export function italicsOnly(html: string): string {
  const tree = sanitize(fromHtml(html, { fragment: true }), { tagNames: ['i'], attributes: {}, strip: ['script'] });
  return toHtml(tree);
}

/**
 * The input is always a list of CSL-JSON items: saying so spares citation-js guessing its type
 * among every input format it knows, which was a sizeable part of the time APA took
 * (docs/performance.md).
 */
const CSL_INPUT = { forceType: '@csl/list+object' };

/**
 * APA (7th edition) through citation-js's bundled APA style: the reference for a newspaper
 * article online, then the archived copy in a sentence of its own ("Archived November 25, 2026,
 * at <URL>."), as APA prints no archive element. APA wants the article title in sentence case,
 * which only an editor can write (`headlineSentenceCase`).
 */

export function apa(source: CitationSource, item: CslItem): { text: string; html: string } {
  const { archive: _archive, note: _note, ...reference } = item;
  // Every reference is formatted under one id: citation-js keeps one citeproc engine, which
  // records each new id it is given (tmp.taintedItemIDs) and slows with each, until citeproc
  // takes most of a page's time in a large build (docs/performance.md). The id is not part of
  // the text.
  const cite = new Cite(
    [{ ...reference, id: 'reference', title: source.headlineSentenceCase ?? source.headline }],
    CSL_INPUT,
  );
  const options = { template: 'apa', lang: 'en-US' } as const;
  const html = cite.format('bibliography', { ...options, format: 'html' });
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim() ?? '';
  const archived = ` Archived ${chicagoDate(source.archived)}, at ${source.archiveUrl}.`;
  const italic = italicsOnly(entry);
  // The text is the HTML's text: asking citeproc a second time, for text, doubled its cost.
  return {
    text: `${toText(fromHtml(italic, { fragment: true })).trim()}${archived}`,
    html: `${italic}${escapeHtml(archived)}`,
  };
}

/** Text in a BibTeX field: braces and backslashes, which BibTeX reads as markup, are escaped. */
const bibtexText = (text: string) => text.replace(/([{}\\])/g, '\\$1');

/**
 * BibTeX for the snapshot: citation-js's entry with the month as BibTeX's macro (`dec`, not
 * `{dec 11}`), the day as biblatex reads it, no duplicate `howpublished`, and the archived copy in
 * `note` so it survives any BibTeX style. No `urldate`: that is a reader's access date.
 */
export function bibtex(source: CitationSource, item: CslItem): string {
  const [, , day] = dateParts(source.published);
  const entry = new Cite([item], CSL_INPUT)
    .format('bibtex')
    .trim()
    .replace(/\tmonth = \{([a-z]{3}) \d+\},/, `\tmonth = $1,\n\tday = {${day}},`)
    .replace(/\thowpublished = \{[^\n]*\},\n/, '')
    // biblatex's mark of a newspaper article, read by its Chicago and APA styles.
    .replace(/^(@article\{[^\n]*\n)/, '$1\tentrysubtype = {newspaper},\n')
    .replace(/\n\}$/, source.shortTitle ? `\n\tshorttitle = {${bibtexText(source.shortTitle)}},\n}` : '\n}');
  return `${entry}\n`;
}

/**
 * RIS (`TY  - NEWS`). citation-js 0.8 maps an `article-newspaper` item to NEWS but drops its
 * authors and date, so the item is mapped as a periodical article (which keeps them) and typed
 * NEWS; the archive's name goes in DB (Zotero's Archive) and the archived copy in a note. Lines are written whole: citation-js's text form wraps values at 70 characters, which
 * RIS readers take as part of the value.
 */
export function ris(source: CitationSource, item: CslItem): string {
  const { note: _note, ...reference } = item;
  const [record] = new Cite([{ ...reference, type: 'article-magazine' }], CSL_INPUT).format('ris', {
    format: 'object',
    spec: 'new',
  });
  // citation-js cuts RIS ids to 20 characters; the permanent URL identifies the record instead.
  const { ID: _id, ...mapped } = record!;
  const fields: Record<string, string | string[]> = {
    ...mapped,
    TY: 'NEWS',
    DB: source.archiveName,
    N1: archivedCopyNote(source),
  };
  const lines = [`TY  - NEWS`];
  for (const [tag, value] of Object.entries(fields)) {
    if (tag === 'TY') continue;
    for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

import type { ArchivedArticle } from '../archive/articles';
import { newsArticleJsonLd, citationMetaTags, type ArticleMetaInput } from '../citations/article-meta';
import { htmlSafeJson } from '../json';
import { captureHref, captureViewPath, hasCaptureView, waczPath } from '../fixity/captures';
import { citationsFor, type CitationSource } from '../citations';
import { chicagoDate } from '../citations/chicago';
import { quotedTitle } from '../citations/source';
import { httpDate, mementoRel, timemapPath, type Memento } from '../web-archive/memento';
import { absoluteUrl, snapshotInstant, snapshotStamp, type SnapshotTimeFields } from '../archive/permalinks';
import type { ArticleData } from '../../schemas/article';
import { changesHref } from './changes-page';
import { SITE } from '../site';
import { formatDay, headlineWithoutKicker, joinNames } from './format';

/** The files every snapshot offers for download, under its permanent address. */
export const DOWNLOADS = [
  { file: 'cite.bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  { file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  { file: 'source.md', label: 'Markdown source', type: 'text/markdown; charset=utf-8' },
  { file: 'article.txt', label: 'Plain text', type: 'text/plain; charset=utf-8' },
] as const;

export type DownloadFile = (typeof DOWNLOADS)[number]['file'];

/** The fields of an entry that its citations are made from. */
export type CitedFields = Pick<
  ArticleData,
  'headline' | 'headlineSentenceCase' | 'kicker' | 'authors' | 'publication' | 'published' | 'sourceUrl' | 'language'
> &
  SnapshotTimeFields;

/** What the citations of the snapshot at `path` are made from. */
export function citationSource(data: CitedFields, path: string, site: URL | string): CitationSource {
  return {
    headline: data.headline,
    headlineSentenceCase: data.headlineSentenceCase,
    authors: data.authors,
    publication: data.publication.name,
    published: data.published,
    sourceUrl: data.sourceUrl,
    archiveName: SITE.name,
    archiveUrl: absoluteUrl(path, site),
    archived: snapshotInstant(data).iso,
    language: data.language,
    shortTitle: data.kicker ? headlineWithoutKicker(data.headline, data.kicker) : undefined,
  };
}

/** "captured 11 December 2024", or "added to the archive on ...; capture time not recorded". */
function snapshotPhrase(instant: { iso: string; kind: 'captured' | 'added' }): string {
  return instant.kind === 'captured'
    ? `captured ${formatDay(instant.iso)}`
    : `added to the archive on ${formatDay(instant.iso)}; capture time not recorded`;
}

/** The citation facts at the head of a snapshot's plain-text version (article.txt). */
export function plainTextHeader(data: CitedFields, path: string, sourceSha256: string, site: URL | string): string[] {
  const archiveUrl = absoluteUrl(path, site);
  return [
    data.headline,
    data.authors.length ? `By ${joinNames(data.authors.map((a) => a.name))}` : 'No byline',
    `${data.publication.name}, ${formatDay(data.published)}`,
    `Original: ${data.sourceUrl}`,
    `Archived copy: ${archiveUrl} (${snapshotPhrase(snapshotInstant(data))})`,
    `Source SHA-256: ${sourceSha256}`,
  ];
}

/**
 * Everything a snapshot's page shows beyond the article itself, computed from the snapshot:
 * citations, metadata, Memento links, fixity and the other snapshots of the story.
 */
export function snapshotPage(article: ArchivedArticle, site: URL | string) {
  const { data } = article.entry;
  const archiveUrl = absoluteUrl(article.path, site);
  const instant = snapshotInstant(data);
  const metaInput: ArticleMetaInput = {
    headline: data.headline,
    summary: data.summary,
    authors: data.authors,
    publication: data.publication,
    published: data.published,
    language: data.language,
    sourceUrl: data.sourceUrl,
    archiveUrl,
    archived: instant.iso,
    archiveName: SITE.name,
    shortTitle: data.kicker ? headlineWithoutKicker(data.headline, data.kicker) : undefined,
  };
  const mementos: Memento[] = article.snapshots.map((s) => ({
    url: absoluteUrl(s.path, site),
    datetime: s.instant.iso,
  }));
  const selfIndex = [...mementos].reverse().findIndex((m) => m.url === archiveUrl);
  const source = citationSource(data, article.path, site);
  const phrase = snapshotPhrase(instant);
  return {
    archiveUrl,
    storyUrl: absoluteUrl(article.storyPath, site),
    /** The snapshot's date and whether it is the capture time or only the day it was added. */
    snapshotDate: {
      iso: instant.iso,
      text: formatDay(instant.iso),
      http: httpDate(instant.iso),
      label: instant.kind === 'captured' ? 'Captured' : 'Added to the archive (capture time not recorded)',
      phrase,
    },
    meta: citationMetaTags(metaInput),
    jsonLd: htmlSafeJson(newsArticleJsonLd(metaInput)),
    memento: {
      original: data.sourceUrl,
      timemap: absoluteUrl(timemapPath(data.sourceUrl), site),
      self: mementos.find((m) => m.url === archiveUrl)!,
      /** "first last memento" for a lone snapshot; the oldest and newest are marked as such. */
      rel: mementoRel(selfIndex, mementos.length),
    },
    citations: citationsFor(source),
    /** The short form a copied quote carries: author, headline, newspaper, date. */
    quoteCitation: `${data.authors.length ? `${joinNames(data.authors.map((a) => a.name))}, ` : ''}“${quotedTitle(data.headline)},” ${data.publication.name}, ${chicagoDate(data.published)}`,
    downloads: DOWNLOADS.map((d) => ({ ...d, href: `${article.path}${d.file}` })),
    /** The lines the plain-text download begins with: what a citation needs. */
    plainTextHeader: plainTextHeader(data, article.path, article.source.sha256, site),
    fixity: {
      capture: {
        href: captureHref(data.capture.file),
        sha256: data.capture.sha256,
        view: hasCaptureView(data.capture.format) ? `/${captureViewPath(data.capture.file)}` : null,
        /** A web capture's WACZ package, for replay tools and other archives. */
        wacz: data.capture.format === 'warc' ? `/${waczPath(data.capture.file)}` : null,
      },
      source: { href: `${article.path}source.md`, sha256: article.source.sha256 },
    },
    otherSnapshots: article.snapshots
      .filter((s) => s.path !== article.path)
      .map((s) => ({
        path: s.path,
        text: formatDay(s.instant.iso),
        kind: s.instant.kind,
        /** The page marking the words that differ between this snapshot and that one. */
        changes: changesHref(article.storyPath, snapshotStamp(data), s.stamp),
      })),
  };
}

export type SnapshotPage = ReturnType<typeof snapshotPage>;

import { splitName } from './source';

/** What the <head> of an article page says about the article, for reference managers and crawlers. */
export interface ArticleMetaInput {
  headline: string;
  summary: string;
  authors: readonly { name: string }[];
  publication: { name: string; url: string };
  published: string;
  language: string;
  sourceUrl: string;
  /** The snapshot's permanent URL, absolute. */
  archiveUrl: string;
  /** The snapshot's date (captured, or else added). */
  archived: string;
  archiveName: string;
  /** The headline without its kicker, when it has one (see CitationSource). */
  shortTitle?: string | undefined;
}

export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * The line an archived copy adds to a reference manager's Extra field (CSL-JSON's `note`): CSL and
 * Zotero have no field for an archived copy's address, and `archive_location` (Zotero's "Loc. in
 * Archive") is a shelf mark that every CSL style prints as one.
 */
export const archivedCopyNote = (input: Pick<ArticleMetaInput, 'archiveName' | 'archived' | 'archiveUrl'>) =>
  `Archived copy: ${input.archiveName}, ${input.archived.slice(0, 10)}, ${input.archiveUrl}`;

/**
 * The <meta> tags Zotero's Embedded Metadata translator and other readers use
 * (docs/citing-and-fixity.md gives the tag each Zotero field comes from):
 * - `z.itemType` makes the item a newspaperArticle whatever `og:type` says;
 * - `citation_public_url` gives the item the original's address, the page's own address being
 *   `og:url`;
 * - `prism.publicationName` names the newspaper, ahead of `og:site_name`;
 * - `z.archive` and `z.extra` name the archive and the copy, as cite.json's `archive` and `note` do;
 * - `bibo.shortTitle` gives the headline without its kicker, where Zotero would take the kicker;
 * - `citation_journal_title` is never emitted: it would make the item a journal article.
 */
export function citationMetaTags(input: ArticleMetaInput): MetaTag[] {
  return [
    { name: 'z.itemType', content: 'newspaperArticle' },
    { name: 'citation_title', content: input.headline },
    ...input.authors.map((a) => {
      const { given, family } = splitName(a.name);
      return { name: 'citation_author', content: given ? `${family}, ${given}` : family };
    }),
    { name: 'citation_publication_date', content: input.published.replaceAll('-', '/') },
    { name: 'citation_public_url', content: input.sourceUrl },
    { name: 'citation_language', content: input.language },
    { name: 'prism.publicationName', content: input.publication.name },
    ...(input.shortTitle ? [{ name: 'bibo.shortTitle', content: input.shortTitle }] : []),
    { name: 'z.archive', content: input.archiveName },
    { name: 'z.extra', content: archivedCopyNote(input) },
    { name: 'DC.type', content: 'newspaperArticle' },
    { name: 'DC.title', content: input.headline },
    ...input.authors.map((a) => ({ name: 'DC.creator', content: a.name })),
    { name: 'DC.date', content: input.published },
    { name: 'DC.language', content: input.language },
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: input.headline },
    { property: 'og:description', content: input.summary },
    { property: 'og:site_name', content: input.publication.name },
    { property: 'og:url', content: input.archiveUrl },
    { property: 'article:published_time', content: input.published },
  ];
}

/**
 * schema.org NewsArticle for search engines: the original's headline, authors, date and
 * publisher, its URL, and the archived copy (`archivedAt`).
 */
export function newsArticleJsonLd(input: ArticleMetaInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.summary,
    inLanguage: input.language,
    datePublished: input.published,
    author: input.authors.map((a) => ({ '@type': 'Person', name: a.name })),
    publisher: { '@type': 'Organization', name: input.publication.name, url: input.publication.url },
    url: input.sourceUrl,
    archivedAt: {
      '@type': 'WebPage',
      url: input.archiveUrl,
      name: `${input.archiveName}: archived copy`,
      dateCreated: input.archived,
    },
  };
}

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
}

export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * The <meta> tags Zotero's generic translator and other readers use. Zotero saves a
 * newspaperArticle from `DC.type`, names the newspaper from `og:site_name` (so there is no
 * `DC.source`, which would override it) and would turn the item into a journal article if it met
 * `citation_journal_title`, which is therefore never emitted.
 */
export function citationMetaTags(input: ArticleMetaInput): MetaTag[] {
  return [
    { name: 'citation_title', content: input.headline },
    ...input.authors.map((a) => {
      const { given, family } = splitName(a.name);
      return { name: 'citation_author', content: given ? `${family}, ${given}` : family };
    }),
    { name: 'citation_publication_date', content: input.published.replaceAll('-', '/') },
    { name: 'citation_public_url', content: input.archiveUrl },
    { name: 'citation_language', content: input.language },
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

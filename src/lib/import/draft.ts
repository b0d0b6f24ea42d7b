/**
 * What a capture parser learns from one capture, before the archive's own fields (archived,
 * capture checksum, story slug) are added. Parsers for text and HTML both return this shape.
 */

/** Where a field's value was read from, so the report (and the tests) can say so. */
export type FieldSource =
  | 'json-ld'
  | 'open-graph'
  | 'citation'
  | 'meta'
  | 'microdata'
  | 'canonical'
  | 'saved-page'
  | 'page'
  | 'url'
  | 'dateline'
  | 'text'
  | 'archive'
  | 'flag';

export interface Sourced<T> {
  value: T;
  source: FieldSource;
}

export interface EditorialChange {
  change: 'headings-marked' | 'paragraphs-rejoined' | 'links-dropped' | 'caption-moved' | 'furniture-removed';
  detail: string;
}

export interface RelatedLink {
  title: string;
  url?: string;
}

export interface CaptureDraft {
  /** What the capture file is; a page fetched by the archive is read as HTML from its WARC. */
  format: 'text' | 'html' | 'warc';
  headline: Sourced<string>;
  /** The label before the headline's colon ("Exclusive"), when it reads as one. */
  kicker?: string;
  authors?: Sourced<string[]>;
  published: Sourced<string>;
  sourceUrl?: Sourced<string>;
  /** The publication's name as the page's metadata gives it. */
  publicationName?: Sourced<string>;
  /** Text in which the publication may name itself ("told The Moscow Times"), checked against the URL's host. */
  nameText: string;
  /** The lead photo's caption and credit; either may be missing. */
  photo?: { caption?: string; credit?: string; source: FieldSource };
  /** When the capture was taken, as an ISO instant, if the capture records it. */
  captured?: Sourced<string>;
  language?: Sourced<string>;
  /** The publisher's own description or the lead's first sentence: a draft, never the archive's words. */
  summaryDraft?: Sourced<string>;
  related: RelatedLink[];
  /** The article text as Markdown, without frontmatter. */
  body: string;
  editorialChanges: EditorialChange[];
}

/** A capture that cannot become an entry: names the field and what is wrong with it. */
export class ImportError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

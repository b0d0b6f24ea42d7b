import { EDITORIAL_CHANGES } from '../../schemas/article';
import { validateArticleSource } from '../archive/validation';
import { snapshotPath, snapshotStamp } from '../archive/permalinks';
import { surt } from '../web-archive/url-canonical';
import { ImportError, type CaptureDraft, type EditorialChange } from './draft';
import {
  chooseAuthors,
  chooseCaptured,
  chooseLanguage,
  choosePhoto,
  choosePublicationName,
  chooseSourceUrl,
  chooseStory,
  draftEditorsFields,
  noFindings,
  type Findings,
  type KnownSnapshot,
  type LeadPhoto,
} from './entry-fields';
import { entrySource } from './frontmatter';
import { homePage, type KnownPublication } from './publication';
import { entryFileName } from './slug';

export type { KnownSnapshot, Note } from './entry-fields';

/** What the archive adds to a parsed capture, and what the editor said on the command line. */
export interface EntryOptions {
  /** The capture's file name under content/captures/. */
  captureName: string;
  sha256: string;
  /** Today's date in UTC, YYYY-MM-DD. */
  archived: string;
  /** The original URL given with --url; it wins over anything in the capture. */
  url?: string;
  /** The publication's name given with --publication. */
  publication?: string;
  /** Author names given with --author, for a capture whose byline cannot be read. */
  authors?: string[];
  /** --no-byline: the editor confirms the original carried no byline. */
  noByline?: boolean;
  /** Publications the archive already holds, so one site keeps one name. */
  knownPublications?: readonly KnownPublication[];
  /** Snapshots the archive already holds, so a new capture of an archived URL joins its story. */
  knownSnapshots?: readonly KnownSnapshot[];
  /** --captured: when the capture was taken (ISO date or date-time), if the capture does not say. */
  captured?: string;
}

/**
 * The story an original URL is already archived under, if any. URLs are compared in SURT form
 * (scheme, `www.`, tracking parameters and fragments ignored), as web archives match captures.
 */
function storyOf(known: readonly KnownSnapshot[], sourceUrl: string): KnownSnapshot | undefined {
  const key = surt(sourceUrl);
  return key === null ? undefined : known.find((s) => surt(s.sourceUrl) === key);
}

export interface ImportedEntry extends Findings {
  fileName: string;
  /** The entry file's text, already validated with the build's own check. */
  source: string;
}

/** The editorial notes in the schema's order of kinds, which is the order the seed lists them. */
function ordered(changes: EditorialChange[]): EditorialChange[] {
  return [...changes].sort((a, b) => EDITORIAL_CHANGES.indexOf(a.change) - EDITORIAL_CHANGES.indexOf(b.change));
}

/** The values the steps settled, with the capture's own, as the entry's frontmatter. */
function assembleFrontmatter({
  draft,
  options,
  sourceUrl,
  name,
  authorNames,
  photo,
  photoChanges,
  storySlug,
  published,
  captured,
  language,
  summary,
}: {
  draft: CaptureDraft;
  options: EntryOptions;
  sourceUrl: string;
  name: string;
  authorNames: string[] | undefined;
  photo: LeadPhoto | undefined;
  photoChanges: EditorialChange[];
  storySlug: string;
  published: string;
  captured: string | undefined;
  language: string;
  summary: string;
}) {
  return {
    headline: draft.headline.value,
    kicker: draft.kicker,
    storySlug,
    authors: (authorNames ?? []).map((n) => ({ name: n })),
    noByline: authorNames?.length ? undefined : true,
    publication: { name, url: homePage(sourceUrl) },
    published,
    sourceUrl,
    photo,
    captured,
    archived: options.archived,
    language,
    summary,
    capture: { file: `captures/${options.captureName}`, sha256: options.sha256, format: draft.format },
    related: draft.related.map((r) => ({ title: r.title, publication: name, ...(r.url ? { url: r.url } : {}) })),
    editorialChanges: ordered([...draft.editorialChanges, ...photoChanges]),
  };
}

/** The entry file's text, checked as the build checks it; its first problem names the field. */
function validatedSource(fields: Record<string, unknown>, body: string): string {
  const source = entrySource(fields, body);
  const result = validateArticleSource(source);
  if (!result.ok) {
    const [field = '(entry)', ...rest] = (result.problems[0] ?? '').split(': ');
    throw new ImportError(field, [rest.join(': '), ...result.problems.slice(1)].join('; '));
  }
  return source;
}

/** Refuses a snapshot whose permanent address another snapshot already has. */
function refuseTakenAddress(fields: Parameters<typeof snapshotPath>[0], known: readonly KnownSnapshot[]): void {
  const path = snapshotPath(fields);
  const taken = known.find((s) => s.path === path);
  if (taken) {
    throw new ImportError(
      'captured',
      `${taken.file} is already the snapshot at ${path}; pass --captured <ISO date-time> to record when this capture was taken, so each snapshot has its own address`,
    );
  }
}

/**
 * Turns a parsed capture into an entry file, or throws an ImportError naming the field that
 * stops it: a required field neither the capture nor the command line gives (authors, the
 * original URL, the publication's name) is never invented. The summary, which only an editor can
 * write, is drafted from the capture and reported as must-supply.
 */
export function buildEntry(draft: CaptureDraft, options: EntryOptions): ImportedEntry {
  const findings = noFindings();
  const knownSnapshots = options.knownSnapshots ?? [];
  const sourceUrl = chooseSourceUrl({ draft, url: options.url }, findings);
  // A later capture of an archived URL is a new snapshot of that story: it keeps the story's
  // publication, day and storySlug, so both snapshots share the story's plain address.
  const story = storyOf(knownSnapshots, sourceUrl);
  const name = choosePublicationName(
    { draft, sourceUrl, story, publication: options.publication, knownPublications: options.knownPublications ?? [] },
    findings,
  );
  const authorNames = chooseAuthors({ draft, authors: options.authors, noByline: options.noByline }, findings);
  const { photo, changes: photoChanges } = choosePhoto(draft, findings);
  const { storySlug, published } = chooseStory({ draft, story }, findings);
  const language = chooseLanguage(draft, findings);
  const captured = chooseCaptured({ draft, captured: options.captured }, findings);
  const { summary } = draftEditorsFields(draft, findings);
  findings.filled.push({ field: 'headline', source: draft.headline.source });
  findings.filled.push({ field: 'published', source: draft.published.source });

  const fields = assembleFrontmatter({
    draft,
    options,
    sourceUrl,
    name,
    authorNames,
    photo,
    photoChanges,
    storySlug,
    published,
    captured,
    language,
    summary,
  });
  const source = validatedSource(fields, draft.body);
  refuseTakenAddress(fields, knownSnapshots);
  const fileName = entryFileName(published, name, storySlug);
  const { filled } = findings;
  return {
    // A later snapshot of a story shares the story's file name, so it is told apart by its stamp.
    fileName: story ? fileName.replace(/\.md$/, `-${snapshotStamp(fields)}.md`) : fileName,
    source,
    ...findings,
    filled: filled.filter((f, i) => filled.findIndex((g) => g.field === f.field) === i),
  };
}

import { EDITORIAL_CHANGES } from '../../schemas/article';
import { validateArticleSource } from '../archive/validation';
import { publicationKey, snapshotPath, snapshotStamp } from '../archive/permalinks';
import { surt } from '../web-archive/url-canonical';
import { choosePublicationName, choosePublished, chooseStory } from './address-fields';
import { ImportError, type CaptureDraft, type EditorialChange } from './draft';
import {
  chooseAuthors,
  chooseCaptured,
  chooseHeadline,
  chooseLanguage,
  choosePhoto,
  chooseSourceUrl,
  type LeadPhoto,
} from './entry-fields';
import { noFindings, type Findings, type KnownSnapshot } from './findings';
import { entrySource } from './frontmatter';
import { homePage, type KnownPublication } from './publication';
import { entryFileName } from './slug';
import { chooseSummary } from './summary';

export type { KnownSnapshot, Note } from './findings';

/** What the archive adds to a parsed capture, and what the editor said on the command line. */
export interface EntryOptions {
  /** The capture's file name under content/captures/ (see captureFileName). */
  captureName: string;
  /** The capture's own file name, as the editor gave it, when it differs from captureName. */
  originalName?: string;
  sha256: string;
  /** The day the copy is added, YYYY-MM-DD: today in UTC unless given with --archived. */
  archived: string;
  /** Whether `archived` was given with --archived. */
  archivedGiven?: boolean;
  /** The original URL given with --url; it wins over anything in the capture. */
  url?: string;
  /** The publication's name given with --publication. */
  publication?: string;
  /** Author names given with --author, for a capture whose byline cannot be read. */
  authors?: string[];
  /** --no-byline: the editor confirms the original carried no byline. */
  noByline?: boolean;
  /** --headline, --published (YYYY-MM-DD) and --summary: each wins over the capture's. */
  headline?: string;
  published?: string;
  summary?: string;
  /** Publications the archive already holds, so one site keeps one name. */
  knownPublications?: readonly KnownPublication[];
  /** Snapshots the archive already holds, so a new capture of an archived URL joins its story. */
  knownSnapshots?: readonly KnownSnapshot[];
  /** --captured: when the capture was taken (ISO date or date-time), if the capture does not say. */
  captured?: string;
}

const EXTENSIONS: Record<CaptureDraft['format'], string> = { text: 'txt', html: 'html', warc: 'warc' };

/**
 * "captures/<first 16 hex digits of its SHA-256>.<ext>": the name a capture is kept under, so two
 * different captures never share one (whatever they were called) and the same bytes always do.
 */
export function captureFileName(sha256: string, format: CaptureDraft['format']): string {
  return `${sha256.slice(0, 16)}.${EXTENSIONS[format]}`;
}

/**
 * The story an original URL is already archived under, if any. URLs are compared in SURT form
 * (scheme, `www.`, tracking parameters and fragments ignored), as web archives match captures.
 */
function storyOf(known: readonly KnownSnapshot[], sourceUrl: string): KnownSnapshot | undefined {
  const key = surt(sourceUrl);
  return key === null ? undefined : known.find((s) => surt(s.sourceUrl) === key);
}

/** The parts of a snapshot's permanent address, which never change once it is locked. */
interface AddressParts {
  /** The snapshot's permanent address. */
  path: string;
  publication: string;
  /** The publication's name as the address spells it: "Le Monde.fr" -> "le-mondefr". */
  segment: string;
  published: string;
  storySlug: string;
}

export interface ImportedEntry extends Findings {
  fileName: string;
  /** The entry file's text, already validated with the build's own check. */
  source: string;
  address: AddressParts;
}

/** The editorial notes in the schema's order of kinds, which is the order the seed lists them. */
function ordered(changes: EditorialChange[]): EditorialChange[] {
  return [...changes].sort((a, b) => EDITORIAL_CHANGES.indexOf(a.change) - EDITORIAL_CHANGES.indexOf(b.change));
}

/** The values the steps settle from the capture and the command line. */
interface Settled {
  sourceUrl: string;
  story: KnownSnapshot | undefined;
  name: string;
  headline: string;
  kicker: string | undefined;
  authorNames: string[];
  photo: LeadPhoto | undefined;
  photoChanges: EditorialChange[];
  storySlug: string;
  published: string;
  captured: string | undefined;
  language: string;
  summary: string;
}

/** Each field settled by its step (see entry-fields.ts and address-fields.ts), in the order they depend on each other. */
function settle(draft: CaptureDraft, options: EntryOptions, findings: Findings): Settled {
  const sourceUrl = chooseSourceUrl({ draft, url: options.url }, findings);
  // A later capture of an archived URL is a new snapshot of that story: it keeps the story's
  // publication, day and storySlug, so both snapshots share the story's plain address.
  const story = storyOf(options.knownSnapshots ?? [], sourceUrl);
  const name = choosePublicationName(
    { draft, sourceUrl, story, publication: options.publication, knownPublications: options.knownPublications ?? [] },
    findings,
  );
  findings.filled.push({ field: 'publication.url', source: 'sourceUrl' });
  const { headline, kicker } = chooseHeadline({ draft, headline: options.headline }, findings);
  const authorNames = chooseAuthors({ draft, authors: options.authors, noByline: options.noByline }, findings);
  const { photo, changes: photoChanges } = choosePhoto(draft, findings);
  const day = choosePublished({ draft, published: options.published }, findings);
  const { storySlug, published } = chooseStory({ headline, kicker, published: day, story }, findings);
  const language = chooseLanguage(draft, findings);
  const captured = chooseCaptured({ draft, captured: options.captured }, findings);
  findings.filled.push({ field: 'archived', source: options.archivedGiven ? 'flag' : 'today' });
  const summary = chooseSummary({ draft, summary: options.summary }, findings);
  findings.filled.push({ field: 'capture', source: 'capture' });
  if (draft.related.length > 0)
    findings.filled.push({ field: 'related', source: draft.format === 'text' ? 'text' : 'page' });
  const rest = { photo, photoChanges, storySlug, published, captured, language, summary };
  return { sourceUrl, story, name, headline, kicker, authorNames, ...rest };
}

/** The settled values, with the capture's own, as the entry's frontmatter. */
function assembleFrontmatter(draft: CaptureDraft, options: EntryOptions, settled: Settled) {
  const { name, sourceUrl, authorNames } = settled;
  return {
    headline: settled.headline,
    kicker: settled.kicker,
    storySlug: settled.storySlug,
    authors: authorNames.map((n) => ({ name: n })),
    noByline: authorNames.length > 0 ? undefined : true,
    publication: { name, url: homePage(sourceUrl) },
    published: settled.published,
    sourceUrl,
    photo: settled.photo,
    captured: settled.captured,
    archived: options.archived,
    language: settled.language,
    summary: settled.summary,
    capture: {
      file: `captures/${options.captureName}`,
      sha256: options.sha256,
      format: draft.format,
      ...(options.originalName && options.originalName !== options.captureName
        ? { originalName: options.originalName }
        : {}),
    },
    related: draft.related.map((r) => ({ title: r.title, publication: name, ...(r.url ? { url: r.url } : {}) })),
    editorialChanges: ordered([...draft.editorialChanges, ...settled.photoChanges]),
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
 * stops it: a required field neither the capture nor the command line gives (the original URL,
 * the publication's name, the day) is never invented. What the capture does not say and the
 * schema allows (no byline, no capture time) is recorded with a warning. The summary, which only
 * an editor can write, is drafted from the capture and reported as must-supply.
 */
export function buildEntry(draft: CaptureDraft, options: EntryOptions): ImportedEntry {
  const findings = noFindings();
  const settled = settle(draft, options, findings);
  const fields = assembleFrontmatter(draft, options, settled);
  const source = validatedSource(fields, draft.body);
  refuseTakenAddress(fields, options.knownSnapshots ?? []);
  const { name, published, storySlug, story } = settled;
  const fileName = entryFileName(published, name, storySlug);
  const { filled } = findings;
  return {
    // A later snapshot of a story shares the story's file name, so it is told apart by its stamp.
    fileName: story ? fileName.replace(/\.md$/, `-${snapshotStamp(fields)}.md`) : fileName,
    source,
    address: { path: snapshotPath(fields), publication: name, segment: publicationKey(name), published, storySlug },
    ...findings,
    filled: filled.filter((f, i) => filled.findIndex((g) => g.field === f.field) === i),
  };
}

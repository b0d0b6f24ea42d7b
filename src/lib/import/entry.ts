import { EDITORIAL_CHANGES } from '../../schemas/article';
import { validateArticleSource } from '../archive/validation';
import { ImportError, type CaptureDraft, type EditorialChange, type FieldSource } from './draft';
import { captionMoved } from './editorial-notes';
import { entrySource } from './frontmatter';
import { homePage, knownPublicationName, publicationNameFromText, type KnownPublication } from './publication';
import { entryFileName, proposeStorySlug } from './slug';
import { snapshotPath, snapshotStamp } from '../archive/permalinks';
import { surt } from '../web-archive/url-canonical';

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

/** A snapshot already in the archive, as a new capture of the same original URL must match it. */
export interface KnownSnapshot {
  file: string;
  sourceUrl: string;
  publication: string;
  published: string;
  storySlug: string;
  /** Its permanent address. */
  path: string;
}

/**
 * The story an original URL is already archived under, if any. URLs are compared in SURT form
 * (scheme, `www.`, tracking parameters and fragments ignored), as web archives match captures.
 */
export function storyOf(known: readonly KnownSnapshot[], sourceUrl: string): KnownSnapshot | undefined {
  const key = surt(sourceUrl);
  return key === null ? undefined : known.find((s) => surt(s.sourceUrl) === key);
}

/** A field the importer could not settle, and what the editor should do about it. */
export interface Note {
  field: string;
  note: string;
}

export interface ImportedEntry {
  fileName: string;
  /** The entry file's text, already validated with the build's own check. */
  source: string;
  /** Fields read from the capture (or the command line), with where each came from. */
  filled: { field: string; source: FieldSource }[];
  /** Required fields given a draft value so the entry validates: the editor must replace them. */
  mustSupply: Note[];
  /** Proposed values to confirm before the entry is locked. */
  check: Note[];
  /** Optional fields the capture does not give. */
  notDetermined: Note[];
}

function webUrl(field: string, value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ImportError(field, `"${value}" is not an absolute http(s) URL`);
  }
  return value;
}

/** The editorial notes in the schema's order of kinds, which is the order the seed lists them. */
function ordered(changes: EditorialChange[]): EditorialChange[] {
  return [...changes].sort((a, b) => EDITORIAL_CHANGES.indexOf(a.change) - EDITORIAL_CHANGES.indexOf(b.change));
}

/**
 * Turns a parsed capture into an entry file, or throws an ImportError naming the field that
 * stops it: a required field neither the capture nor the command line gives (authors, the
 * original URL, the publication's name) is never invented. The name comes from the command line,
 * else the archive's earlier entries for the same site, else the page's metadata, else the
 * capture's text where it spells the URL's host (publicationNameFromText). The summary, which only an editor can
 * write, is drafted from the capture and reported as must-supply.
 */
export function buildEntry(draft: CaptureDraft, options: EntryOptions): ImportedEntry {
  const filled: ImportedEntry['filled'] = [];
  const mustSupply: Note[] = [];
  const check: Note[] = [];
  const notDetermined: Note[] = [];
  const from = <T>(field: string, value: T, source: FieldSource): T => {
    filled.push({ field, source });
    return value;
  };

  const sourceUrl = options.url
    ? from('sourceUrl', webUrl('sourceUrl', options.url), 'flag')
    : draft.sourceUrl
      ? from('sourceUrl', webUrl('sourceUrl', draft.sourceUrl.value), draft.sourceUrl.source)
      : undefined;
  if (!sourceUrl) throw new ImportError('sourceUrl', 'the capture does not give the original URL; pass --url <URL>');

  // A later capture of an archived URL is a new snapshot of that story: it keeps the story's
  // publication, day and storySlug, so both snapshots share the story's plain address.
  const story = storyOf(options.knownSnapshots ?? [], sourceUrl);
  const known = story?.publication ?? knownPublicationName(options.knownPublications ?? [], sourceUrl);
  const spelt = publicationNameFromText(draft.nameText, sourceUrl);
  const name = options.publication
    ? from('publication.name', options.publication, 'flag')
    : known
      ? from('publication.name', known, 'archive')
      : draft.publicationName
        ? from('publication.name', draft.publicationName.value, draft.publicationName.source)
        : spelt
          ? from('publication.name', spelt, 'text')
          : undefined;
  if (!name) {
    throw new ImportError('publication.name', `cannot tell the publication's name; pass --publication "<name>"`);
  }
  if (known && draft.publicationName && draft.publicationName.value !== known && !options.publication) {
    check.push({
      field: 'publication.name',
      note: `the archive already names ${homePage(sourceUrl)} "${known}"; the capture says "${draft.publicationName.value}"`,
    });
  }

  const authorNames = options.authors?.length ? options.authors : draft.authors?.value;
  if (authorNames?.length) from('authors', null, options.authors?.length ? 'flag' : (draft.authors?.source ?? 'text'));
  else if (!options.noByline) {
    throw new ImportError(
      'authors',
      'no byline found in the capture; pass --author "<name>" (once per author), or --no-byline if the original had none',
    );
  }

  const { caption, credit } = draft.photo ?? {};
  const photo = credit ? { ...(caption ? { caption } : {}), credit } : undefined;
  const changes = [...draft.editorialChanges];
  if (photo) from('photo', null, draft.photo?.source ?? 'text');
  if (photo?.caption) changes.push(captionMoved(credit ?? ''));
  if (caption && !credit) {
    notDetermined.push({
      field: 'photo.credit',
      note: `the caption "${caption}" has no credit in the capture; add photo.caption and photo.credit together if the credit can be found`,
    });
  } else if (!photo) notDetermined.push({ field: 'photo', note: 'no lead photo caption or credit in the capture' });

  const storySlug = story?.storySlug ?? proposeStorySlug(draft.headline.value, draft.kicker);
  const published = story?.published ?? draft.published.value;
  if (story) {
    check.push({
      field: 'storySlug',
      note: `this URL is already archived (${story.file}); the entry is a new snapshot of that story, at ${story.path.replace(/[^/]+\/$/, '')}<timestamp>/`,
    });
    if (draft.published.value !== story.published) {
      check.push({
        field: 'published',
        note: `the capture is dated ${draft.published.value}; the story's first publication day, ${story.published}, is kept so the snapshots share one story`,
      });
    }
  } else {
    check.push({
      field: 'storySlug',
      note: `proposed "${storySlug}" from the headline; it becomes part of the permanent address once locked`,
    });
  }
  const language = draft.language?.value ?? 'en';
  if (draft.language) from('language', null, draft.language.source);
  else check.push({ field: 'language', note: 'assumed "en": the capture does not say' });
  const captured = options.captured ?? draft.captured?.value;
  if (options.captured) from('captured', null, 'flag');
  else if (draft.captured) from('captured', null, draft.captured.source);
  else notDetermined.push({ field: 'captured', note: 'the capture does not record when it was taken' });
  notDetermined.push({
    field: 'headlineSentenceCase',
    note: 'the headline in sentence case, for APA citations (only a reader knows the proper nouns)',
  });
  const summary = draft.summaryDraft?.value || draft.headline.value;
  mustSupply.push({
    field: 'summary',
    note: `drafted from ${draft.summaryDraft?.source === 'text' ? "the lead's first sentence" : `the page's description (${draft.summaryDraft?.source ?? 'headline'})`}; replace it with one sentence in the archive's own words`,
  });
  from('headline', null, draft.headline.source);
  from('published', null, draft.published.source);

  const fields = {
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
    editorialChanges: ordered(changes),
  };
  const source = entrySource(fields, draft.body);
  const result = validateArticleSource(source);
  if (!result.ok) {
    const [field = '(entry)', ...rest] = (result.problems[0] ?? '').split(': ');
    throw new ImportError(field, [rest.join(': '), ...result.problems.slice(1)].join('; '));
  }
  const path = snapshotPath(fields);
  const taken = (options.knownSnapshots ?? []).find((s) => s.path === path);
  if (taken) {
    throw new ImportError(
      'captured',
      `${taken.file} is already the snapshot at ${path}; pass --captured <ISO date-time> to record when this capture was taken, so each snapshot has its own address`,
    );
  }
  const fileName = entryFileName(published, name, storySlug);
  return {
    fileName: story ? fileName.replace(/\.md$/, `-${snapshotStamp(fields)}.md`) : fileName,
    source,
    filled: filled.filter((f, i) => filled.findIndex((g) => g.field === f.field) === i),
    mustSupply,
    check,
    notDetermined,
  };
}

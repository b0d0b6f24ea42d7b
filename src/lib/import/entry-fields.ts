/**
 * The steps that settle an imported entry's fields, one field (or a few that go together) each.
 * Every step says in the findings where its value came from, or what the editor must do about it;
 * a step that cannot settle a required field throws an ImportError naming it.
 */
import { ImportError, type CaptureDraft, type EditorialChange, type FieldSource, type Sourced } from './draft';
import { captionMoved } from './editorial-notes';
import { homePage, knownPublicationName, publicationNameFromText, type KnownPublication } from './publication';
import { proposeStorySlug } from './slug';

/** A field the importer could not settle, and what the editor should do about it. */
export interface Note {
  field: string;
  note: string;
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

/** The lead photo's caption and credit, as the entry records them: never a caption alone. */
export interface LeadPhoto {
  caption?: string;
  credit: string;
}

/** What the steps report about the fields, in the order they settle them. */
export interface Findings {
  /** Fields read from the capture (or the command line), with where each came from. */
  filled: { field: string; source: FieldSource }[];
  /** Required fields given a draft value so the entry validates: the editor must replace them. */
  mustSupply: Note[];
  /** Proposed values to confirm before the entry is locked. */
  check: Note[];
  /** Optional fields the capture does not give. */
  notDetermined: Note[];
}

export const noFindings = (): Findings => ({ filled: [], mustSupply: [], check: [], notDetermined: [] });

/** Records where a field's value came from and gives the value. */
function read<T>(findings: Findings, field: string, { value, source }: Sourced<T>): T {
  findings.filled.push({ field, source });
  return value;
}

function webUrl(field: string, value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ImportError(field, `"${value}" is not an absolute http(s) URL`);
  }
  return value;
}

/** The original URL: the one given with --url wins over anything in the capture. */
export function chooseSourceUrl(
  { draft, url }: { draft: CaptureDraft; url?: string | undefined },
  findings: Findings,
): string {
  const given: Sourced<string> | undefined = url ? { value: url, source: 'flag' } : draft.sourceUrl;
  if (!given) throw new ImportError('sourceUrl', 'the capture does not give the original URL; pass --url <URL>');
  return read(findings, 'sourceUrl', { value: webUrl('sourceUrl', given.value), source: given.source });
}

/**
 * The publication's name: from the command line, else the archive's earlier entries for the same
 * story or site, else the page's metadata, else the capture's text where it spells the URL's host.
 */
export function choosePublicationName(
  options: {
    draft: CaptureDraft;
    sourceUrl: string;
    story: KnownSnapshot | undefined;
    publication?: string | undefined;
    knownPublications: readonly KnownPublication[];
  },
  findings: Findings,
): string {
  const { draft, sourceUrl, publication } = options;
  const known = options.story?.publication ?? knownPublicationName(options.knownPublications, sourceUrl);
  const spelt = publicationNameFromText(draft.nameText, sourceUrl);
  const given: Sourced<string> | undefined = publication
    ? { value: publication, source: 'flag' }
    : known
      ? { value: known, source: 'archive' }
      : (draft.publicationName ?? (spelt ? { value: spelt, source: 'text' } : undefined));
  const name = given && read(findings, 'publication.name', given);
  if (!name) {
    throw new ImportError('publication.name', `cannot tell the publication's name; pass --publication "<name>"`);
  }
  if (known && draft.publicationName && draft.publicationName.value !== known && !publication) {
    findings.check.push({
      field: 'publication.name',
      note: `the archive already names ${homePage(sourceUrl)} "${known}"; the capture says "${draft.publicationName.value}"`,
    });
  }
  return name;
}

/** The byline's names, from --author or the capture; none only when the editor passes --no-byline. */
export function chooseAuthors(
  { draft, authors, noByline }: { draft: CaptureDraft; authors?: string[] | undefined; noByline?: boolean | undefined },
  findings: Findings,
): string[] | undefined {
  const names = authors?.length ? authors : draft.authors?.value;
  if (names?.length)
    findings.filled.push({ field: 'authors', source: authors?.length ? 'flag' : (draft.authors?.source ?? 'text') });
  else if (!noByline) {
    throw new ImportError(
      'authors',
      'no byline found in the capture; pass --author "<name>" (once per author), or --no-byline if the original had none',
    );
  }
  return names;
}

/**
 * The lead photo's caption and credit, kept only with a credit, and the editorial note that the
 * caption was moved out of the text.
 */
export function choosePhoto(
  draft: CaptureDraft,
  findings: Findings,
): { photo: LeadPhoto | undefined; changes: EditorialChange[] } {
  const { caption, credit } = draft.photo ?? {};
  const photo: LeadPhoto | undefined = credit ? { ...(caption ? { caption } : {}), credit } : undefined;
  if (photo) findings.filled.push({ field: 'photo', source: draft.photo?.source ?? 'text' });
  const changes: EditorialChange[] = photo?.caption ? [captionMoved(credit ?? '')] : [];
  if (caption && !credit) {
    findings.notDetermined.push({
      field: 'photo.credit',
      note: `the caption "${caption}" has no credit in the capture; add photo.caption and photo.credit together if the credit can be found`,
    });
  } else if (!photo)
    findings.notDetermined.push({ field: 'photo', note: 'no lead photo caption or credit in the capture' });
  return { photo, changes };
}

/** The story's slug and publication day: the archived story's, or proposed from the capture. */
export function chooseStory(
  { draft, story }: { draft: CaptureDraft; story: KnownSnapshot | undefined },
  findings: Findings,
): { storySlug: string; published: string } {
  const storySlug = story?.storySlug ?? proposeStorySlug(draft.headline.value, draft.kicker);
  const published = story?.published ?? draft.published.value;
  if (story) {
    findings.check.push({
      field: 'storySlug',
      note: `this URL is already archived (${story.file}); the entry is a new snapshot of that story, at ${story.path.replace(/[^/]+\/$/, '')}<timestamp>/`,
    });
    if (draft.published.value !== story.published) {
      findings.check.push({
        field: 'published',
        note: `the capture is dated ${draft.published.value}; the story's first publication day, ${story.published}, is kept so the snapshots share one story`,
      });
    }
  } else {
    findings.check.push({
      field: 'storySlug',
      note: `proposed "${storySlug}" from the headline; it becomes part of the permanent address once locked`,
    });
  }
  return { storySlug, published };
}

/** The text's language, assumed to be English when the capture does not say. */
export function chooseLanguage(draft: CaptureDraft, findings: Findings): string {
  if (draft.language) findings.filled.push({ field: 'language', source: draft.language.source });
  else findings.check.push({ field: 'language', note: 'assumed "en": the capture does not say' });
  return draft.language?.value ?? 'en';
}

/** When the capture was taken: given with --captured, else as the capture records it, if it does. */
export function chooseCaptured(
  { draft, captured }: { draft: CaptureDraft; captured?: string | undefined },
  findings: Findings,
): string | undefined {
  if (captured) findings.filled.push({ field: 'captured', source: 'flag' });
  else if (draft.captured) findings.filled.push({ field: 'captured', source: draft.captured.source });
  else findings.notDetermined.push({ field: 'captured', note: 'the capture does not record when it was taken' });
  return captured ?? draft.captured?.value;
}

/**
 * The fields only an editor can write: the headline in sentence case is left to them, and the
 * summary is drafted from the capture so the entry validates, for them to replace.
 */
export function draftEditorsFields(draft: CaptureDraft, findings: Findings): { summary: string } {
  findings.notDetermined.push({
    field: 'headlineSentenceCase',
    note: 'the headline in sentence case, for APA citations (only a reader knows the proper nouns)',
  });
  findings.mustSupply.push({
    field: 'summary',
    note: `drafted from ${draft.summaryDraft?.source === 'text' ? "the lead's first sentence" : `the page's description (${draft.summaryDraft?.source ?? 'headline'})`}; replace it with one sentence in the archive's own words`,
  });
  return { summary: draft.summaryDraft?.value || draft.headline.value };
}

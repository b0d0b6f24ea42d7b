/**
 * The steps that settle the fields an entry's permanent address is made of: the publication's
 * name (its address segment), the publication day and the story's slug. Once the entry is
 * locked they never change, so each says where it came from and what to check.
 */
import { publicationKey } from '../archive/permalinks';
import { isIsoDayOrInstant } from '../../schemas/dates';
import { ImportError, type CaptureDraft, type Sourced } from './draft';
import { read, type Findings, type KnownSnapshot } from './findings';
import { homePage, knownPublicationName, publicationNameFromText, type KnownPublication } from './publication';
import { proposeStorySlug } from './slug';

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
  // The name's address segment keeps only letters it can spell in Latin; with none, there is no address.
  if (publicationKey(name) === '') {
    throw new ImportError(
      'publication.name',
      `"${name}" gives no address segment (no Latin or Cyrillic letters or digits); pass --publication "<name>" as it is written in Latin letters`,
    );
  }
  if (known && draft.publicationName && draft.publicationName.value !== known && !publication) {
    findings.check.push({
      field: 'publication.name',
      note: `the archive already names ${homePage(sourceUrl)} "${known}"; the capture says "${draft.publicationName.value}"`,
    });
  }
  return name;
}

/** The publication day: --published (YYYY-MM-DD) wins over the capture's. */
export function choosePublished(
  { draft, published }: { draft: CaptureDraft; published?: string | undefined },
  findings: Findings,
): Sourced<string> {
  if (!published) return draft.published;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || !isIsoDayOrInstant(published)) {
    throw new ImportError('published', `--published "${published}" is not a day written YYYY-MM-DD`);
  }
  // The parser falls back on the flag when the page gives no day; only a day the page gives can disagree.
  if (draft.published.source !== 'flag' && draft.published.value !== published) {
    findings.check.push({
      field: 'published',
      note: `--published replaces ${draft.published.value}, which the capture gives (${draft.published.source})`,
    });
  }
  return { value: published, source: 'flag' };
}

/** The story's slug and publication day: the archived story's, or proposed from the headline and the day chosen. */
export function chooseStory(
  {
    headline,
    kicker,
    published,
    story,
  }: { headline: string; kicker: string | undefined; published: Sourced<string>; story: KnownSnapshot | undefined },
  findings: Findings,
): { storySlug: string; published: string } {
  if (!story) {
    findings.filled.push({ field: 'storySlug', source: 'headline' }, { field: 'published', source: published.source });
    return { storySlug: proposeStorySlug(headline, kicker), published: published.value };
  }
  findings.filled.push({ field: 'storySlug', source: 'archive' }, { field: 'published', source: 'archive' });
  findings.check.push({
    field: 'storySlug',
    note: `this URL is already archived (${story.file}); the entry is a new snapshot of that story, at ${story.path.replace(/[^/]+\/$/, '')}<timestamp>/`,
  });
  if (published.value !== story.published) {
    findings.check.push({
      field: 'published',
      note: `the capture is dated ${published.value}; the story's first publication day, ${story.published}, is kept so the snapshots share one story`,
    });
  }
  return { storySlug: story.storySlug, published: story.published };
}

/**
 * The steps that settle an imported entry's fields, one field (or a few that go together) each;
 * those the permanent address is made of are in address-fields.ts, the summary in summary.ts.
 * Every step says in the findings where its value came from, or what the editor must do about it;
 * a step that cannot settle a required field throws an ImportError naming it.
 */
import { ImportError, type CaptureDraft, type EditorialChange, type Sourced } from './draft';
import { captionMoved } from './editorial-notes';
import { read, type Findings } from './findings';
import { kickerOf } from './headline';

/** The lead photo's caption and credit, as the entry records them: never a caption alone. */
export interface LeadPhoto {
  caption?: string;
  credit: string;
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

/** The headline (and the kicker it opens with): --headline wins over the capture's. */
export function chooseHeadline(
  { draft, headline }: { draft: CaptureDraft; headline?: string | undefined },
  findings: Findings,
): { headline: string; kicker: string | undefined } {
  if (!headline) {
    findings.filled.push({ field: 'headline', source: draft.headline.source });
    if (draft.kicker) findings.filled.push({ field: 'kicker', source: 'headline' });
    return { headline: draft.headline.value, kicker: draft.kicker };
  }
  findings.filled.push({ field: 'headline', source: 'flag' });
  if (headline !== draft.headline.value) {
    findings.check.push({
      field: 'headline',
      note: `--headline replaces "${draft.headline.value}", which the capture gives (${draft.headline.source})`,
    });
  }
  const kicker = kickerOf(headline);
  if (kicker) findings.filled.push({ field: 'kicker', source: 'headline' });
  return { headline, kicker };
}

/**
 * The byline's names: --author, else the capture's byline. A capture that names no one is an
 * article with no byline, recorded with a warning; --no-byline says so outright, even over names
 * the page's metadata gives (often the site itself rather than a writer).
 */
export function chooseAuthors(
  { draft, authors, noByline }: { draft: CaptureDraft; authors?: string[] | undefined; noByline?: boolean | undefined },
  findings: Findings,
): string[] {
  if (authors?.length && noByline) {
    throw new ImportError('authors', '--author and --no-byline contradict each other; pass one of them');
  }
  const found = draft.authors?.value.length ? draft.authors : undefined;
  if (noByline) {
    findings.filled.push({ field: 'authors', source: 'flag' }, { field: 'noByline', source: 'flag' });
    if (found) {
      findings.check.push({
        field: 'authors',
        note: `--no-byline leaves out ${found.value.join(', ')}, whom the capture names (${found.source})`,
      });
    }
    return [];
  }
  if (authors?.length) {
    findings.filled.push({ field: 'authors', source: 'flag' });
    return authors;
  }
  if (found) return read(findings, 'authors', found);
  findings.filled.push({ field: 'authors', source: 'absent' }, { field: 'noByline', source: 'absent' });
  findings.check.push({
    field: 'authors',
    note: 'the capture names no author, so the entry records an article with no byline (noByline: true); if the original had one, pass --author "<name>"',
  });
  return [];
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

/** The text's language, assumed to be English when the capture does not say. */
export function chooseLanguage(draft: CaptureDraft, findings: Findings): string {
  findings.filled.push({ field: 'language', source: draft.language?.source ?? 'assumed' });
  if (!draft.language) findings.check.push({ field: 'language', note: 'assumed "en": the capture does not say' });
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

import type { ImageMetadata } from 'astro';
import type { ArticleData } from '../../schemas/article';
import { byline, formatDay, headlineWithoutKicker, nameParts } from './format';

/** The human-readable label for each kind of editorial change. */
const CHANGE_LABELS: Record<ArticleData['editorialChanges'][number]['change'], string> = {
  'headings-marked': 'Headings marked',
  'paragraphs-rejoined': 'Paragraphs rejoined',
  'links-dropped': 'Links dropped',
  'caption-moved': 'Caption moved',
  'furniture-removed': 'Page furniture removed',
  'text-corrected': 'Text corrected',
  other: 'Other change',
};

/** Changes that touch the words themselves, not only how they are presented. */
const TEXT_CHANGES = new Set(['text-corrected', 'other']);

/** What the archive notes say of the text: untouched, or changed in the ways listed. */
export function fidelityStatement(changes: readonly { change: string }[]): string {
  if (changes.length === 0) return 'The archive made no changes to the capture.';
  if (changes.some((c) => TEXT_CHANGES.has(c.change))) {
    return 'The archive changed the capture as listed here; the capture file itself is unchanged.';
  }
  return "The text is the capture's, word for word. The archive changed only its presentation:";
}

/** Everything an article page shows around the body, computed once from the frontmatter. */
export function articleView<Image>(data: ArticleData<Image>) {
  return {
    kicker: data.kicker,
    title: headlineWithoutKicker(data.headline, data.kicker),
    byline: byline(data.authors) ?? 'No byline',
    hasByline: data.authors.length > 0,
    authorParts: nameParts(data.authors.map((a) => a.name)),
    published: { iso: data.published, text: formatDay(data.published) },
    archived: { iso: data.archived, text: formatDay(data.archived) },
    captured: data.captured ? { iso: data.captured, text: formatDay(data.captured) } : null,
    year: data.published.slice(0, 4),
    photo: data.photo
      ? {
          caption: data.photo.caption ?? null,
          credit: data.photo.credit ? `Photo: ${data.photo.credit}` : null,
          image: data.photo.image ?? null,
          alt: data.photo.alt ?? '',
        }
      : null,
    fidelity: fidelityStatement(data.editorialChanges),
    notes: data.editorialChanges.map((c) => ({ label: CHANGE_LABELS[c.change], detail: c.detail })),
    related: data.related,
  };
}

/** The view of an article as the build sees it, with the photo as Astro's image metadata. */
export type ArticleView = ReturnType<typeof articleView<ImageMetadata>>;

import type { ImageMetadata } from 'astro';
import type { ArticleData } from '../schemas/article';
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

/** Everything an article page shows around the body, computed once from the frontmatter. */
export function articleView<Image>(data: ArticleData<Image>) {
  return {
    kicker: data.kicker,
    title: headlineWithoutKicker(data.headline, data.kicker),
    byline: byline(data.authors),
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
    notes: data.editorialChanges.map((c) => ({ label: CHANGE_LABELS[c.change], detail: c.detail })),
    related: data.related,
  };
}

/** The view of an article as the build sees it, with the photo as Astro's image metadata. */
export type ArticleView = ReturnType<typeof articleView<ImageMetadata>>;

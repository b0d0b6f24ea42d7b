import { z } from 'astro/zod';
import { dayOf, isIsoDayOrInstant, isoDate, isoDateOrDateTime } from './dates';

/** The kinds of change the archive may make to a capture when it presents it. */
export const EDITORIAL_CHANGES = [
  'headings-marked',
  'paragraphs-rejoined',
  'links-dropped',
  'caption-moved',
  'furniture-removed',
  'text-corrected',
  'other',
] as const;

const MAX_HEADLINE_LENGTH = 300;

/** Error text for a field that is missing or of the wrong type. */
const missingOr = (field: string, wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required` : wrongType;

const text = (field: string) =>
  z
    .string({ error: missingOr(field, `${field} must be text`) })
    .trim()
    .min(1, { error: `${field} must not be empty` });

/** Only web addresses a reader can open: http or https, with a real host name. */
const webUrl = (field: string) =>
  z.url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: (issue) =>
      issue.input === undefined
        ? `${field} is required`
        : typeof issue.input === 'string'
          ? `${field} must be an absolute http(s) URL, not "${issue.input.slice(0, 80)}"`
          : `${field} must be an absolute http(s) URL`,
  });

const authorSchema = z.strictObject({
  /** The author's name as the byline prints it. */
  name: text('author name'),
});

const publicationSchema = z.strictObject({
  /** The publication's name as it prints it, e.g. "The Moscow Times". */
  name: text('publication name'),
  /** The publication's home page. */
  url: webUrl('publication url'),
});

/**
 * The photo that headed the article. The caption and credit are kept even when the image itself
 * was not captured, in which case the page says so rather than showing a stand-in.
 */
const photoSchema = <Image extends z.ZodType>(image: () => Image) =>
  z.strictObject({
    /** The caption under the photo, without its credit. */
    caption: text('photo caption').optional(),
    /** Who took or supplied the photo, e.g. an agency; printed as "Photo: <credit>". */
    credit: text('photo credit').optional(),
    /** The archived image file, relative to this entry; absent when the photo was not captured. */
    image: image().optional(),
    /** Text alternative for the archived image; required with an image. */
    alt: text('photo alt').optional(),
  });

const captureSchema = z.strictObject({
  /** The capture file this entry was made from, relative to content/, kept byte for byte. */
  file: z.string().regex(/^captures\/[^/]+$/, { error: 'capture file must be a path under captures/' }),
  /** SHA-256 of the capture file, as 64 lowercase hex digits, so anyone can check it is unchanged. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'capture sha256 must be 64 lowercase hex digits' }),
  /**
   * What the capture is: plain text copied from the page, the page's saved HTML, or a WARC file
   * (ISO 28500) recording the HTTP exchanges of the archive's own fetch of the page.
   */
  format: z.enum(['text', 'html', 'warc']),
  /** The capture's own file name when it was imported (e.g. "source.html"), before it was stored under its checksum. */
  originalName: text('capture originalName').optional(),
});

const relatedSchema = z.strictObject({
  /** Title of a page the newspaper linked from the article, as printed. */
  title: text('related title'),
  /** Who published it. */
  publication: text('related publication').optional(),
  /** Its address, only when the capture gives it; never guessed. */
  url: webUrl('related url').optional(),
});

const editorialChangeSchema = z.strictObject({
  /** What kind of change the archive made to the capture. */
  change: z.enum(EDITORIAL_CHANGES, { error: `change must be one of: ${EDITORIAL_CHANGES.join(', ')}` }),
  /** One or two sentences a reader can check against the capture. */
  detail: text('change detail'),
});

/**
 * An editor's attribution of a quotation: a correction of what the build found, or one it missed.
 * `quote` is the quotation's text (or its beginning); the speaker is a registered person's id or
 * an unnamed source as the article words it.
 */
const attributionSchema = z
  .strictObject({
    /** The quotation's words as printed (or their beginning), without the quotation marks. */
    quote: text('attribution quote'),
    /** The speaker: the id of a person under content/people/. */
    speaker: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'speaker must be the id of a person under content/people/' })
      .optional(),
    /** Or an unnamed source, worded as the article words it ("a Russian diplomat"). */
    source: text('attribution source').optional(),
  })
  .refine((a) => Boolean(a.speaker) !== Boolean(a.source), {
    error: 'give either speaker (a person id) or source (an unnamed source as written), not both',
  });

export type Attribution = z.output<typeof attributionSchema>;

/**
 * The frontmatter of an archived article. Strict: a field the archive does not know is an error,
 * so a typo (or a `slug:` that would silently replace the entry id) never goes unnoticed.
 */
export const articleSchema = <Image extends z.ZodType>(image: () => Image) =>
  z
    .strictObject({
      /** The headline exactly as captured, kicker included ("Exclusive: ..."). */
      headline: text('headline').max(MAX_HEADLINE_LENGTH, {
        error: (issue) =>
          `headline must be at most ${MAX_HEADLINE_LENGTH} characters (it has ${String(issue.input).length})`,
      }),
      /**
       * The headline in sentence case, for citation styles that require it (APA): only the
       * capitals differ from `headline`. Written by an editor, since only a reader knows which
       * words are proper nouns. Without it, APA citations print the headline as published.
       */
      headlineSentenceCase: text('headlineSentenceCase').optional(),
      /** A label the headline begins with, such as "Exclusive", styled apart on the page. */
      kicker: text('kicker').optional(),
      /**
       * The story's short name in its permanent URL: lowercase words joined by hyphens. Chosen once
       * and never changed; it is not derived from the headline, which publishers rewrite.
       */
      storySlug: z
        .string({ error: missingOr('storySlug', 'storySlug must be text') })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          error: 'storySlug must be lowercase letters and digits joined by single hyphens',
        })
        .max(100, { error: 'storySlug must be at most 100 characters' }),
      /** The byline, in the order printed. Empty only together with `noByline: true`. */
      authors: z.array(authorSchema, { error: missingOr('authors', 'authors must be a list of { name: ... }') }),
      /** Set to true when the original carried no byline, so an empty author list is deliberate. */
      noByline: z.boolean({ error: 'noByline must be true or false' }).optional(),
      /** Who published the original. */
      publication: publicationSchema,
      /** The day the original was published, as the publication dates it. */
      published: isoDate(),
      /** The original article's address: http or https only. */
      sourceUrl: webUrl('sourceUrl'),
      /** The photo that headed the original, if it had one. */
      photo: photoSchema(image).optional(),
      /** When the capture was taken, if known. Left out when unknown: never guessed. */
      captured: isoDateOrDateTime().optional(),
      /** The day this copy was added to the archive. */
      archived: isoDate(),
      /** The language of the text, as a BCP 47 tag such as "en" or "ru". */
      language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        error: 'language must be a BCP 47 tag such as "en" or "pt-BR"',
      }),
      /** One sentence, in the archive's words, saying what the article reports. */
      summary: text('summary').max(400, { error: 'summary must be one sentence of at most 400 characters' }),
      /** The capture file the body was taken from, and its checksum. */
      capture: captureSchema,
      /** Pages the newspaper linked from the article; listed, not archived. */
      related: z.array(relatedSchema).default([]),
      /** Every change the archive made between the capture and this entry. */
      editorialChanges: z.array(editorialChangeSchema).default([]),
      /** Attributions of quotations set by hand; the page marks them as such. */
      attributions: z.array(attributionSchema).default([]),
    })
    .superRefine((entry, ctx) => {
      if (entry.authors.length === 0 && entry.noByline !== true) {
        ctx.addIssue({
          code: 'custom',
          path: ['authors'],
          message: 'authors is empty: list the byline, or set noByline: true if the original had none',
        });
      }
      if (entry.authors.length > 0 && entry.noByline === true) {
        ctx.addIssue({ code: 'custom', path: ['noByline'], message: 'noByline is true but authors are listed' });
      }
      if (entry.kicker && !entry.headline.startsWith(`${entry.kicker}:`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kicker'],
          message: `kicker "${entry.kicker}" must be how the headline begins, followed by a colon`,
        });
      }
      if (entry.headlineSentenceCase && entry.headlineSentenceCase.toLowerCase() !== entry.headline.toLowerCase()) {
        ctx.addIssue({
          code: 'custom',
          path: ['headlineSentenceCase'],
          message: 'headlineSentenceCase must be the headline with only its capital letters changed',
        });
      }
      if (entry.photo?.caption && !entry.photo.credit) {
        ctx.addIssue({
          code: 'custom',
          path: ['photo', 'credit'],
          message: 'photo has a caption but no credit: every archived photo names its source',
        });
      }
      if (entry.photo?.image && !entry.photo.alt) {
        ctx.addIssue({ code: 'custom', path: ['photo', 'alt'], message: 'photo image needs alt text' });
      }
      // Dates that are not real days have their own message; comparing them would only add noise.
      const days = [entry.published, entry.archived, entry.captured ?? entry.archived];
      if (!days.every((day) => isIsoDayOrInstant(day))) return;
      if (entry.published > entry.archived) {
        ctx.addIssue({
          code: 'custom',
          path: ['published'],
          message: `published (${entry.published}) is after archived (${entry.archived})`,
        });
      }
      if (entry.captured && dayOf(entry.captured) < entry.published) {
        ctx.addIssue({
          code: 'custom',
          path: ['captured'],
          message: `captured (${entry.captured}) is before published (${entry.published})`,
        });
      }
      if (entry.captured && dayOf(entry.captured) > entry.archived) {
        ctx.addIssue({
          code: 'custom',
          path: ['captured'],
          message: `captured (${entry.captured}) is after archived (${entry.archived})`,
        });
      }
    });

/** Validated frontmatter, with the image as a path (in tests) or as Astro's image metadata (in the build). */
export type ArticleData<Image = string> = Omit<z.output<ReturnType<typeof articleSchema<z.ZodString>>>, 'photo'> & {
  photo?:
    | (Omit<NonNullable<z.output<ReturnType<typeof photoSchema<z.ZodString>>>>, 'image'> & {
        image?: Image | undefined;
      })
    | undefined;
};

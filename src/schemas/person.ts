import { z } from 'astro/zod';

/**
 * A person the archive's articles name. The file name is the person's id and the last part of their
 * page's address (`/people/vladimir-putin/`).
 */
export const personSchema = z.strictObject({
  /** The name as the archive displays it. */
  name: z.string().trim().min(1, { error: 'name must not be empty' }),
  /**
   * Other ways articles write the name: full forms ("Vladimir Vladimirovich Putin"), the surname
   * alone where it is unambiguous, transliterations and the Cyrillic spelling.
   */
  aliases: z
    .array(z.string().trim().min(2, { error: 'an alias must be at least two characters' }), {
      error: 'aliases must be a list of names, such as [Putin, Владимир Путин]',
    })
    .default([]),
  /** One line saying who they are. */
  description: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'description must be text') })
    .trim()
    .min(1, { error: 'description must not be empty' })
    .max(200),
  /** Their Wikidata item, such as Q7747, when it is certain. */
  wikidata: z
    .string({ error: 'wikidata must be an item id such as Q7747' })
    .regex(/^Q\d+$/, { error: 'wikidata must be an item id such as Q7747' })
    .optional(),
  /**
   * Whether a hyphenated compound counts as a mention ("anti-Assad", "Putin-era"). Off by default:
   * such words describe a stance or a period, not the person.
   */
  compounds: z.boolean().default(false),
});

export type Person = z.output<typeof personSchema> & { id: string };

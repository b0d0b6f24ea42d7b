import { z } from 'astro/zod';
import { isoDate } from './dates';

/** An address on this site, as the archive writes them: lowercase segments, a trailing slash. */
const sitePath = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
    .regex(/^\/(?:[a-z0-9._~-]+\/)*$/, {
      error: `must be a path on this site such as "/articles/the-moscow-times/2024-12-11/story/20261125/"`,
    });

/**
 * A permanent address that moved. The old address keeps working: the build writes a redirect page
 * there and a `_redirects` line for hosts that read one.
 */
export const redirectSchema = z.strictObject({
  /** The address that was published and is locked. */
  from: sitePath('from'),
  /** Where it now lives. */
  to: sitePath('to'),
  /** The day the address moved. */
  since: isoDate(),
  /** Why, in a sentence a reader may see. */
  reason: z.string().trim().min(1, { error: 'reason must not be empty' }),
});

/**
 * A snapshot taken down. Its address stays in the lock file and serves a page saying that the copy
 * was withdrawn and when; the copy leaves the search index, the feed and the lists.
 */
export const withdrawalSchema = z.strictObject({
  /** The snapshot's permanent address. */
  path: sitePath('path'),
  /** The day it was withdrawn. */
  withdrawn: isoDate(),
  /** A public note on why, if one can be given (never the requester's private details). */
  note: z.string().trim().min(1, { error: 'note must not be empty' }).optional(),
});

export type Redirect = z.output<typeof redirectSchema>;
export type Withdrawal = z.output<typeof withdrawalSchema>;

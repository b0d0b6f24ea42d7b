/**
 * What the steps that settle an entry's fields report: where each value came from, and what the
 * editor must supply, confirm or may add.
 */
import type { FieldSource, Sourced } from './draft';

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

/**
 * Where an entry's field came from: a place in the capture, the command line or the archive
 * (a FieldSource), or what the importer made of it: from the headline, from the source URL,
 * today's date, the capture's own checksum, assumed, or absent from the capture altogether.
 */
export type Origin = FieldSource | 'headline' | 'sourceUrl' | 'today' | 'capture' | 'assumed' | 'absent';

/** What the steps report about the fields, in the order they settle them. */
export interface Findings {
  /** Every field the entry writes, with where it came from. */
  filled: { field: string; source: Origin }[];
  /** Required fields given a draft value so the entry validates: the editor must replace them. */
  mustSupply: Note[];
  /** Proposed values to confirm before the entry is locked. */
  check: Note[];
  /** Optional fields the capture does not give. */
  notDetermined: Note[];
}

export const noFindings = (): Findings => ({ filled: [], mustSupply: [], check: [], notDetermined: [] });

/** Records where a field's value came from and gives the value. */
export function read<T>(findings: Findings, field: string, { value, source }: Sourced<T>): T {
  findings.filled.push({ field, source });
  return value;
}

import type { ImportedEntry, Note } from './entry';
import type { Origin } from './findings';
import { FIELD_ORDER } from './frontmatter';

const lines = (notes: readonly Note[]) => notes.map((n) => `  - ${n.field}: ${n.note}`);

/** The flag that sets each field, to name it where a field came from the command line. */
const FLAGS: Record<string, string> = {
  headline: '--headline',
  authors: '--author',
  noByline: '--no-byline',
  'publication.name': '--publication',
  published: '--published',
  sourceUrl: '--url',
  captured: '--captured',
  archived: '--archived',
  summary: '--summary',
};

/** How the report names a source; a source not listed is named as the parsers name it ("json-ld"). */
const LABELS: Partial<Record<Origin, string>> = {
  url: 'url path',
  dateline: 'printed dateline',
  citation: 'citation_* tags',
  meta: '<meta> tag',
  canonical: 'canonical link',
  'saved-page': "the saving tool's note in the file",
  page: 'the page',
  text: 'the capture text',
  archive: 'the archive (an entry already there)',
  headline: 'made from the headline',
  sourceUrl: "the source URL's home page",
  today: 'today (UTC)',
  capture: 'the capture file and its SHA-256',
  assumed: 'assumed',
  absent: 'none in the capture',
};

function label(field: string, source: Origin, entry: ImportedEntry): string {
  if (source !== 'flag') return LABELS[source] ?? source;
  const noByline = entry.filled.some((f) => f.field === 'noByline');
  return `flag ${field === 'authors' && noByline ? '--no-byline' : (FLAGS[field] ?? '')}`.trim();
}

/** Fields in the order the entry writes them ("publication.url" after "publication.name"). */
function inEntryOrder(filled: ImportedEntry['filled']): ImportedEntry['filled'] {
  const rank = (field: string) => FIELD_ORDER.indexOf(field.split('.')[0] as (typeof FIELD_ORDER)[number]);
  return [...filled].sort((a, b) => rank(a.field) - rank(b.field));
}

/** A name that reads as a host ("Le Monde.fr", "bbc.co.uk") is rarely how the publication prints its name. */
const LOOKS_LIKE_HOST = /\.[a-z]{2,}\b/i;

/**
 * What becomes part of the permanent address, one line a part, with where it came from: after
 * `npm run lock` none of them can change, so each is named for the editor to check first.
 */
function addressWarnings(entry: ImportedEntry): string[] {
  const { address } = entry;
  const source = (field: string) => {
    const found = entry.filled.find((f) => f.field === field);
    return found ? label(field, found.source, entry) : 'unknown';
  };
  const host = LOOKS_LIKE_HOST.test(address.publication)
    ? `; it reads like a web address: pass --publication "<name>" as the publication prints it`
    : '';
  return [
    `The permanent address will be ${address.path}`,
    `  - publication.name '${address.publication}' (${source('publication.name')}) becomes the address segment '${address.segment}': check it before npm run lock${host}`,
    `  - published '${address.published}' (${source('published')}) becomes the address segment '${address.published}': check it before npm run lock`,
    `  - storySlug '${address.storySlug}' (${source('storySlug')}) becomes the address segment '${address.storySlug}': check it before npm run lock; shorten it in the entry if you like`,
  ];
}

/**
 * What `npm run add` prints after writing (or, with --dry-run, instead of writing) an entry:
 * where each field came from, what the editor must still supply or confirm, what will become
 * the permanent address, then the next steps.
 */
export function formatReport(entry: ImportedEntry, entryPath: string, capturePath: string, dryRun: boolean): string {
  const filled = inEntryOrder(entry.filled);
  const width = Math.max(...filled.map((f) => f.field.length));
  const out = [
    dryRun ? `Dry run: nothing written. The entry would be ${entryPath}` : `Wrote ${entryPath}`,
    dryRun ? `The capture would be copied to ${capturePath}` : `Capture kept at ${capturePath}`,
    '',
    'Where each field came from:',
    ...filled.map((f) => `  ${f.field.padEnd(width)}  ${label(f.field, f.source, entry)}`),
  ];
  if (entry.mustSupply.length > 0) {
    out.push('', 'Could not determine; drafted so the entry validates. You must supply:', ...lines(entry.mustSupply));
  }
  if (entry.check.length > 0) out.push('', 'Warnings; confirm before locking:', ...lines(entry.check));
  out.push('', ...addressWarnings(entry));
  if (entry.notDetermined.length > 0) {
    out.push('', 'Not determined; supply if known:', ...lines(entry.notDetermined));
  }
  out.push(
    '',
    'Next steps:',
    `  1. Edit ${entryPath}: write the fields above and read the text against the capture.`,
    '  2. npm run lock    (enters the new permanent address in content/archive.lock.json)',
    '  3. npm run build',
  );
  return out.join('\n');
}

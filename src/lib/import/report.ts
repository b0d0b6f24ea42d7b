import type { ImportedEntry, Note } from './entry';

const lines = (notes: readonly Note[]) => notes.map((n) => `  - ${n.field}: ${n.note}`);

/**
 * What `npm run add` prints after writing (or, with --dry-run, instead of writing) an entry:
 * where each field came from, what the editor must still supply or confirm, then the next steps.
 */
export function formatReport(entry: ImportedEntry, entryPath: string, capturePath: string, dryRun: boolean): string {
  const out = [
    dryRun ? `Dry run: nothing written. The entry would be ${entryPath}` : `Wrote ${entryPath}`,
    dryRun ? `The capture would be copied to ${capturePath}` : `Capture kept at ${capturePath}`,
    '',
    `Read from the capture: ${entry.filled.map((f) => `${f.field} (${f.source})`).join(', ')}`,
  ];
  if (entry.mustSupply.length > 0) {
    out.push('', 'Could not determine; drafted so the entry validates. You must supply:', ...lines(entry.mustSupply));
  }
  if (entry.check.length > 0) out.push('', 'Proposed; confirm before locking:', ...lines(entry.check));
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

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { scanArchive, type ArchiveScan } from '../lib/archive/scan';
import { LOCK_FILE } from '../lib/archive/lock';

const scans = new Map<string, Promise<ArchiveScan>>();

/**
 * The scan this build's check made of `root`, for the build steps that need the archive's
 * addresses again (scanned once per process when the check did not run in it).
 */
export function checkedScan(root: string): Promise<ArchiveScan> {
  let scan = scans.get(root);
  if (!scan) scans.set(root, (scan = scanArchive(root)));
  return scan;
}

/**
 * Everything that must stop a build, as messages naming the file, the field and the fix: broken
 * entries, clashing addresses, broken registers, published snapshots whose source changed or
 * disappeared, and snapshots not yet entered in the lock file (`npm run lock`).
 */
export async function checkContent(root: string): Promise<string[]> {
  const scan = await scanArchive(root);
  scans.set(root, Promise.resolve(scan));
  const messages = [...scan.problems, ...scan.lockProblems];
  if (scan.unlocked.length > 0) {
    messages.push(
      `${LOCK_FILE} does not list ${scan.unlocked.length} new snapshot(s):\n` +
        scan.unlocked.map((p) => `  - ${p.path} (${p.source})`).join('\n') +
        '\nPublishing an address is a promise to keep it: run `npm run lock` to add them, then commit the lock file.',
    );
  }
  return messages;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'archive-content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const messages = await checkContent(fileURLToPath(config.root));
        if (messages.length > 0) {
          const report = `The archive's content has ${messages.length} problem(s):\n\n${messages.join('\n\n')}`;
          // A build must never publish a broken entry; the dev server reports it and keeps running.
          if (command === 'build') throw new Error(report);
          logger.error(report);
          return;
        }
        logger.info('Every article file is valid and every published address is kept');
      },
    },
  };
}

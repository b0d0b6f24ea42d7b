/**
 * `npm run lock`: enters new snapshots' permanent addresses in content/archive.lock.json with the
 * SHA-256 of their source. It never changes or removes an entry already locked, and refuses to run
 * while the content breaks a locked promise or has invalid files.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scanArchive } from '../lib/archive/scan';
import { LOCK_FILE, serializeLock, withAdded } from '../lib/archive/lock';

const root = process.cwd();
const scan = await scanArchive(root);
const blocking = [...scan.problems, ...scan.lockProblems];
if (blocking.length > 0) {
  console.error(`Nothing was locked. Fix these first:\n\n${blocking.join('\n\n')}`);
  process.exit(1);
}
if (scan.unlocked.length === 0) {
  console.log(`${LOCK_FILE}: every snapshot is already locked (${Object.keys(scan.lock).length}).`);
} else {
  await writeFile(join(root, LOCK_FILE), serializeLock(withAdded(scan.lock, scan.unlocked)));
  console.log(`${LOCK_FILE}: locked ${scan.unlocked.length} new address(es):`);
  for (const p of scan.unlocked) console.log(`  ${p.path}  ${p.sha256}  ${p.source}`);
  console.log('Commit the lock file with the new entries.');
}

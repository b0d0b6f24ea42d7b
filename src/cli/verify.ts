/**
 * `npm run verify [site-dir] [--expect <manifest sha256>]`: re-hashes a built site (default dist/)
 * or a downloaded copy against its manifest-sha256.txt and exits 1, naming each file, when anything
 * differs. With --expect, the manifest must also have the SHA-256 recorded outside the site.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha256Hex } from '../lib/fixity/captures';
import { MANIFEST_TXT, parseManifest, verifySite } from '../lib/fixity/manifest';

const args = process.argv.slice(2);
const expectAt = args.indexOf('--expect');
const expected = expectAt >= 0 ? args[expectAt + 1] : undefined;
if (expectAt >= 0 && !/^[0-9a-fA-F]{64}$/.test(expected ?? '')) {
  console.error('--expect needs the manifest SHA-256: 64 hex digits');
  process.exit(2);
}
const positional = args.filter((_, i) => expectAt < 0 || (i !== expectAt && i !== expectAt + 1));
const dir = resolve(positional[0] ?? 'dist');
const manifestFile = join(dir, MANIFEST_TXT);
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile}: no manifest here; is ${dir} a site built by this archive?`);
  process.exit(2);
}
const manifest = await readFile(manifestFile, 'utf8');
const problems = await verifySite(dir, manifest, expected);
if (problems.length > 0) {
  console.error(`${dir} does NOT match its manifest (${problems.length} problem(s)):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `${dir}: all ${parseManifest(manifest).length} files match ${MANIFEST_TXT} (SHA-256 ${sha256Hex(manifest)})`,
);

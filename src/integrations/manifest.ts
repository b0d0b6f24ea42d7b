import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../lib/captures';
import { hashSite, MANIFEST_JSON, MANIFEST_TXT, manifestJson, manifestText } from '../lib/manifest';

/**
 * Last step before publishing: lists every file of the site with its SHA-256 in a BagIt-style
 * `manifest-sha256.txt` (and the same as JSON), and prints the manifest's own SHA-256 so it can be
 * recorded outside the site as a trust anchor for `npm run verify`.
 */
export async function writeManifest(out: string, logger: { info: (message: string) => void }): Promise<void> {
  const entries = await hashSite(out);
  const text = manifestText(entries);
  await writeFile(join(out, MANIFEST_TXT), text);
  await writeFile(join(out, MANIFEST_JSON), manifestJson(entries));
  logger.info(`${MANIFEST_TXT} lists ${entries.length} files; its SHA-256 is ${sha256Hex(text)}`);
}

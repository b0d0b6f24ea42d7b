import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../../lib/fixity/captures';
import {
  hashStamped,
  MANIFEST_JSON,
  MANIFEST_TXT,
  manifestJson,
  manifestText,
  rehashChanged,
  siteFiles,
  type ManifestEntry,
  type StampedEntry,
} from '../../lib/fixity/manifest';

/**
 * Runs `index`, which writes the search index into the site `dir`, and returns the SHA-256 of
 * every file of the site as it is afterwards. The site's files are listed and hashed while the
 * index is built, from the moment `index` calls `whileWriting` (Pagefind's own process then
 * builds the index, and this one would otherwise wait); once it is done, the site is listed again
 * and only the files written or changed since are read.
 */
export async function indexThenHash(
  dir: string,
  index: (whileWriting: () => void) => Promise<unknown>,
): Promise<ManifestEntry[]> {
  let early: Promise<StampedEntry[]> | undefined;
  await index(() => {
    early ??= siteFiles(dir).then((files) => hashStamped(dir, files));
    // Awaited below; a failure is reported there, not as unhandled while the index is written.
    early.catch(() => {});
  });
  return rehashChanged(dir, (await early) ?? []);
}

/**
 * Last step before publishing: lists every file of the site (`entries`, from `hashSite` or
 * `indexThenHash`) with its SHA-256 in a BagIt-style `manifest-sha256.txt` (and the same as JSON),
 * and prints the manifest's own SHA-256 so it can be recorded outside the site as a trust anchor
 * for `npm run verify`.
 */
export async function writeManifest(
  out: string,
  entries: readonly ManifestEntry[],
  logger: { info: (message: string) => void },
): Promise<void> {
  const text = manifestText(entries);
  await writeFile(join(out, MANIFEST_TXT), text);
  await writeFile(join(out, MANIFEST_JSON), manifestJson(entries));
  logger.info(`${MANIFEST_TXT} lists ${entries.length} files; its SHA-256 is ${sha256Hex(text)}`);
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '../lib/captures';
import {
  hashFiles,
  MANIFEST_JSON,
  MANIFEST_TXT,
  manifestJson,
  manifestText,
  mergeEntries,
  siteFiles,
  type ManifestEntry,
} from '../lib/manifest';
import { PRIMARY_SHARD } from '../lib/search-shards';
import { writtenByIndexing } from './pagefind';

/**
 * Runs `index`, which writes the search index into the site `dir` (and may rewrite the search
 * page), and returns the SHA-256 of every file of the site as it is afterwards. `files` lists the
 * site before indexing. The files indexing does not touch are hashed while it works, from the
 * moment it calls `whileWriting` (Pagefind's own process is then building the index, and this
 * one would otherwise wait); the files it wrote are hashed once it is done.
 */
export async function indexThenHash(
  dir: string,
  files: readonly string[],
  index: (whileWriting: () => void) => Promise<unknown>,
): Promise<ManifestEntry[]> {
  const untouched = files.filter((path) => !writtenByIndexing(path));
  let hashing: Promise<ManifestEntry[]> | undefined;
  await index(() => {
    hashing ??= hashFiles(dir, untouched);
    // Awaited below; a failure is reported there, not as unhandled while the index is written.
    hashing.catch(() => {});
  });
  const indexDir = PRIMARY_SHARD.slice(1);
  const written = [
    ...(await siteFiles(join(dir, indexDir))).map((path) => indexDir + path),
    ...files.filter((path) => writtenByIndexing(path) && !path.startsWith(indexDir)),
  ];
  return mergeEntries(await (hashing ?? hashFiles(dir, untouched)), await hashFiles(dir, written));
}

/**
 * Last step before publishing: lists every file of the site (`entries`, from `hashSite` or
 * `mergeEntries`) with its SHA-256 in a BagIt-style `manifest-sha256.txt` (and the same as JSON),
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

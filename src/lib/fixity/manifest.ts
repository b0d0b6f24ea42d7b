import { createHash } from 'node:crypto';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { inBatches, READS_AT_ONCE } from '../build/worker-pool';
import { checkWacz } from '../web-archive/wacz';
import { sha256Hex } from './captures';

/** The manifest files the build writes at the site's root; they do not list themselves. */
export const MANIFEST_TXT = 'manifest-sha256.txt';
export const MANIFEST_JSON = 'manifest-sha256.json';

export interface ManifestEntry {
  path: string;
  sha256: string;
}

/** Every file under `dir` except the manifests, as sorted `/`-separated paths relative to it. */
export async function siteFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return names
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST_TXT && path !== MANIFEST_JSON)
    .sort();
}

/**
 * The pages among a site's files, as the folder each is served from ('' for the home page).
 *
 * @example
 * pagesOf(['index.html', 'search/index.html', 'cite.bib']); // [{ pathname: '' }, { pathname: 'search/' }]
 */
export function pagesOf(files: readonly string[]): { pathname: string }[] {
  return files
    .filter((path) => path === 'index.html' || path.endsWith('/index.html'))
    .map((path) => ({ pathname: path.slice(0, -'index.html'.length) }));
}

/** Every page of a built site, as the folder it is served from ('' for the home page, 'search/' ...). */
export async function sitePages(dir: string): Promise<{ pathname: string }[]> {
  return pagesOf(await siteFiles(dir));
}

/** How much of a file is read at a time while it is hashed. */
const HASH_CHUNK = 64 * 1024;

/** Read buffers not in use: one per file being hashed, then kept for the next file. */
const spareBuffers: Buffer[] = [];

/**
 * A file's SHA-256, read through a buffer that is used again for the next file. Hashing a whole
 * site this way allocates a buffer per file read at once, not one per file: read whole, the
 * files left their buffers waiting to be collected in the build's process while Pagefind's was
 * at its peak (docs/performance.md).
 *
 * @example
 * await fileSha256('dist/index.html'); // '3a7bd3e2...'
 */
export async function fileSha256(file: string): Promise<string> {
  const handle = await open(file, 'r');
  const buffer = spareBuffers.pop() ?? Buffer.allocUnsafe(HASH_CHUNK);
  try {
    const hash = createHash('sha256');
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, HASH_CHUNK, null);
      if (bytesRead === 0) return hash.digest('hex');
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    spareBuffers.push(buffer);
    await handle.close();
  }
}

/** SHA-256 of every file of a built site. */
export async function hashSite(dir: string): Promise<ManifestEntry[]> {
  return inBatches(await siteFiles(dir), READS_AT_ONCE, async (path) => ({
    path,
    sha256: await fileSha256(join(dir, path)),
  }));
}

/** A file's SHA-256 with the stamp the file had just before it was read. */
export interface StampedEntry extends ManifestEntry {
  stamp: string;
}

/**
 * What tells a written file from an unchanged one: inode, size and the modification and change
 * times to the nanosecond. Any write changes the change time, which no program can set back.
 */
async function stampOf(file: string): Promise<string> {
  const s = await stat(file, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** SHA-256 of the files at `paths` under `dir`, each with its stamp, for `rehashChanged`. */
export async function hashStamped(dir: string, paths: readonly string[]): Promise<StampedEntry[]> {
  return inBatches(paths, READS_AT_ONCE, async (path) => {
    const stamp = await stampOf(join(dir, path));
    return { path, stamp, sha256: await fileSha256(join(dir, path)) };
  });
}

/**
 * SHA-256 of every file of the site `dir` as it is now, taking the `earlier` hash of each file
 * whose stamp has not changed since and reading the others: files written, rewritten or added
 * after `earlier` was taken are hashed again, and files removed are not listed.
 *
 * @example
 * const earlier = await hashStamped(dir, await siteFiles(dir));
 * // ... the search index is written into dir/pagefind/ and dir/search/index.html rewritten ...
 * await rehashChanged(dir, earlier); // what hashSite(dir) gives, reading only those files
 */
export async function rehashChanged(dir: string, earlier: readonly StampedEntry[]): Promise<ManifestEntry[]> {
  const known = new Map(earlier.map((entry) => [entry.path, entry]));
  return inBatches(await siteFiles(dir), READS_AT_ONCE, async (path) => {
    const before = known.get(path);
    if (before && before.stamp === (await stampOf(join(dir, path)))) return { path, sha256: before.sha256 };
    return { path, sha256: await fileSha256(join(dir, path)) };
  });
}

/** BagIt's manifest form: "<sha256>  <path>" per line, sorted by path. */
export function manifestText(entries: readonly ManifestEntry[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}

/** The same listing as JSON, for programs. */
export function manifestJson(entries: readonly ManifestEntry[]): string {
  return `${JSON.stringify({ algorithm: 'sha256', files: entries }, null, 2)}\n`;
}

/** Reads a manifest-sha256.txt, throwing on a line that is not "<64 hex>  <path>". */
export function parseManifest(text: string): ManifestEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const match = /^([0-9a-f]{64})\s+(\S.*)$/.exec(line);
      if (!match) throw new Error(`${MANIFEST_TXT} line ${i + 1} is not "<sha256>  <path>": ${line.slice(0, 80)}`);
      return { sha256: match[1]!, path: match[2]! };
    });
}

/**
 * Compares a site's files with its manifest: one message per file changed, missing or not listed.
 * With `expected`, the manifest itself must also have that SHA-256 (recorded outside the site).
 */
export async function verifySite(dir: string, manifest: string, expected?: string): Promise<string[]> {
  const problems: string[] = [];
  if (expected && sha256Hex(manifest) !== expected.toLowerCase()) {
    problems.push(`${MANIFEST_TXT}: its SHA-256 is ${sha256Hex(manifest)}, not the expected ${expected}`);
  }
  const listed = new Map(parseManifest(manifest).map((e) => [e.path, e.sha256]));
  const actual = new Map((await hashSite(dir)).map((e) => [e.path, e.sha256]));
  for (const [path, hash] of listed) {
    const now = actual.get(path);
    if (now === undefined) problems.push(`${path}: listed in the manifest but missing`);
    else if (now !== hash)
      problems.push(`${path}: changed (manifest ${hash.slice(0, 12)}…, file ${now.slice(0, 12)}…)`);
  }
  for (const path of actual.keys()) {
    if (!listed.has(path)) problems.push(`${path}: not listed in the manifest`);
  }
  // A WACZ carries its own digests, which a replay tool or another archive will check.
  for (const path of [...actual.keys()].filter((p) => p.endsWith('.wacz'))) {
    const { problems: inside } = await checkWacz(await readFile(join(dir, path)));
    problems.push(...inside.map((problem) => `${path}: ${problem}`));
  }
  return problems;
}

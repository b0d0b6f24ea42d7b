import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ahead, inBatches, READS_AT_ONCE } from '../../lib/build/worker-pool';
import { isStoryAddress } from '../../lib/archive/permalinks';
import {
  partitionBase,
  partitionKey,
  partitionOf,
  searchOrder,
  SEARCH_ROOT,
  withPartitionList,
  type PartitionKey,
} from '../../lib/search/partitions';
import { shardPageLimit, shardPages } from '../../lib/search/shards';
import { headersFile, searchWorkerHeaders } from '../../lib/web-archive/static-headers';

/** Stops the build with Pagefind's own messages when a Pagefind call reports errors. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/** Total pages across the languages listed in Pagefind's pagefind-entry.json. */
export function indexedPageCount(entry: { languages: Record<string, { page_count: number }> }): number {
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Pagefind's ready-made search interfaces; the archive has its own, so they are not published. */
export const UNUSED_BUNDLES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/** The scripts the search page and article pages load from the search root, once for every partition. */
const ROOT_SCRIPTS = ['pagefind.js', 'pagefind-highlight.js'];

/** Everything Pagefind writes that a merged shard does not use: its partition's first shard's copy serves. */
const PRIMARY_ONLY = /^(pagefind(-worker|-highlight)?\.js|wasm\..*\.pagefind)$/;

/** The settings every index is created with; part of what a cached partition must match. */
const INDEX_SETTINGS = { forceLanguage: 'en' } as const;

/** Pagefind's version, part of what a cached partition must match. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

/** How many pages are on their way to Pagefind at once. */
const ADDS_AT_ONCE = 16;

/**
 * Settings for the allocator built into Pagefind's binary (jemalloc, which reads them from this
 * variable of the environment the Node API starts Pagefind in): one arena for all of Pagefind's
 * threads instead of four per core, so memory one thread frees is there for the next. Its effect
 * on the peak is measured in docs/performance.md.
 */
export const PAGEFIND_ALLOCATOR = { variable: '_RJEM_MALLOC_CONF', settings: 'narenas:1' } as const;

/** The attribute Pagefind reads to find the part of a page to index. */
const BODY = 'data-pagefind-body';

const readPage = (dir: string, path: string) => readFile(join(dir, path), 'utf8').catch(() => null);

type Logger = { info: (message: string) => void };

/** One shard for {@link writeShard}: which pages go where, and what runs around the write. */
interface ShardJob {
  /** The staged site. */
  dir: string;
  /** Its pages, paths relative to `dir`, in the order Pagefind numbers them. */
  files: readonly string[];
  /** Where the shard's index goes, as an address under the site. */
  base: string;
  /** The primary shard keeps Pagefind's scripts and WebAssembly; the others use its copy. */
  primary: boolean;
  /** Settled before Pagefind builds the index, its most memory-hungry step. */
  beforeWriting: Promise<unknown>;
  /** Called once while Pagefind's own process builds and writes the index. */
  whileWriting: () => void;
  logger: Logger;
}

/**
 * Gives Pagefind the pages among `files` that mark a body for the index, in path order (the
 * index must come out byte for byte the same on every build, and pages in path order keep its
 * sort-by-date table small), each read once, the next ones read while it works. Up to
 * ADDS_AT_ONCE pages are sent before the first is acknowledged, so Pagefind never waits for the
 * next page. Returns how many pages were given.
 */
async function sendPages(index: pagefind.PagefindIndex, dir: string, files: readonly string[]): Promise<number> {
  let sent = 0;
  const pages = ahead(files, READS_AT_ONCE, async (sourcePath) => ({
    sourcePath,
    content: await readPage(dir, sourcePath),
  }));
  const adding: Promise<unknown>[] = [];
  for await (const { sourcePath, content } of pages) {
    if (content === null || !content.includes(BODY)) continue;
    sent++;
    const added = index.addHTMLFile({ sourcePath, content }).then((r) => check(`adding ${sourcePath}`, r));
    // Awaited below, in order; handled here so that a failure waiting its turn is not reported
    // as unhandled first.
    added.catch(() => {});
    adding.push(added);
    if (adding.length >= ADDS_AT_ONCE) await adding.shift();
  }
  await Promise.all(adding);
  return sent;
}

/** Removes what Pagefind wrote to `outputPath` that the archive does not serve from there. */
async function removeUnused(outputPath: string, primary: boolean): Promise<void> {
  const unused = primary
    ? UNUSED_BUNDLES
    : (await readdir(outputPath)).filter((f) => PRIMARY_ONLY.test(f) || UNUSED_BUNDLES.includes(f));
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));
}

/**
 * How many pages the index in `outputPath` holds, from its entry file. A failed write can return
 * without files; the entry file proves the index exists.
 */
async function pagesInIndex(outputPath: string): Promise<number> {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`Pagefind wrote no index to ${outputPath}`);
  return indexedPageCount(JSON.parse(await readFile(entryFile, 'utf8')));
}

/**
 * Writes one index of a shard's pages and returns how many pages it holds. Pagefind's service is
 * closed afterwards, which frees its memory before the next shard is built.
 */
async function writeShard(job: ShardJob): Promise<number> {
  try {
    // One index for the whole archive, whatever each article's language, so one search finds them all.
    const { index } = check('createIndex', await pagefind.createIndex(INDEX_SETTINGS));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const expected = await sendPages(index, job.dir, job.files);
    job.logger.info(`Gave Pagefind ${expected} pages to index into ${job.base}`);
    // What reading and encoding the pages left behind is collected now (the build runs with
    // --expose-gc), not left in place while Pagefind's own process is at its peak, to which the
    // two processes' memory adds up.
    (globalThis as { gc?: () => void }).gc?.();
    await job.beforeWriting;
    job.whileWriting();
    const outputPath = join(job.dir, job.base);
    check('writeFiles', await index.writeFiles({ outputPath }));
    await removeUnused(outputPath, job.primary);
    const indexed = await pagesInIndex(outputPath);
    if (indexed !== expected) {
      throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages have an article body`);
    }
    return indexed;
  } finally {
    await pagefind.close();
  }
}

/** How {@link buildSearchIndex} runs beside the rest of the build. */
export interface SearchIndexOptions {
  logger: Logger;
  /** Pages per shard of a partition; by default ARCHIVE_SEARCH_SHARD_PAGES or src/lib/search/shards.ts' default. */
  limit?: number;
  /** The period that makes a partition; by default ARCHIVE_SEARCH_PARTITION, or a year. */
  key?: PartitionKey;
  /**
   * A folder that keeps each partition's index with the fingerprint of its pages, so that the next
   * build copies a partition whose pages are unchanged instead of indexing it again. None: every
   * partition is indexed.
   */
  cacheDir?: string;
  /** Called once, while Pagefind's own process builds and writes an index (or once all are copied). */
  whileWriting?: () => void;
  /** Settled before Pagefind builds the first index; if it fails, nothing is written. */
  beforeWriting?: Promise<unknown>;
}

/** An indexed page as the fingerprint of its partition sees it. */
interface IndexedPage {
  path: string;
  sha256: string;
}

/**
 * What a partition's index is made from: Pagefind's version and settings, the shard limit, and
 * each page's path and content, in order. Equal fingerprints give byte-identical indexes, because
 * Pagefind's output depends on nothing else (docs/search.md).
 */
function partitionFingerprint(name: string, pages: readonly IndexedPage[], limit: number): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ pagefind: PAGEFIND_VERSION, settings: INDEX_SETTINGS, limit, name }));
  for (const page of pages) hash.update(`\n${page.path}\0${page.sha256}`);
  return hash.digest('hex');
}

const FINGERPRINT_FILE = 'fingerprint';

/** The pages of the site that mark a body for the index, each with its content's SHA-256, in path order. */
async function indexablePages(dir: string, files: readonly string[]): Promise<IndexedPage[]> {
  const read = await inBatches(files, READS_AT_ONCE, async (path) => {
    const content = await readPage(dir, path);
    if (content === null || !content.includes(BODY)) return null;
    return { path, sha256: createHash('sha256').update(content).digest('hex') };
  });
  return read.filter((page) => page !== null);
}

/** How many pages the indexes of a partition's shards hold together. */
async function pagesInPartition(dir: string, bases: readonly string[]): Promise<number> {
  let total = 0;
  for (const base of bases) total += await pagesInIndex(join(dir, base));
  return total;
}

/**
 * Copies a partition's index from the cache when its fingerprint matches and it holds the number
 * of pages expected. Returns the shard addresses, or null when the partition must be indexed.
 */
async function fromCache(
  cacheDir: string,
  dir: string,
  name: string,
  fingerprint: string,
  pages: number,
): Promise<string[] | null> {
  const cached = join(cacheDir, name);
  const stored = await readFile(join(cached, FINGERPRINT_FILE), 'utf8').catch(() => '');
  if (stored !== fingerprint) return null;
  const out = join(dir, partitionBase(name));
  await rm(out, { recursive: true, force: true });
  await cp(join(cached, 'index'), out, { recursive: true });
  const bases = [
    partitionBase(name),
    ...(await readdir(out))
      .filter((f) => /^shard-\d+$/.test(f))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
      .map((f) => `${partitionBase(name)}${f}/`),
  ];
  // A cache that lost or gained files is no cache: the partition is indexed again.
  if ((await pagesInPartition(dir, bases).catch(() => -1)) !== pages) return null;
  return bases;
}

/** Keeps a partition's freshly written index in the cache, the fingerprint last. */
async function toCache(cacheDir: string, dir: string, name: string, fingerprint: string): Promise<void> {
  const cached = join(cacheDir, name);
  await rm(cached, { recursive: true, force: true });
  await mkdir(cached, { recursive: true });
  await cp(join(dir, partitionBase(name)), join(cached, 'index'), { recursive: true });
  await writeFile(join(cached, FINGERPRINT_FILE), fingerprint);
}

/**
 * Moves the scripts every page loads from the search root (Pagefind's search API and its
 * highlighter) out of the partitions: the first partition's copy goes to the root, the others'
 * are removed. Pagefind writes the same bytes into every partition.
 */
async function placeRootScripts(dir: string, names: readonly string[]): Promise<void> {
  for (const [i, name] of names.entries()) {
    for (const file of ROOT_SCRIPTS) {
      const from = join(dir, partitionBase(name), file);
      if (i === 0) await rename(from, join(dir, SEARCH_ROOT, file));
      else await rm(from, { force: true });
    }
  }
}

/**
 * Gives each partition's search worker its headers in the static host's `_headers`, written by the
 * build's other process before the index is finished (a site without the file is left without).
 */
async function addWorkerHeaders(dir: string, names: readonly string[]): Promise<void> {
  const file = join(dir, '_headers');
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return;
  await writeFile(file, text + headersFile(names.map((name) => searchWorkerHeaders(partitionBase(name)))));
}

/**
 * Indexes the built site with Pagefind's Node API, one index per partition (src/lib/search/
 * partitions.ts) under `dir/pagefind/<partition>/`, and lists the partitions in the search page.
 * A partition above `limit` pages is written in shards, one after another. With a `cacheDir`, a
 * partition whose pages are unchanged since the last build is copied from there, byte for byte
 * what indexing it again would write. Any Pagefind error, or an index that misses an article
 * page, fails the build. Returns how many pages the partitions hold together.
 *
 * Pagefind builds its first index, its most memory-hungry step, only once every page of it has
 * been sent and `beforeWriting` has settled (the build's other work on the site done, and its
 * memory freed); if `beforeWriting` fails, so does this, and nothing is written. `whileWriting` is
 * then called once, while Pagefind's own process builds and writes that index (half the step,
 * this process otherwise waiting): the build hashes the site meanwhile.
 */
export async function buildSearchIndex(
  dir: string,
  pages: readonly { pathname: string }[],
  options: SearchIndexOptions,
): Promise<number> {
  const {
    logger,
    limit = shardPageLimit(process.env.ARCHIVE_SEARCH_SHARD_PAGES),
    key = partitionKey(process.env.ARCHIVE_SEARCH_PARTITION),
    cacheDir,
    beforeWriting = Promise.resolve(),
  } = options;
  let whileWriting = options.whileWriting ?? (() => {});
  // Pagefind's process inherits this one's environment; settings made by whoever runs the build win.
  process.env[PAGEFIND_ALLOCATOR.variable] ??= PAGEFIND_ALLOCATOR.settings;
  // A story's plain address holds a copy of its newest snapshot's page; only the snapshot's own
  // address is indexed, so search lists each story once, at its permanent address.
  const files = pages
    .filter(({ pathname }) => !isStoryAddress(`/${pathname}`))
    .map(({ pathname }) => join(pathname, 'index.html'))
    .sort();
  const byPartition = Map.groupBy(await indexablePages(dir, files), (page) => partitionOf(page.path, key));
  const names = searchOrder(byPartition.keys());
  const bases: string[] = [];
  let indexed = 0;
  let copied = 0;
  for (const name of names) {
    const partition = byPartition.get(name)!;
    const fingerprint = partitionFingerprint(name, partition, limit);
    const cached = cacheDir ? await fromCache(cacheDir, dir, name, fingerprint, partition.length) : null;
    if (cached) {
      bases.push(...cached);
      indexed += partition.length;
      copied++;
      continue;
    }
    for (const [i, shard] of shardPages(partition, limit).entries()) {
      const base = partitionBase(name, i);
      indexed += await writeShard({
        dir,
        files: shard.map((page) => page.path),
        base,
        primary: i === 0,
        beforeWriting,
        whileWriting,
        logger,
      });
      whileWriting = () => {};
      bases.push(base);
    }
    if (cacheDir) await toCache(cacheDir, dir, name, fingerprint);
  }
  await beforeWriting;
  whileWriting();
  if (names.length === 0) throw new Error('No built page has an article body to index');
  await placeRootScripts(dir, names);
  const searchPage = join(dir, 'search/index.html');
  await writeFile(searchPage, withPartitionList(await readFile(searchPage, 'utf8'), bases));
  await addWorkerHeaders(dir, names);
  logger.info(
    `Indexed ${indexed} pages, every page with a body to index, in ${names.length} partitions under ${join(dir, SEARCH_ROOT)}` +
      (copied > 0 ? ` (${copied} unchanged, copied from ${cacheDir})` : ''),
  );
  return indexed;
}

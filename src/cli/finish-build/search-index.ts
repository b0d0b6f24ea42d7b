import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ahead, inBatches, READS_AT_ONCE } from '../../lib/build/worker-pool';
import { isStoryAddress } from '../../lib/archive/permalinks';
import { PRIMARY_SHARD, shardBase, shardPageLimit, shardPages, withShardList } from '../../lib/search/shards';

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

/** Everything Pagefind writes that a merged shard does not use: the primary shard's copy serves. */
const PRIMARY_ONLY = /^(pagefind(-worker|-highlight)?\.js|wasm\..*\.pagefind)$/;

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
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
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
  /** Pages per shard; by default ARCHIVE_SEARCH_SHARD_PAGES or src/lib/search/shards.ts' default. */
  limit?: number;
  /** Called once, while Pagefind's own process builds and writes the first shard's index. */
  whileWriting?: () => void;
  /** Settled before the first shard's index is built; if it fails, nothing is written. */
  beforeWriting?: Promise<unknown>;
}

/**
 * Indexes the built site with Pagefind's Node API into `dir/pagefind/`: one index, or above
 * `limit` pages several shards built one after another (src/lib/search/shards.ts), which the
 * search page then lists. Any Pagefind error, or an index that misses an article page, fails the
 * build.
 *
 * Pagefind builds the first shard's index, its most memory-hungry step, only once every page
 * of it has been sent and `beforeWriting` has settled (the build's other work on the site done,
 * and its memory freed); if `beforeWriting` fails, so does this, and nothing is written.
 * `whileWriting` is then called once, while Pagefind's own process builds and writes the index
 * (half the step, this process otherwise waiting): the build hashes the site meanwhile. With
 * several shards, that hashing goes on while the pages of the next shards are sent.
 */
export async function buildSearchIndex(
  dir: string,
  pages: readonly { pathname: string }[],
  options: SearchIndexOptions,
): Promise<number> {
  const {
    logger,
    limit = shardPageLimit(process.env.ARCHIVE_SEARCH_SHARD_PAGES),
    whileWriting = () => {},
    beforeWriting = Promise.resolve(),
  } = options;
  // Pagefind's process inherits this one's environment; settings made by whoever runs the build win.
  process.env[PAGEFIND_ALLOCATOR.variable] ??= PAGEFIND_ALLOCATOR.settings;
  // A story's plain address holds a copy of its newest snapshot's page; only the snapshot's own
  // address is indexed, so search lists each story once, at its permanent address.
  const files = pages
    .filter(({ pathname }) => !isStoryAddress(`/${pathname}`))
    .map(({ pathname }) => join(pathname, 'index.html'))
    .sort();
  // With more pages than one shard takes, a first pass finds those with a body to share out.
  const indexable =
    files.length <= limit
      ? files
      : (
          await inBatches(files, READS_AT_ONCE, async (f) => ((await readPage(dir, f))?.includes(BODY) ? f : null))
        ).filter((f) => f !== null);
  const shards = shardPages(indexable, limit);
  let indexed = 0;
  for (const [i, shard] of shards.entries()) {
    const first = i === 0;
    indexed += await writeShard({
      dir,
      files: shard,
      base: shardBase(i),
      primary: first,
      beforeWriting: first ? beforeWriting : Promise.resolve(),
      whileWriting: first ? whileWriting : () => {},
      logger,
    });
  }
  if (shards.length > 1) {
    const searchPage = join(dir, 'search/index.html');
    await writeFile(
      searchPage,
      withShardList(
        await readFile(searchPage, 'utf8'),
        shards.map((_, i) => shardBase(i)),
      ),
    );
  }
  const where =
    shards.length === 1 ? join(dir, PRIMARY_SHARD) : `${shards.length} shards under ${join(dir, PRIMARY_SHARD)}`;
  logger.info(`Indexed ${indexed} pages, every page with a body to index, into ${where}`);
  return indexed;
}

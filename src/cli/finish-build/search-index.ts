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
 * threads instead of four per core, so memory one thread frees is there for the next. Indexing the
 * same 10,000 article pages on two cores, Pagefind's process peaked at 3,806 to 3,818 MiB in three
 * runs instead of 3,906 and 3,915 MiB in two, taking 79 to 105 s instead of 99 to 107 s, with the
 * same index. Also returning freed memory to the system at once (`dirty_decay_ms:0`) took the peak
 * to 3,682 MiB, but the step to 160 to 185 s.
 */
export const PAGEFIND_ALLOCATOR = { variable: '_RJEM_MALLOC_CONF', settings: 'narenas:1' } as const;

/** The attribute Pagefind reads to find the part of a page to index. */
const BODY = 'data-pagefind-body';

const readPage = (dir: string, path: string) => readFile(join(dir, path), 'utf8').catch(() => null);

/**
 * Writes one index of `files` (those that mark a body) to `dir` + `base`, and returns how many
 * pages it holds. Pagefind's service is closed afterwards, which frees its memory before the
 * next shard is built.
 */
async function writeShard(
  dir: string,
  files: readonly string[],
  base: string,
  primary: boolean,
  whileWriting: () => void,
  beforeWriting: Promise<unknown>,
  logger: { info: (message: string) => void },
): Promise<number> {
  let expected = 0;
  try {
    // One index for the whole archive, whatever each article's language, so one search finds them all.
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Only the pages that mark a body for the index are given to Pagefind, in path order (the
    // index must come out byte for byte the same on every build), each read once, the next ones
    // read while it works. Path order matters to readers too: Pagefind numbers the pages in the
    // order it gets them, and pages in path order (publication, then day) keep its sort-by-date
    // table small. Left to read a folder of the same pages itself, Pagefind took 8-10 s instead of
    // 23 s at 10,000 articles, but numbered them in its own order, and the metadata every first
    // search fetches grew by 1.4 KB, past the 300 KB budget. Up to ADDS_AT_ONCE pages are sent
    // before the first is acknowledged, so Pagefind is never idle waiting for the next page: a
    // third less time than one at a time, and the same index.
    const pages = ahead(files, READS_AT_ONCE, async (sourcePath) => ({
      sourcePath,
      content: await readPage(dir, sourcePath),
    }));
    const adding: Promise<unknown>[] = [];
    for await (const { sourcePath, content } of pages) {
      if (content === null || !content.includes(BODY)) continue;
      expected++;
      const added = index.addHTMLFile({ sourcePath, content }).then((r) => check(`adding ${sourcePath}`, r));
      // Awaited below, in order; handled here so that a failure waiting its turn is not reported
      // as unhandled first.
      added.catch(() => {});
      adding.push(added);
      if (adding.length >= ADDS_AT_ONCE) await adding.shift();
    }
    await Promise.all(adding);
    logger.info(`Gave Pagefind ${expected} pages to index into ${base}`);
    // Every page has been sent; what reading and encoding them left behind is collected now
    // (the build runs with --expose-gc), not left in place while Pagefind's own process is at its
    // peak, to which the two processes' memory adds up: about 100 MB less at 10,000 articles.
    (globalThis as { gc?: () => void }).gc?.();
    await beforeWriting;
    whileWriting();
    const outputPath = join(dir, base);
    check('writeFiles', await index.writeFiles({ outputPath }));
    const unused = primary
      ? UNUSED_BUNDLES
      : (await readdir(outputPath)).filter((f) => PRIMARY_ONLY.test(f) || UNUSED_BUNDLES.includes(f));
    await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));
    // A failed write can return without files; the entry file proves the index exists and says
    // how many pages it holds.
    const entryFile = join(outputPath, 'pagefind-entry.json');
    if (!existsSync(entryFile)) throw new Error(`Pagefind wrote no index to ${outputPath}`);
    const indexed = indexedPageCount(JSON.parse(await readFile(entryFile, 'utf8')));
    if (indexed !== expected) {
      throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages have an article body`);
    }
    return indexed;
  } finally {
    await pagefind.close();
  }
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
  logger: { info: (message: string) => void },
  limit = shardPageLimit(process.env.ARCHIVE_SEARCH_SHARD_PAGES),
  whileWriting: () => void = () => {},
  beforeWriting: Promise<unknown> = Promise.resolve(),
): Promise<number> {
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
    indexed += await writeShard(
      dir,
      shard,
      shardBase(i),
      i === 0,
      i === 0 ? whileWriting : () => {},
      i === 0 ? beforeWriting : Promise.resolve(),
      logger,
    );
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

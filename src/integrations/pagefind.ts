import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { inBatches, READS_AT_ONCE } from '../lib/batches';
import { isStoryAddress } from '../lib/permalinks';
import { PRIMARY_SHARD, shardBase, shardPageLimit, shardPages, withShardList } from '../lib/search-shards';

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

/** The attribute Pagefind reads to find the part of a page to index. */
const BODY = 'data-pagefind-body';

const readPage = (dir: string, path: string) => readFile(join(dir, path), 'utf8').catch(() => null);

/**
 * Gathers `files` of the site `dir` into a new folder beside it, as hard links (copies where the
 * file system has none), for Pagefind to read as a folder: exactly the pages chosen here, with
 * the addresses they have in the site.
 */
async function gatherPages(dir: string, files: readonly string[]): Promise<string> {
  const into = await mkdtemp(join(dirname(resolve(dir)), '.search-pages-'));
  await inBatches(files, READS_AT_ONCE, async (file) => {
    const [from, to] = [join(dir, file), join(into, file)];
    await mkdir(dirname(to), { recursive: true });
    await link(from, to).catch(() => copyFile(from, to));
  });
  return into;
}

/**
 * Writes one index of the pages among `files` that mark a body to `dir` + `base`, and returns how
 * many pages it holds. Pagefind reads the pages itself, from a folder that holds only `files`:
 * at 10,000 articles its own reading took 8 to 10 s where sending it each page took 23 s, and
 * the build's Node process stayed at 70 MB instead of 360 MB beside Pagefind's 4 GB. Its service
 * is closed afterwards, which frees its memory before the next shard is built.
 */
async function writeShard(dir: string, files: readonly string[], base: string, primary: boolean): Promise<number> {
  const pages = await gatherPages(dir, files);
  try {
    // One index for the whole archive, whatever each article's language, so one search finds them all.
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    check(`adding ${files.length} pages`, await index.addDirectory({ path: pages }));
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
    return indexedPageCount(JSON.parse(await readFile(entryFile, 'utf8')));
  } finally {
    await pagefind.close();
    await rm(pages, { recursive: true, force: true });
  }
}

/** The pages among `files` that mark a body for the index. */
const withBody = async (dir: string, files: readonly string[]) =>
  (await inBatches(files, READS_AT_ONCE, async (f) => ((await readPage(dir, f))?.includes(BODY) ? f : null))).filter(
    (f) => f !== null,
  );

/**
 * Indexes the built site with Pagefind's Node API into `dir/pagefind/`: one index, or above
 * `limit` pages several shards built one after another (src/lib/search-shards.ts), which the
 * search page then lists. Any Pagefind error, or an index that misses an article page, fails the
 * build.
 */
export async function buildSearchIndex(
  dir: string,
  pages: readonly { pathname: string }[],
  logger: { info: (message: string) => void },
  limit = shardPageLimit(process.env.ARCHIVE_SEARCH_SHARD_PAGES),
): Promise<number> {
  // A story's plain address holds a copy of its newest snapshot's page; only the snapshot's own
  // address is indexed, so search lists each story once, at its permanent address.
  const files = pages
    .filter(({ pathname }) => !isStoryAddress(`/${pathname}`))
    .map(({ pathname }) => join(pathname, 'index.html'))
    .sort();
  // Pagefind indexes only the pages that mark a body. Up to the limit it is given every page and
  // finds them itself; above it, the pages with a body are found first, to be dealt out evenly.
  // Either way the pages keep their path order, and the index is the same on every build.
  const single = files.length <= limit;
  const indexable = single ? undefined : await withBody(dir, files);
  const shards = indexable ? shardPages(indexable, limit) : [files];
  let indexed = 0;
  for (const [i, shard] of shards.entries()) indexed += await writeShard(dir, shard, shardBase(i), i === 0);
  // Counted once Pagefind has exited, so that the pages read here do not add to its peak memory.
  const expected = (indexable ?? (await withBody(dir, files))).length;
  if (indexed !== expected) {
    throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages have an article body`);
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

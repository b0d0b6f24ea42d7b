import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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

/**
 * Indexes the built site with Pagefind's Node API and writes the index to `dist/pagefind/`.
 * Any Pagefind error, or an index that misses an article page, fails the build.
 */
export async function buildSearchIndex(
  dir: string,
  pages: readonly { pathname: string }[],
  logger: { info: (message: string) => void },
): Promise<number> {
  // In path order: Pagefind numbers pages in the order they arrive, and the index must come out
  // byte for byte the same on every build.
  const files = pages.map(({ pathname }) => join(pathname, 'index.html')).sort();
  let expected = 0;
  try {
    // One index for the whole archive, whatever each article's language, so one search finds them all.
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Only the pages that mark a body for the index (`data-pagefind-body`) are given to Pagefind,
    // one at a time, each read once. Given the whole folder, it keeps every page it reads until it
    // knows whether any page marks a body: 5 GB at 10,000 articles.
    for (const sourcePath of files) {
      const content = await readFile(join(dir, sourcePath), 'utf8').catch(() => null);
      if (content === null || !content.includes('data-pagefind-body')) continue;
      expected++;
      check(`adding ${sourcePath}`, await index.addHTMLFile({ sourcePath, content }));
    }
    const outputPath = join(dir, 'pagefind');
    check('writeFiles', await index.writeFiles({ outputPath }));
    await Promise.all(UNUSED_BUNDLES.map((file) => rm(join(outputPath, file), { force: true })));
    // A failed write can return without files; the entry file proves the index exists and says
    // how many pages it holds.
    const entryFile = join(outputPath, 'pagefind-entry.json');
    if (!existsSync(entryFile)) throw new Error(`Pagefind wrote no index to ${outputPath}`);
    const indexed = indexedPageCount(JSON.parse(await readFile(entryFile, 'utf8')));
    if (indexed !== expected) {
      throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages have an article body`);
    }
    logger.info(`Indexed ${indexed} pages, every page with a body to index, into ${outputPath}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}

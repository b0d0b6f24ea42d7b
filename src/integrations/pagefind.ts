import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Stops the build with Pagefind's own messages when a Pagefind call reports errors. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  }
  return response;
}

/** How many built pages mark an article body for the index. */
async function countIndexablePages(dir: string, pages: readonly { pathname: string }[]): Promise<number> {
  let count = 0;
  for (const { pathname } of pages) {
    const file = join(dir, pathname, 'index.html');
    if (existsSync(file) && (await readFile(file, 'utf8')).includes('data-pagefind-body')) count++;
  }
  return count;
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
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<number> {
  const expected = await countIndexablePages(dir, pages);
  try {
    // One index for the whole archive, whatever each article's language, so one search finds them all.
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count: found } = check('addDirectory', await index.addDirectory({ path: dir }));
    const outputPath = join(dir, 'pagefind');
    check('writeFiles', await index.writeFiles({ outputPath }));
    await Promise.all(UNUSED_BUNDLES.map((file) => rm(join(outputPath, file), { force: true })));
    // A failed write can return without files; the entry file proves the index exists and says
    // how many pages it holds (addDirectory counts every HTML file it read, indexed or not).
    const entryFile = join(outputPath, 'pagefind-entry.json');
    if (!existsSync(entryFile)) throw new Error(`Pagefind wrote no index to ${outputPath}`);
    const indexed = indexedPageCount(JSON.parse(await readFile(entryFile, 'utf8')));
    if (indexed !== expected) {
      throw new Error(`Pagefind indexed ${indexed} pages, but ${expected} built pages have an article body`);
    }
    logger.info(`Indexed ${indexed} article pages (of ${found} HTML files) into ${outputPath}`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), pages, logger);
      },
    },
  };
}

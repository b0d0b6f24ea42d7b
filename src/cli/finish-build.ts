/**
 * The second half of `npm run build`, run once `astro build` has exited: it indexes the staged
 * site with Pagefind, lists every file in the manifest, and only then publishes the staged site
 * as `dist/`. Pagefind runs here rather than in an Astro hook because it is the build's most
 * memory-hungry step: inside Astro's process the two together peaked at 8.6 GB on 10,000
 * articles; one after the other, the peak is the larger of the two.
 *
 * This process's own memory adds to Pagefind's at its peak, so `npm run build` starts it lean:
 * with Node itself rather than the `tsx` command (which keeps a second Node process waiting on
 * this one), `--expose-gc` so that what feeding the pages left behind is collected before the
 * index is built, and a small young generation (semi-spaces of 4 MB, `--max-semi-space-size=4`),
 * as it holds little but the pages on their way to Pagefind. At 10,000 articles this process
 * then took 180 MB at Pagefind's peak instead of 350 MB, in the same time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indexThenHash, writeManifest } from '../integrations/manifest';
import { pagesOf, siteFiles } from '../lib/manifest';
import { buildSearchIndex } from '../integrations/pagefind';
import { PUBLISHED_DIR, publishStaged, STAGING_DIR } from '../integrations/staged-output';

const root = process.cwd();
const staging = join(root, STAGING_DIR);
const published = join(root, PUBLISHED_DIR);

/** Log lines in the form Astro's own build prints. */
const logger = (name: string) => ({
  info: (message: string) => console.log(`${new Date().toISOString().slice(11, 19)} [${name}] ${message}`),
});

try {
  if (!existsSync(join(staging, 'index.html'))) {
    throw new Error(`${STAGING_DIR} holds no built site: run \`astro build\` first (\`npm run build\` does both)`);
  }
  const files = await siteFiles(staging);
  const entries = await indexThenHash(staging, files, (whileWriting) =>
    buildSearchIndex(staging, pagesOf(files), logger('archive-pagefind'), undefined, whileWriting),
  );
  await writeManifest(staging, entries, logger('archive-manifest'));
  await publishStaged(staging, published);
  logger('archive-staged-output').info(`Every step succeeded: the site is in ${published}/`);
} catch (error) {
  console.error(`The build stopped; ${published}/ is unchanged.\n${(error as Error).message}`);
  process.exit(1);
}

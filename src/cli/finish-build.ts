/**
 * The second half of `npm run build`, run once `astro build` has exited: it writes the files made
 * from the built pages, indexes the staged site with Pagefind, lists every file in the manifest,
 * and only then publishes the staged site as `dist/`. Pagefind runs here rather than in an Astro
 * hook because it is the build's most memory-hungry step: inside Astro's process the two together
 * peaked far above either alone; one after the other, the peak is the larger of the two
 * (docs/performance.md).
 *
 * Each snapshot's downloads, capture, TimeMap and story address and the static host's `_headers`
 * and `_redirects` are written by a process of its own (src/cli/finish-build/derived-files.ts)
 * while this one gives the pages to Pagefind, whose own process parses them: the two share the
 * machine's cores instead of waiting on each other. Pagefind builds the index only once that
 * process has exited, so the build's peak is still Pagefind's alone.
 *
 * This process's own memory adds to Pagefind's at its peak, so `npm run build` starts it lean:
 * with Node itself rather than the `tsx` command (which keeps a second Node process waiting on
 * this one), `--expose-gc` so that what feeding the pages left behind is collected before the
 * index is built, and a small young generation (`--max-semi-space-size=4`), as it holds little
 * but the pages on their way to Pagefind. Together they cut this process's memory at Pagefind's
 * peak, in the same time (docs/performance.md).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexThenHash, writeManifest } from './finish-build/write-manifest';
import { buildSearchIndex } from './finish-build/search-index';
import { PUBLISHED_DIR, publishStaged, STAGING_DIR } from '../integrations/staged-output';
import { stepLogger } from '../lib/build/log';
import { pagesOf, siteFiles } from '../lib/fixity/manifest';

const root = process.cwd();
const staging = join(root, STAGING_DIR);
const published = join(root, PUBLISHED_DIR);
/**
 * Each search partition's index with the fingerprint of its pages, beside Astro's own cache: the
 * next build copies the partitions whose pages did not change instead of indexing them again.
 */
const searchCache = join(root, '.cache/search');

/**
 * Runs src/cli/finish-build/derived-files.ts in a Node process of its own, its messages in this
 * one's output. `done` settles when it exits, and fails unless it succeeded.
 */
function writeDerivedFiles(): { done: Promise<void>; stop: () => void } {
  const program = fileURLToPath(new URL('./finish-build/derived-files.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', program], { cwd: root, stdio: 'inherit' });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`Writing the snapshot files and _headers failed (${signal ?? `exit code ${code}`}), as above`),
        );
    });
  });
  // Awaited below; a failure is reported there, not as unhandled while the pages are sent.
  done.catch(() => {});
  return { done, stop: () => child.exitCode === null && child.kill() };
}

let derived: ReturnType<typeof writeDerivedFiles> | undefined;
try {
  if (!existsSync(join(staging, 'index.html'))) {
    throw new Error(`${STAGING_DIR} holds no built site: run \`astro build\` first (\`npm run build\` does both)`);
  }
  const pages = pagesOf(await siteFiles(staging));
  derived = writeDerivedFiles();
  const [, entries] = await Promise.all([
    derived.done,
    indexThenHash(staging, (whileWriting) =>
      buildSearchIndex(staging, pages, {
        logger: stepLogger('archive-pagefind'),
        whileWriting,
        beforeWriting: derived!.done,
        cacheDir: searchCache,
      }),
    ),
  ]);
  await writeManifest(staging, entries, stepLogger('archive-manifest'));
  await publishStaged(staging, published);
  stepLogger('archive-staged-output').info(`Every step succeeded: the site is in ${published}/`);
} catch (error) {
  derived?.stop();
  console.error(`The build stopped; ${published}/ is unchanged.\n${(error as Error).message}`);
  process.exit(1);
}

import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where a build writes before it has succeeded, relative to the project. */
export const STAGING_DIR = '.dist-staging/';

/** Where the published site is, relative to the project. */
export const PUBLISHED_DIR = 'dist';

/** Where the site a build replaced stays until the next build starts. */
export const previousOf = (published: string) => `${published.replace(/\/$/, '')}.previous`;

/**
 * Makes `astro build` write into a staging folder instead of `dist/`. The rest of the build
 * (src/cli/finish-build.ts) indexes and checks that folder, and only then `publishStaged` moves
 * it over `dist/`: a build that fails at any point leaves the published site exactly as it was.
 */
export default function stagedOutput(): AstroIntegration {
  return {
    name: 'archive-staged-output',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const staging = new URL(STAGING_DIR, config.root);
        await rm(staging, { recursive: true, force: true });
        // The site the last build replaced is removed while this one works, not at its end:
        // removing a large site's files takes a while (docs/performance.md). `publishStaged`
        // finishes the job if this process ends first.
        rm(previousOf(fileURLToPath(new URL(PUBLISHED_DIR, config.root))), { recursive: true, force: true }).catch(
          () => {},
        );
        updateConfig({ outDir: staging });
      },
    },
  };
}

/**
 * Replaces the published site with the staged one by two renames. The old site is kept beside it
 * (`dist.previous/`) until the next build starts, which removes it while it builds.
 */
export async function publishStaged(staging: string, published: string): Promise<void> {
  const previous = previousOf(published);
  await rm(previous, { recursive: true, force: true });
  if (existsSync(published)) await rename(published, previous);
  await rename(staging, published);
}

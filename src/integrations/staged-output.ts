import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Where a build writes before it has succeeded, relative to the project. */
export const STAGING_DIR = '.dist-staging/';

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
        updateConfig({ outDir: staging });
      },
    },
  };
}

/** Replaces the published site with the staged one, keeping the old one until the new one is in place. */
export async function publishStaged(staging: string, published: string): Promise<void> {
  const previous = `${published.replace(/\/$/, '')}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(published)) await rename(published, previous);
  await rename(staging, published);
  await rm(previous, { recursive: true, force: true });
}

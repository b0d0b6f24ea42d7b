import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where a build writes before it has succeeded, relative to the project. */
export const STAGING_DIR = '.dist-staging/';

/**
 * Builds into a staging folder and moves it over `dist/` only when every step has succeeded: pages,
 * search index, _headers and manifests. A build that fails at any point leaves the published site
 * exactly as it was. Must be the last integration, so that its `astro:build:done` runs last.
 */
export default function stagedOutput(): AstroIntegration {
  let published: string | undefined;
  return {
    name: 'archive-staged-output',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        published = fileURLToPath(config.outDir);
        const staging = new URL(STAGING_DIR, config.root);
        await rm(staging, { recursive: true, force: true });
        updateConfig({ outDir: staging });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!published) return;
        const staging = fileURLToPath(dir);
        const previous = `${published.replace(/\/$/, '')}.previous`;
        await rm(previous, { recursive: true, force: true });
        if (existsSync(published)) await rename(published, previous);
        await rename(staging, published);
        await rm(previous, { recursive: true, force: true });
        logger.info(`Every step succeeded: the site is in ${published}`);
      },
    },
  };
}

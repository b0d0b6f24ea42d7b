import type { KnipConfig } from 'knip';

// knip finds the rest on its own: the Astro and Vitest configs, the npm scripts (src/cli/*.ts,
// bench/cli.ts) and the `new URL('./finish-build/derived-files.ts', import.meta.url)` that
// src/cli/finish-build.ts spawns. What follows is only what it cannot see.
const config: KnipConfig = {
  entry: [
    // html-validate reads it from the project's root (FileSystemConfigLoader in
    // tests/helpers/html-validate.ts); nothing imports it.
    '.htmlvalidate.mjs',
  ],
  ignoreDependencies: [
    // tests/helpers/axe.ts injects axe-core/axe.min.js into the page by its file path
    // (require.resolve), which knip does not count as an import.
    'axe-core',
  ],
  ignoreBinaries: [
    // bench/cli.ts runs Hugo as a baseline only when it is installed (apt-get install hugo); it is
    // not an npm package.
    'hugo',
  ],
};

export default config;

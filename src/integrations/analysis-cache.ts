import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYSIS_CACHE } from '../lib/analysis/article-analysis';
import { codeDigest } from '../lib/build/code-digest';
import { openDerivedCache, shareDerivedCache, type DerivedCache } from '../lib/build/derived-cache';

/**
 * Keeps each article's people and quotations (`src/lib/analysis/article-analysis.ts`) from one build to
 * the next, in `.cache/archive/article-analysis.json`: finding them again in every article slows
 * every build (docs/performance.md), though an article whose text, editor's attributions and
 * people registry are unchanged gives the same. Opened as the build starts, for the pages to share
 * (src/lib/analysis/people.ts), and written, with only this build's articles, once the pages are.
 */
export default function analysisCache(): AstroIntegration {
  let root = process.cwd();
  let cache: DerivedCache<unknown> | undefined;
  return {
    name: 'archive-analysis-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        const file = join(root, '.cache/archive/article-analysis.json');
        cache = await openDerivedCache(file, codeDigest(root, ['src/lib/analysis/article-analysis.ts']));
        shareDerivedCache(ANALYSIS_CACHE, cache);
      },
      'astro:build:done': async ({ logger }) => {
        if (!cache) return;
        await cache.save();
        const { kept, computed } = cache.counts;
        logger.info(
          `People and quotations found in ${computed} article text(s), taken from the last build for ${kept}`,
        );
      },
    },
  };
}

// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { markdownOptions } from './src/markdown/pipeline.ts';
import analysisCache from './src/integrations/analysis-cache.ts';
import contentCheck from './src/integrations/content-check.ts';
import stagedOutput from './src/integrations/staged-output.ts';
import { isChangesAddress, isStoryAddress } from './src/lib/archive/permalinks.ts';
import { siteUrl } from './src/lib/site-url.ts';

export default defineConfig({
  site: siteUrl(process.env.ARCHIVE_SITE),
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // Up to four pages are rendered at once, so one page's file writes overlap the next page's
    // rendering, which shortens the time spent writing pages (docs/performance.md).
    concurrency: 4,
  },
  // The build cache (content store, incremental pages) belongs to this folder, not to a shared
  // node_modules: copies of the project must not read each other's pages.
  cacheDir: './.cache/astro',
  experimental: {
    // Pages whose cacheKey (src/lib/build/render-keys.ts) and code are unchanged are copied from the
    // cache instead of rendered: adding one article re-renders only what lists it.
    incrementalBuild: true,
  },
  // 'jsx' (Astro 7's default) drops the whitespace between inline elements on separate lines,
  // which glues words together in the HTML that Pagefind indexes.
  compressHTML: true,
  markdown: {
    // Astro 7's default processor (Satteri) runs no remark/rehype plugins.
    processor: unified(markdownOptions),
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Astro writes the pages into a staging folder; src/cli/finish-build.ts then adds each
  // snapshot's downloads, capture, TimeMap and story address (plain files, not routes), the
  // static host's _headers and _redirects, the search index and the manifest, and publishes it
  // as dist/ (`npm run build` runs both).
  integrations: [
    contentCheck(),
    analysisCache(),
    // A story's plain address names its newest snapshot as canonical; the sitemap lists that.
    // Pages comparing two snapshots are derived from them and not listed either.
    sitemap({ filter: (page) => !isStoryAddress(page) && !isChangesAddress(page) }),
    stagedOutput(),
  ],
});

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeParagraphNumbers from './rehype-paragraph-numbers';
import remarkUnwrapPlaceholderLinks from './remark-unwrap-placeholder-links';
import { codeDigest } from '../lib/build/code-digest';
import { sanitizeSchema } from './sanitize-schema';

/**
 * Code outside this folder that it imports, relative to the project's root: what the plugins
 * share with the pages, and the digest's own code. The digest finds them by their imports; a copy
 * of this folder (the benchmark's bare Astro site) needs them beside it.
 */
export const SHARED_CODE = ['src/lib/build/code-digest.ts', 'src/lib/text/paragraph-ids.ts'];

/** The processor astro.config.mjs runs the plugins in (this folder imports only its types). */
const PROCESSOR = '@astrojs/markdown-remark';

/**
 * A digest of the code that renders an article: the files in this folder, the code its plugins
 * use from elsewhere in the project, and the version of every package they and the processor run
 * (with everything those depend on). Astro keeps each article's rendered HTML between builds and
 * renders it again only when the article or Astro's configuration changes; the plugins are
 * functions, which its comparison of configurations does not see, but a plugin's options are.
 * Given as an option to the last plugin, this digest makes a change to any of that code, an
 * upgraded plugin included, render every article again, as a build from a fresh clone would.
 */
export function markdownCodeDigest(root = process.cwd()): string {
  const files = readdirSync(join(root, 'src/markdown'))
    .filter((n) => n.endsWith('.ts'))
    .map((n) => `src/markdown/${n}`);
  return codeDigest(root, files, [PROCESSOR]);
}

/**
 * How article Markdown becomes HTML, shared by the build (astro.config.mjs) and the tests.
 * Raw HTML is parsed, then sanitised, and only then given ids (headings, then numbered
 * paragraphs), so sanitize cannot rename them.
 */
export const markdownOptions: { smartypants: false; remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } = {
  // Smartypants would rewrite the capture's straight quotes and dashes.
  smartypants: false,
  remarkPlugins: [remarkUnwrapPlaceholderLinks],
  rehypePlugins: [
    rehypeRaw,
    [rehypeSanitize, sanitizeSchema],
    rehypeSlug,
    [rehypeParagraphNumbers, { code: markdownCodeDigest() }],
  ],
};

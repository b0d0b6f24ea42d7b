import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeParagraphNumbers from './rehype-paragraph-numbers';
import remarkUnwrapPlaceholderLinks from './remark-unwrap-placeholder-links';
import { sanitizeSchema } from './sanitize-schema';

/** Code outside this folder that its plugins use, relative to the project's root. */
export const SHARED_CODE = ['src/lib/paragraph-ids.ts'];

/**
 * A digest of the code in this folder and of the code its plugins use from elsewhere. Astro keeps
 * each article's rendered HTML between builds and renders it again only when the article or
 * Astro's configuration changes; the plugins are functions, which its comparison of
 * configurations does not see, but a plugin's options are. Given as an option to the last plugin,
 * this digest makes any change to the archive's own Markdown code render every article again.
 */
export function markdownCodeDigest(root = process.cwd()): string {
  const dir = join(root, 'src/markdown');
  const files = [
    ...readdirSync(dir)
      .filter((n) => n.endsWith('.ts'))
      .sort()
      .map((n) => join('src/markdown', n)),
    ...SHARED_CODE,
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
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

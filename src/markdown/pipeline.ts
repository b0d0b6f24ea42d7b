import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeParagraphNumbers from './rehype-paragraph-numbers';
import remarkUnwrapPlaceholderLinks from './remark-unwrap-placeholder-links';
import { sanitizeSchema } from './sanitize-schema';

/**
 * How article Markdown becomes HTML, shared by the build (astro.config.mjs) and the tests.
 * Raw HTML is parsed, then sanitised, and only then given ids (headings, then numbered
 * paragraphs), so sanitize cannot rename them.
 */
export const markdownOptions: { smartypants: false; remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } = {
  // Smartypants would rewrite the capture's straight quotes and dashes.
  smartypants: false,
  remarkPlugins: [remarkUnwrapPlaceholderLinks],
  rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeSlug, rehypeParagraphNumbers],
};

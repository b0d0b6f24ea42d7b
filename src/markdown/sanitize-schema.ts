import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * What raw HTML in an article body may keep: GitHub's allow-list (no script, no event handlers,
 * no javascript: URLs, no iframes or forms), with user-supplied ids prefixed so they cannot
 * clobber the page's own.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

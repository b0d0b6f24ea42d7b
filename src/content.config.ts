import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { entryIdFromPath } from './lib/entry-id';

/**
 * The archive: one Markdown file per archived copy under content/articles/. The entry id is the
 * file's path, never a frontmatter field, so two files can never silently share an id.
 */
const articles = defineCollection({
  loader: glob({
    pattern: 'articles/**/*.md',
    base: './content',
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: ({ image }) => articleSchema(image),
});

export const collections = { articles };

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { personSchema } from './schemas/person';
import { entryIdFromPath } from './lib/archive/entry-id';

/**
 * The archive: one Markdown file per archived copy under content/articles/. The entry id is the
 * file's path, never a frontmatter field, so two files can never silently share an id.
 */
const articles = defineCollection({
  loader: glob({
    pattern: 'articles/**/*.md',
    base: './content',
    generateId: ({ entry }) => entryIdFromPath(entry),
    // Pages use the rendered text; the Markdown source is published from the file itself. Not
    // keeping it makes Astro's content store much smaller (docs/performance.md), and Astro
    // writes, bundles and loads that store whole on every build.
    retainBody: false,
  }),
  schema: ({ image }) => articleSchema(image),
});

/** The people the articles name: one YAML file each under content/people/, the file name their id. */
const people = defineCollection({
  loader: glob({
    pattern: 'people/*.yaml',
    base: './content',
    generateId: ({ entry }) => entry.replace(/^people\/|\.yaml$/g, ''),
  }),
  schema: personSchema,
});

export const collections = { articles, people };

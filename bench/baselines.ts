import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SHARED_CODE } from '../src/markdown/pipeline';

/** Links every package of the project's node_modules into `dir`, but not Astro's content cache. */
export function linkPackages(root: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.astro') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/**
 * A bare Astro site over the same Markdown: the same unified processor and plugins, one minimal
 * page template, no checks, citations, people or extra routes. Pagefind indexes it afterwards.
 */
export function bareAstro(root: string, dir: string): void {
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  cpSync(join(root, 'src/markdown'), join(dir, 'src/markdown'), { recursive: true });
  // With the code the plugins use from elsewhere in the project.
  for (const file of SHARED_CODE) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/pipeline.ts';
export default defineConfig({
  site: 'http://localhost:4321/',
  compressHTML: true,
  markdown: { processor: unified(markdownOptions), syntaxHighlight: false },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: 'articles/**/*.md', base: './content' }),
    schema: z.looseObject({ headline: z.string(), published: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/articles/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.headline}</title></head>
<body><article data-pagefind-body><h1>{entry.data.headline}</h1><Content /></article></body></html>
`,
  );
}

/** A minimal Hugo site over the same Markdown, with one template for articles. */
export function hugoSite(dir: string): void {
  mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
  writeFileSync(
    join(dir, 'hugo.toml'),
    `baseURL = "http://localhost:4321/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n[markup.goldmark.renderer]\nunsafe = false\n`,
  );
  writeFileSync(
    join(dir, 'layouts/_default/single.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Params.headline }}</title></head><body><article data-pagefind-body><h1>{{ .Params.headline }}</h1>{{ .Content }}</article></body></html>\n',
  );
  writeFileSync(
    join(dir, 'layouts/_default/list.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>List</title></head><body></body></html>\n',
  );
}

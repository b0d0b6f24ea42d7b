import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { DIST } from './dist';

/** A built HTML page: its URL path, and its parsed tree. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  tree: Root;
}

/** "articles/x/index.html" -> "/articles/x/"; "404.html" -> "/404.html". */
function urlPath(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page in dist/, outside Pagefind's own bundle. */
export function builtPages(): BuiltPage[] {
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .sort()
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      return { path: urlPath(relative(DIST, join(DIST, file))), file, html, tree: fromHtml(html) };
    });
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeParagraphNumbers from './rehype-paragraph-numbers';
import remarkUnwrapPlaceholderLinks from './remark-unwrap-placeholder-links';
import { sanitizeSchema } from './sanitize-schema';

/** Code outside this folder that its plugins use, relative to the project's root. */
export const SHARED_CODE = ['src/lib/paragraph-ids.ts'];

/** The processor astro.config.mjs runs the plugins in (this folder imports only its types). */
const PROCESSOR = '@astrojs/markdown-remark';

/** The packages a file imports for use when it runs (not `import type`, not `node:`, not relative). */
function runtimeImports(source: string): string[] {
  return [...source.matchAll(/^import (?!type )[^'"]*['"]([^'"./][^'"]*)['"]/gm)]
    .map((m) => m[1]!)
    .filter((specifier) => !specifier.startsWith('node:'))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

/**
 * `name@version` of each package installed for `names` and of everything they depend on, found as
 * Node finds them: in the depending package's own node_modules, then in its ancestors'. Sorted;
 * a package that is not installed is left out.
 *
 * @example
 * installedPackages('/project', ['rehype-slug']); // ['github-slugger@2.0.0', ..., 'rehype-slug@6.0.0', ...]
 */
function installedPackages(root: string, names: readonly string[]): string[] {
  const found = new Map<string, string>();
  const visit = (name: string, from: string) => {
    for (let dir = from; ; dir = dirname(dir)) {
      const manifest = join(dir, 'node_modules', name, 'package.json');
      if (basename(dir) !== 'node_modules' && existsSync(manifest)) {
        const packageDir = dirname(manifest);
        if (found.has(packageDir)) return;
        const { version, dependencies = {} } = JSON.parse(readFileSync(manifest, 'utf8')) as {
          version: string;
          dependencies?: Record<string, string>;
        };
        found.set(packageDir, `${name}@${version}`);
        for (const dependency of Object.keys(dependencies)) visit(dependency, packageDir);
        return;
      }
      if (dir === root || dirname(dir) === dir) return;
    }
  };
  for (const name of names) visit(name, root);
  return [...new Set(found.values())].sort();
}

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
  const dir = join(root, 'src/markdown');
  const files = [
    ...readdirSync(dir)
      .filter((n) => n.endsWith('.ts'))
      .sort()
      .map((n) => join('src/markdown', n)),
    ...SHARED_CODE,
  ];
  const hash = createHash('sha256');
  const imports = new Set([PROCESSOR]);
  for (const file of files) {
    const source = readFileSync(join(root, file));
    hash.update(file).update('\0').update(source).update('\0');
    for (const name of runtimeImports(source.toString('utf8'))) imports.add(name);
  }
  for (const pkg of installedPackages(root, [...imports].sort())) hash.update(pkg).update('\0');
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

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';

/**
 * The packages a file imports for use when it runs (not `import type`, not `node:`, not relative).
 *
 * @example
 * runtimeImports("import { select } from 'hast-util-select';\nimport type { Root } from 'hast';"); // ['hast-util-select']
 */
export function runtimeImports(source: string): string[] {
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
 * A static import for use when the module runs, starting a line or following a `;` (as in
 * minified JavaScript), but not on a comment's line: an example of minified code in a doc comment
 * would otherwise be read as an import.
 */
const RELATIVE_IMPORT =
  /(?<!^[ \t]*(?:\/\/|\/?\*)[^\n]*)(?:^|;)import(?!\s*[(.])(?!\s+type\s)[^'";]*['"](\.{1,2}\/[^'"]+)['"]/gm;

/**
 * The relative paths a module imports for use when it runs, as written (`import … from './x'`,
 * `import './y.js'`), in TypeScript source and minified JavaScript alike. Not `import type`, a
 * dynamic `import()` or `import.meta`.
 *
 * @example
 * relativeImports('import{a}from"./a.js";import "../b.js";import("./c.js")'); // ['./a.js', '../b.js']
 */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map((m) => m[1]!);
}

/**
 * The project files a file imports by relative path (its {@link relativeImports}), as paths
 * from the project's root to their `.ts` files.
 *
 * @example
 * projectImports('src/lib/text/plain-text.ts', 'import { x } from "../text/paragraph-ids";'); // ['src/lib/text/paragraph-ids.ts']
 */
export function projectImports(file: string, source: string): string[] {
  return relativeImports(source).map((path) =>
    posix.join(posix.dirname(file), path.endsWith('.ts') ? path : `${path}.ts`),
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
 * A digest of the code that runs when `files` (paths from the project's root) run: their source,
 * that of every project file they import, however indirectly, and the installed version of every
 * package those import, and of `runWith` (packages that run the code without being imported by
 * it), with everything the packages depend on. What is worked out by that code and kept between
 * builds is worked out again when the digest changes.
 *
 * @example
 * codeDigest(process.cwd(), ['src/lib/text/plain-text.ts']); // '9c1e…' (64 hex digits)
 */
export function codeDigest(root: string, files: readonly string[], runWith: readonly string[] = []): string {
  const sources = new Map<string, Buffer>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (sources.has(file)) continue;
    const source = readFileSync(join(root, file));
    sources.set(file, source);
    queue.push(...projectImports(file, source.toString('utf8')));
  }
  const hash = createHash('sha256');
  const packages = new Set(runWith);
  for (const file of [...sources.keys()].sort()) {
    const source = sources.get(file)!;
    hash.update(file).update('\0').update(source).update('\0');
    for (const name of runtimeImports(source.toString('utf8'))) packages.add(name);
  }
  for (const pkg of installedPackages(root, [...packages].sort())) hash.update(pkg).update('\0');
  return hash.digest('hex');
}

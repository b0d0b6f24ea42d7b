import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project files a TypeScript file imports by relative path (`from './x'`, `from '../lib/y'`),
 * as paths to their `.ts` files, resolved from the importing file's folder.
 *
 * @example
 * relativeImports('src/markdown/rehype-paragraph-numbers.ts'); // ['src/lib/text/paragraph-ids.ts']
 */
export function relativeImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) =>
    join(dirname(file), `${m[1]}.ts`),
  );
}

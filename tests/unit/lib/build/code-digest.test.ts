import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeDigest, projectImports, relativeImports, runtimeImports } from '../../../../src/lib/build/code-digest';
import { ROOT } from '../../../helpers/project-copy';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-code-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe('codeDigest', () => {
  it('changes when a file changes, or a file it imports, however indirectly', () => {
    write('src/a.ts', "import { b } from './lib/b';\n");
    write('src/lib/b.ts', "import { c } from '../c';\nimport type { T } from './types';\n");
    write('src/c.ts', 'export const c = 1;\n');
    write('src/lib/types.ts', 'export type T = 1;\n');
    write('src/other.ts', 'export const other = 1;\n');
    const before = codeDigest(root, ['src/a.ts']);
    expect(codeDigest(root, ['src/a.ts'])).toBe(before);
    // Neither a type nor a file it does not import runs with it.
    write('src/lib/types.ts', 'export type T = 2;\n');
    write('src/other.ts', 'export const other = 2;\n');
    expect(codeDigest(root, ['src/a.ts'])).toBe(before);
    write('src/c.ts', 'export const c = 2;\n');
    const changed = codeDigest(root, ['src/a.ts']);
    expect(changed).not.toBe(before);
    write('src/a.ts', "import { b } from './lib/b';\n// changed\n");
    expect(codeDigest(root, ['src/a.ts'])).not.toBe(changed);
  });

  it('changes when a package the code imports, or one that package depends on, is upgraded', () => {
    const pkg = (dir: string, version: string, dependencies: Record<string, string> = {}) =>
      write(`${dir}/package.json`, JSON.stringify({ version, dependencies }));
    write('src/a.ts', "import { select } from 'hast-util-select';\nimport { join } from 'node:path';\n");
    pkg('node_modules/hast-util-select', '6.0.0', { 'css-selector-parser': '^3.0.0' });
    pkg('node_modules/css-selector-parser', '3.0.0');
    const before = codeDigest(root, ['src/a.ts']);
    pkg('node_modules/css-selector-parser', '3.0.1');
    const deep = codeDigest(root, ['src/a.ts']);
    expect(deep).not.toBe(before);
    pkg('node_modules/hast-util-select', '6.0.1', { 'css-selector-parser': '^3.0.0' });
    expect(codeDigest(root, ['src/a.ts'])).not.toBe(deep);
  });

  it('covers everything that works out the text of article.txt', () => {
    const files = ['src/lib/text/page-article.ts'];
    for (let i = 0; i < files.length; i++) {
      for (const file of projectImports(files[i]!, readFileSync(join(ROOT, files[i]!), 'utf8'))) {
        if (!files.includes(file)) files.push(file);
      }
    }
    expect(files).toContain('src/lib/text/plain-text.ts');
    for (const file of files) cpSync(join(ROOT, file), join(root, file), { recursive: true });
    const before = codeDigest(root, ['src/lib/text/page-article.ts']);
    for (const file of files) {
      write(file, `// changed\n${file}`);
      expect(codeDigest(root, ['src/lib/text/page-article.ts']), file).not.toBe(before);
      cpSync(join(ROOT, file), join(root, file));
    }
  });
});

describe('reading imports', () => {
  it('takes the packages a file runs, not its types, Node modules or own files', () => {
    const source = [
      "import { select } from 'hast-util-select';",
      "import type { Root } from 'hast';",
      "import { readFile } from 'node:fs/promises';",
      "import { unified } from '@astrojs/markdown-remark/unified';",
      "import { x } from './x';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['hast-util-select', '@astrojs/markdown-remark']);
    expect(projectImports('src/lib/a.ts', source)).toEqual(['src/lib/x.ts']);
    expect(projectImports('src/lib/a.ts', "import { y } from '../y.ts';")).toEqual(['src/y.ts']);
  });

  it('reads the relative imports of a built, minified module too, not its dynamic imports', () => {
    expect(relativeImports('import{a}from"./a.js";import "../b.js";import("./c.js");import.meta.url')).toEqual([
      './a.js',
      '../b.js',
    ]);
  });

  it('takes no import from a comment that shows minified code', () => {
    const source = [
      '/**',
      ' * @example',
      ' * x(\'import{a}from"./a.js";import "./b.js"\');',
      ' */',
      '// x;import "./c.js"',
    ];
    expect(relativeImports(source.join('\n'))).toEqual([]);
  });
});

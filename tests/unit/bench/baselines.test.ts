import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bareAstro } from '../../../bench/baselines';
import { projectImports } from '../../../src/lib/build/code-digest';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every TypeScript file under `folder`, as paths. */
const tsFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => path.endsWith('.ts') && statSync(path).isFile());

describe('the bare Astro baseline', () => {
  it('has every file of the project that its copied Markdown code imports', () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-bare-'));
    bareAstro(process.cwd(), dir);
    const files = tsFiles(join(dir, 'src'));
    expect(files.map((f) => relative(dir, f))).toContain('src/markdown/pipeline.ts');
    const missing = files.flatMap((file) =>
      projectImports(file, readFileSync(file, 'utf8'))
        .filter((target) => !files.includes(target))
        .map((target) => `${relative(dir, file)} imports ${relative(dir, target)}`),
    );
    expect(missing).toEqual([]);
  });
});

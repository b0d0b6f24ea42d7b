import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, copyProject } from '../helpers/project-copy';
import { ARTICLE } from '../helpers/seed';

let project: ReturnType<typeof copyProject> | undefined;
afterAll(() => project?.remove());

describe('a change to the archive’s Markdown code', () => {
  it('shows on the next build: Astro does not reuse the articles it rendered with the old code', () => {
    project = copyProject('archive-markdown-');
    const first = build(project.dir);
    expect(first.status, first.output).toBe(0);
    const plugin = join(project.dir, 'src/markdown/rehype-paragraph-numbers.ts');
    writeFileSync(
      plugin,
      readFileSync(plugin, 'utf8').replace(
        'node.properties.id = id;',
        "node.properties.id = id;\n      node.properties.dataChanged = '';",
      ),
    );
    const second = build(project.dir);
    expect(second.status, second.output).toBe(0);
    const page = readFileSync(join(project.dir, 'dist', ARTICLE, 'index.html'), 'utf8');
    expect(page).toMatch(/<p id="p-1" data-changed=""/);
  }, 240_000);
});

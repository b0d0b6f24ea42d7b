import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectImports } from '../../../src/lib/build/code-digest';
import { markdownCodeDigest, SHARED_CODE } from '../../../src/markdown/pipeline';
import { renderMarkdown } from '../../helpers/render-markdown';

describe('the Markdown pipeline', () => {
  it('keeps straight quotes, apostrophes and dashes as captured', async () => {
    const html = await renderMarkdown(`"It's over -- for now," he said... 'Quoted' — done.`, {
      paragraphNumbers: false,
    });
    expect(html).toBe(`<p>"It's over -- for now," he said... 'Quoted' — done.</p>`);
  });

  it('gives headings ids from their text', async () => {
    expect(await renderMarkdown("## No longer 'terrorists'")).toBe(
      `<h2 id="no-longer-terrorists">No longer 'terrorists'</h2>`,
    );
  });

  it('removes script and event handlers from raw HTML but keeps the text', async () => {
    const html = await renderMarkdown('<p onclick="steal()">Hello <script>alert(1)</script><b>world</b></p>');
    expect(html).not.toMatch(/onclick|<script|alert\(1\)/);
    expect(html).toContain('<b>world</b>');
  });

  it('drops javascript: links written in Markdown', async () => {
    const html = await renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });

  it("numbers only paragraphs, even under a heading whose id begins like a paragraph's", async () => {
    const html = await renderMarkdown('## P-8 patrols\n\nFirst.');
    expect(html).toContain('<h2 id="p-8-patrols">P-8 patrols</h2>');
    expect(html).toContain('<p id="p-1">First.</p>');
  });

  it('renders every article again when its own code or the code it shares with the pages changes', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-digest-'));
    try {
      cpSync(join(process.cwd(), 'src/markdown'), join(root, 'src/markdown'), { recursive: true });
      for (const file of SHARED_CODE) cpSync(join(process.cwd(), file), join(root, file));
      const before = markdownCodeDigest(root);
      expect(markdownCodeDigest(root)).toBe(before);
      writeFileSync(
        join(root, 'src/lib/text/paragraph-ids.ts'),
        'export const paragraphId = (n: number) => `para-${n}`;\n',
      );
      const shared = markdownCodeDigest(root);
      expect(shared).not.toBe(before);
      writeFileSync(join(root, 'src/markdown/remark-unwrap-placeholder-links.ts'), '// changed\n');
      expect(markdownCodeDigest(root)).not.toBe(shared);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('digests every file of the project that its plugins import, and those import nothing of the project', () => {
    const importsOf = (file: string) => projectImports(file, readFileSync(file, 'utf8'));
    const outside = readdirSync('src/markdown')
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => importsOf(join('src/markdown', name)))
      .filter((file) => !file.startsWith('src/markdown/'));
    expect([...new Set(outside)].sort()).toEqual([...SHARED_CODE].sort());
    for (const file of SHARED_CODE) expect(importsOf(file)).toEqual([]);
  });

  it('renders every article again when a package the plugins or the processor run is upgraded, however deep', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-digest-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    const pkg = (dir: string, version: string, dependencies: Record<string, string> = {}) =>
      write(`${dir}/package.json`, JSON.stringify({ version, dependencies }));
    try {
      write('src/markdown/plugin.ts', "import type { Root } from 'hast';\nimport slug from 'rehype-slug';\n");
      for (const file of SHARED_CODE) write(file, 'export {};\n');
      pkg('node_modules/rehype-slug', '6.0.0', { 'github-slugger': '^2.0.0' });
      pkg('node_modules/github-slugger', '2.0.0');
      pkg('node_modules/@astrojs/markdown-remark', '7.0.0');
      pkg('node_modules/hast', '1.0.0');
      const digests = [markdownCodeDigest(root)];
      // A dependency of a plugin, upgraded in place.
      pkg('node_modules/github-slugger', '2.0.1');
      digests.push(markdownCodeDigest(root));
      // A copy installed under the plugin itself, which is the one Node loads for it.
      pkg('node_modules/rehype-slug/node_modules/github-slugger', '3.0.0');
      digests.push(markdownCodeDigest(root));
      // The Markdown processor.
      pkg('node_modules/@astrojs/markdown-remark', '7.1.0');
      digests.push(markdownCodeDigest(root));
      expect(new Set(digests).size).toBe(4);
      // Packages nothing runs: the shadowed top-level copy, and one imported only for its types.
      pkg('node_modules/github-slugger', '9.9.9');
      pkg('node_modules/hast', '9.9.9');
      expect(markdownCodeDigest(root)).toBe(digests.at(-1));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

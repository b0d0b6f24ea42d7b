import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { parseYaml } from '../../src/lib/archive/registers';
import { personSchema, type Person } from '../../src/schemas/person';
import type { Paragraph } from '../../src/lib/analysis/quotes/spans';
import { renderMarkdown } from './render-markdown';
import { ROOT } from './project-copy';

/** The registry of people as committed under content/people/, read with the build's own schema. */
export function registry(): Person[] {
  const dir = join(ROOT, 'content/people');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const { value, problems } = parseYaml(readFileSync(join(dir, f), 'utf8'), personSchema, f);
      if (!value) throw new Error(problems.join('\n'));
      return { ...value, id: f.replace(/\.yaml$/, '') };
    });
}

/** An article body's numbered paragraphs, as the build renders them (numbers left out). */
export async function paragraphsOf(markdown: string): Promise<Paragraph[]> {
  const tree = fromHtml(await renderMarkdown(markdown), { fragment: true });
  for (const number of selectAll('.para-num', tree)) number.children = [];
  return selectAll('p[id]', tree).map((p) => ({ id: String(p.properties['id']), text: toText(p).trim() }));
}

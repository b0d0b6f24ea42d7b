/**
 * The registry proposals for an article entry, as `npm run add` reports them and `npm run
 * people -- suggest` writes them: the entry rendered as the build renders it, read against the
 * people registry under `root`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { numberedParagraphs } from '../lib/analysis/article-analysis';
import { mentionFinder } from '../lib/analysis/mentions';
import { suggestPeople, type PersonSuggestion } from '../lib/analysis/suggestions';
import { parseYaml } from '../lib/archive/registers';
import { markdownOptions } from '../markdown/pipeline';
import { personSchema, type Person } from '../schemas/person';

/** The registry as the build reads it; a broken file is reported, not guessed at. */
async function registry(peopleDir: string): Promise<Person[]> {
  if (!existsSync(peopleDir)) return [];
  const files = (await readdir(peopleDir)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(
    files.map(async (f) => {
      const shown = `content/people/${f}`;
      const { value, problems } = parseYaml(await readFile(join(peopleDir, f), 'utf8'), personSchema, shown);
      if (!value) throw new Error(problems.join('\n'));
      return { ...value, id: f.replace(/\.yaml$/, '') };
    }),
  );
}

/** The people the entry's body names that the registry under `root` does not know. */
export async function registryProposals(
  root: string,
  entry: { body: string; language: string },
): Promise<PersonSuggestion[]> {
  const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  const paragraphs = numberedParagraphs((await processor.render(entry.body)).code);
  const people = await registry(join(root, 'content/people'));
  return suggestPeople(paragraphs, { language: entry.language, findMentions: mentionFinder(people) });
}

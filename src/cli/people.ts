/**
 * `npm run people -- suggest <entry.md> [--write]`: lists the people an article names that the
 * registry (content/people/) does not know yet, each as a proposed entry: name, surname alias,
 * the sentence that introduces them and the role it gives them. With --write each proposal is
 * written to content/people/<id>.yaml for an editor to review (`git diff`) and correct; a file
 * that exists is never overwritten. The build then links the person's mentions and quotations.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatProblems, validateArticleSource } from '../lib/archive/validation';
import { registryProposals } from './registry-proposals';
import type { PersonSuggestion } from '../lib/analysis/suggestions';
import { publicationKey } from '../lib/archive/permalinks';

const USAGE = 'usage: npm run people -- suggest <content/articles/entry.md> [--write] [--root <project folder>]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean' }, root: { type: 'string' } },
});
const [command, entryFile] = positionals;
if (command !== 'suggest' || !entryFile) {
  console.error(USAGE);
  process.exit(2);
}
const root = resolve(values.root ?? process.cwd());
const peopleDir = join(root, 'content/people');

/** The registry entry an editor reviews: the description drafted from the role or the introducing sentence. */
function entryOf(s: PersonSuggestion): Record<string, unknown> {
  const description = (s.role ? `${s.role[0]!.toUpperCase()}${s.role.slice(1)}.` : s.introduction).slice(0, 200);
  return { name: s.name, aliases: s.aliases, description };
}

try {
  const source = await readFile(resolve(entryFile), 'utf8').catch(() => {
    throw new Error(`${entryFile}: no such article file`);
  });
  const result = validateArticleSource(source);
  if (!result.ok) throw new Error(formatProblems(entryFile, result.problems));
  const suggestions = await registryProposals(root, { body: result.body, language: result.data.language });
  if (suggestions.length === 0) {
    console.log(`${entryFile}: every person it names is in the registry, or none is named`);
    process.exit(0);
  }
  for (const s of suggestions) {
    const id = publicationKey(s.name);
    const file = join(peopleDir, `${id}.yaml`);
    const text = stringify(entryOf(s));
    console.log(`# content/people/${id}.yaml — introduced as: ${s.introduction}\n${text}`);
    if (values.write) {
      if (existsSync(file)) console.log(`  (not written: content/people/${id}.yaml exists)`);
      else await writeFile(file, text, { flag: 'wx' });
    }
  }
  console.log(
    values.write
      ? `Wrote the proposals above under content/people/: review each (git diff), then build.`
      : `${suggestions.length} proposal(s); run again with --write to add them to content/people/ for review.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

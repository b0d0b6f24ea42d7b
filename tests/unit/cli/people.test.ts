import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runBin } from '../../helpers/project-copy';
import { SEED_MD } from '../../helpers/seed';

let root: string;
const people = (...args: string[]) => runBin(ROOT, 'tsx', ['src/cli/people.ts', ...args, '--root', root]);
const ENTRY = 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-people-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  // The seed with one more paragraph, naming someone the registry does not know.
  const seed = readFileSync(join(ROOT, SEED_MD), 'utf8');
  writeFileSync(
    join(root, ENTRY),
    `${seed.trimEnd()}\n\n"We will appeal the ruling," said Jane Okafor, a lawyer for the port workers. Okafor added that the union had not been consulted.\n`,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run people -- suggest', () => {
  it('proposes only the people the registry does not know, with their role', () => {
    const run = people('suggest', join(root, ENTRY));
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('content/people/jane-okafor.yaml');
    expect(run.output).toContain('name: Jane Okafor');
    expect(run.output).not.toContain('alexander-gabuev.yaml');
    expect(existsSync(join(root, 'content/people/jane-okafor.yaml'))).toBe(false);
  });

  it('writes the proposal for review with --write, and never overwrites an entry', () => {
    expect(people('suggest', join(root, ENTRY), '--write').status).toBe(0);
    const file = join(root, 'content/people/jane-okafor.yaml');
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      name: 'Jane Okafor',
      aliases: ['Okafor'],
      description: 'A lawyer for the port workers.',
    });
    // An entry under the same file name, for someone the article does not name, stays as it is.
    writeFileSync(file, 'name: Jane O. Okafor-Smith\naliases: []\ndescription: Edited by hand.\n');
    const again = people('suggest', join(root, ENTRY), '--write');
    expect(again.output).toContain('not written: content/people/jane-okafor.yaml exists');
    expect(readFileSync(file, 'utf8')).toContain('Edited by hand.');
  });

  it('names the file and what is wrong when the entry does not validate', () => {
    writeFileSync(join(root, 'content/articles/broken.md'), '---\nheadline: 3\n---\nText.\n');
    const run = people('suggest', join(root, 'content/articles/broken.md'));
    expect(run.status).toBe(1);
    expect(run.output).toContain('broken.md');
  });
});

import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, copyProject, ROOT } from '../helpers/project-copy';

const SEED = 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';
const SNAPSHOT = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/';

let project: ReturnType<typeof copyProject> | undefined;
afterEach(() => project?.remove());

/** A project copy with one change made to it. */
function projectWith(change: (dir: string) => void): string {
  project = copyProject();
  change(project.dir);
  return project.dir;
}

function expectRefused(dir: string, message: string) {
  const result = build(dir);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain(message);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
  // The archive's own build output is untouched.
  expect(readFileSync(join(ROOT, 'dist/index.html'), 'utf8')).toContain('article-card');
}

describe('npm run build refuses', () => {
  it('a broken article, naming the file and the field, and writes no site', () => {
    const dir = projectWith((d) =>
      cpSync(join(ROOT, 'tests/fixtures/articles/invalid/impossible-date.md'), join(d, 'content/articles/broken.md')),
    );
    expectRefused(
      dir,
      'content/articles/broken.md is not a valid article:\n  - published: "2024-02-30" is not a real calendar day',
    );
  });

  it('an edit to a published snapshot, naming the file and its permanent URL', () => {
    const dir = projectWith((d) => appendFileSync(join(d, SEED), '\nA sentence added after publication.\n'));
    expectRefused(dir, `${SEED}: changed since ${SNAPSHOT} was published`);
  });

  it('a published URL that would no longer be produced, naming it', () => {
    const dir = projectWith((d) => {
      const file = join(d, SEED);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('storySlug: russia-bets-on-chaos', 'storySlug: kremlin-bets-on-chaos'),
      );
    });
    expectRefused(
      dir,
      `${SNAPSHOT}: published from ${SEED} and listed in content/archive.lock.json, but no article produces it any more`,
    );
  });

  it('a new snapshot that has not been entered in the lock file', () => {
    const dir = projectWith((d) => {
      const seed = readFileSync(join(d, SEED), 'utf8');
      writeFileSync(
        join(d, 'content/articles/later.md'),
        seed.replace('archived: "2026-11-25"', 'captured: "2026-11-26T09:00:00Z"\narchived: "2026-11-26"'),
      );
    });
    expectRefused(dir, 'run `npm run lock` to add them');
  });
});

import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, copyProject, ROOT, runBin } from '../helpers/project-copy';
import { ARTICLE, SEED_MD } from '../helpers/seed';

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
    const dir = projectWith((d) => appendFileSync(join(d, SEED_MD), '\nA sentence added after publication.\n'));
    expectRefused(dir, `${SEED_MD}: changed since ${ARTICLE} was published`);
  });

  it('a published URL that would no longer be produced, naming it', () => {
    const dir = projectWith((d) => {
      const file = join(d, SEED_MD);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('storySlug: russia-bets-on-chaos', 'storySlug: kremlin-bets-on-chaos'),
      );
    });
    expectRefused(
      dir,
      `${ARTICLE}: published from ${SEED_MD} and listed in content/archive.lock.json, but no article produces it any more`,
    );
  });

  it('a new snapshot that has not been entered in the lock file', () => {
    const dir = projectWith((d) => {
      const seed = readFileSync(join(d, SEED_MD), 'utf8');
      writeFileSync(
        join(d, 'content/articles/later.md'),
        seed.replace('archived: "2026-11-25"', 'captured: "2026-11-26T09:00:00Z"\narchived: "2026-11-26"'),
      );
    });
    expectRefused(dir, 'run `npm run lock` to add them');
  });
});

describe('a build that fails after the pages were written', () => {
  it('leaves the previously published site exactly as it was', () => {
    const dir = projectWith(() => {});
    const first = build(dir);
    expect(first.status, first.output).toBe(0);
    const before = readFileSync(join(dir, 'dist/manifest-sha256.txt'), 'utf8');
    // Valid frontmatter, but a body with no paragraph: the page renders, and the post-build
    // check then stops the build.
    const seed = readFileSync(join(dir, SEED_MD), 'utf8');
    const [, frontmatter] = seed.split('---\n');
    writeFileSync(
      join(dir, 'content/articles/headings-only.md'),
      `---\n${frontmatter!.replace('archived: "2026-11-25"', 'captured: "2026-11-24"\narchived: "2026-11-25"')}---\n\n## Only a heading\n`,
    );
    expect(runBin(dir, 'tsx', ['src/cli/lock.ts']).status).toBe(0);
    const failed = build(dir);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('These article pages were built with no text');
    expect(readFileSync(join(dir, 'dist/manifest-sha256.txt'), 'utf8')).toBe(before);
    const check = runBin(dir, 'tsx', ['src/cli/verify.ts', 'dist']);
    expect(check.status, check.output).toBe(0);
    expect(
      existsSync(
        join(
          dir,
          'dist/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261124/',
        ),
      ),
    ).toBe(false);
  }, 180_000);
});

describe('files with a byte-order mark or CRLF line endings', () => {
  it('are valid and build', () => {
    const dir = projectWith((d) => {
      for (const [name, captured] of [
        ['with-bom', '2026-11-23'],
        ['crlf-line-endings', '2026-11-24'],
      ]) {
        const text = readFileSync(join(ROOT, `tests/fixtures/articles/valid/${name}.md`), 'utf8');
        writeFileSync(
          join(d, `content/articles/${name}.md`),
          text.replace('archived: "2026-11-25"', `captured: "${captured}"\r\narchived: "2026-11-25"`),
        );
      }
    });
    expect(runBin(dir, 'tsx', ['src/cli/lock.ts']).status).toBe(0);
    const result = build(dir);
    expect(result.status, result.output).toBe(0);
    for (const stamp of ['20261123', '20261124']) {
      const page = readFileSync(
        join(
          dir,
          `dist/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/${stamp}/index.html`,
        ),
        'utf8',
      );
      expect(page).toContain('<h1');
      expect(page).toMatch(/<p id="p-1"[ >]/);
    }
  }, 180_000);
});

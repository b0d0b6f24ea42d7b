import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let project: string;

/** A copy of the project (sharing node_modules) to build with one broken article added. */
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'archive-build-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  cpSync(join(root, 'tests/fixtures/articles/invalid/impossible-date.md'), join(project, 'content/articles/broken.md'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run build', () => {
  it('stops on a broken article with a message naming the file and the field, and writes no site', () => {
    const build = spawnSync(join(project, 'node_modules/.bin/astro'), ['build'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(
      'content/articles/broken.md is not a valid article:\n  - published: "2024-02-30" is not a real calendar day',
    );
    expect(existsSync(join(project, 'dist'))).toBe(false);
    // The archive's own build output is untouched.
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toContain('article-card');
  });
});

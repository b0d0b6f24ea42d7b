import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, runBin } from '../helpers/project-copy';

const ARTICLE_PAGE =
  'articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/index.html';
let first: ReturnType<typeof copyProject>;
let second: ReturnType<typeof copyProject>;
const manifest = (dir: string) => readFileSync(join(dir, 'dist/manifest-sha256.txt'), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const verify = (dir: string, ...args: string[]) => runBin(dir, 'tsx', ['src/cli/verify.ts', ...args]);

/** Node started with its clock moved 400 days and 5 hours ahead: a build "next year". */
const LATER = `--import=data:text/javascript,${encodeURIComponent(
  'const R = Date; const shift = (400 * 24 + 5) * 3600e3;' +
    'globalThis.Date = class extends R { constructor(...a) { if (a.length === 0) super(R.now() + shift); else super(...a); }' +
    ' static now() { return R.now() + shift; } };',
)}`;

/** The same content built twice: in two folders, in time zones 26 hours apart, 400 days apart. */
beforeAll(() => {
  first = copyProject('archive-repro-a-');
  second = copyProject('archive-repro-second-build-');
  const a = build(first.dir, { TZ: 'Pacific/Pago_Pago' });
  expect(a.status, a.output).toBe(0);
  const b = build(second.dir, { TZ: 'Pacific/Kiritimati', NODE_OPTIONS: LATER });
  expect(b.status, b.output).toBe(0);
}, 300_000);
afterAll(() => {
  first?.remove();
  second?.remove();
});

describe('reproducible builds', () => {
  it('moves the clock of the second build for real', () => {
    const year = runBin(first.dir, 'node', ['-p', 'new Date().getFullYear()'], { NODE_OPTIONS: LATER });
    expect(Number(year.stdout.trim())).toBe(new Date(Date.now() + (400 * 24 + 5) * 3600e3).getFullYear());
  });

  it('produce byte-identical sites whatever the time zone, build time and checkout path', () => {
    expect(manifest(second.dir)).toBe(manifest(first.dir));
  });

  it('print the manifest SHA-256 to record as a trust anchor', () => {
    const result = build(first.dir);
    expect(result.output).toContain(`its SHA-256 is ${sha256(manifest(first.dir))}`);
  }, 180_000);
});

describe('npm run verify', () => {
  it('checks the folder it is given, from any working directory', () => {
    const result = runBin(second.dir, 'tsx', [join(second.dir, 'src/cli/verify.ts'), join(first.dir, 'dist')]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`${join(first.dir, 'dist')}: all `);
  });

  it('passes an unaltered site and checks the manifest against the recorded hash', () => {
    const ok = verify(first.dir, 'dist', '--expect', sha256(manifest(first.dir)));
    expect(ok.status, ok.output).toBe(0);
    expect(ok.output).toMatch(/all \d+ files match manifest-sha256\.txt/);
    const wrongAnchor = verify(first.dir, 'dist', '--expect', '0'.repeat(64));
    expect(wrongAnchor.status).toBe(1);
    expect(wrongAnchor.output).toContain('manifest-sha256.txt: its SHA-256 is');
  });

  it('catches a one-byte change in a built page and names the file', () => {
    const file = join(second.dir, 'dist', ARTICLE_PAGE);
    const html = readFileSync(file, 'utf8');
    writeFileSync(file, html.replace('Gabuev', 'Gabuew'));
    const result = verify(second.dir, join(second.dir, 'dist'));
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${ARTICLE_PAGE}: changed (manifest `);
  });

  it('catches a file added to the site', () => {
    writeFileSync(join(second.dir, 'dist/extra.js'), 'alert(1)');
    const result = verify(second.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('extra.js: not listed in the manifest');
  });
});

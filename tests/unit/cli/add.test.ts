import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/lib/fixity/captures';
import { validateArticleSource } from '../../../src/lib/archive/validation';
import { ROOT, runBin } from '../../helpers/project-copy';

const FIXTURES = join(ROOT, 'tests/fixtures/import');
let root: string;

/** `npm run add` against the temporary archive. */
const add = (...args: string[]) => runBin(ROOT, 'tsx', ['src/cli/add.ts', ...args, '--root', root]);

/** Every file under content/ with its SHA-256, to show what a run changed. */
function snapshot(): Record<string, string> {
  const dir = join(root, 'content');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  return Object.fromEntries(
    files.map((f) => {
      const path = join(f.parentPath, f.name);
      return [path.slice(dir.length + 1), sha256Hex(readFileSync(path))];
    }),
  );
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-add-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run add', () => {
  const entry = 'content/articles/2024-03-05-the-northern-tribune-river-treaty-talks-stall-as-drought-deepens.md';

  it('writes a valid entry for a saved page, keeps the capture, and lists what it could not determine', () => {
    const before = snapshot();
    const run = add(join(FIXTURES, 'news-json-ld.html'));
    expect(run.status, run.output).toBe(0);
    const after = snapshot();
    expect(Object.keys(after).sort()).toEqual(
      [...Object.keys(before), 'articles/' + entry.split('/').at(-1), 'captures/news-json-ld.html'].sort(),
    );
    for (const [file, sha] of Object.entries(before)) expect(after[file], file).toBe(sha);

    const result = validateArticleSource(readFileSync(join(root, entry), 'utf8'));
    expect(result.ok).toBe(true);
    const captureBytes = readFileSync(join(FIXTURES, 'news-json-ld.html'));
    expect(readFileSync(join(root, 'content/captures/news-json-ld.html')).equals(captureBytes)).toBe(true);
    if (result.ok) {
      expect(result.data.capture).toEqual({
        file: 'captures/news-json-ld.html',
        sha256: sha256Hex(captureBytes),
        format: 'html',
      });
      expect(result.data.archived).toBe(new Date().toISOString().slice(0, 10));
    }
    expect(run.stdout).toContain(`Wrote ${entry}`);
    expect(run.stdout).toMatch(/You must supply:\n {2}- summary: /);
    expect(run.stdout).toContain('- headlineSentenceCase: ');
    expect(run.stdout).toContain('npm run lock');
  });

  it('refuses a second run with the same capture, naming the entry it is archived as', () => {
    const before = snapshot();
    const run = add(join(FIXTURES, 'news-json-ld.html'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${join(FIXTURES, 'news-json-ld.html')}: capture: this capture is already archived as ${entry}`,
    );
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing with --dry-run, printing the entry instead', () => {
    const before = snapshot();
    const run = add(
      join(FIXTURES, 'news-visible-only.html'),
      '--url',
      'https://islandpost.example/ferries/winter',
      '--dry-run',
    );
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('headline: Ferry Timetable Changes for Winter');
    expect(run.stdout).toContain('name: Island Post');
    expect(run.stdout).toContain('Dry run: nothing written.');
    expect(snapshot()).toEqual(before);
  });

  it.each([
    [
      'a capture with an unreadable date',
      'bad-date.txt',
      'Headline\n\nBy Jane Roe\n\nDecember 32, 2024\n\nText.\n',
      'published',
    ],
    ['a text that is not a capture', 'notes.txt', 'just a note\n', 'published'],
    ['an empty file', 'empty.txt', '', '(capture)'],
    [
      'a page without a byline',
      'no-byline.html',
      `<!DOCTYPE html><html><head><meta property="og:title" content="A headline"><meta property="og:url" content="https://x.example/a"><meta property="og:site_name" content="X"><meta property="article:published_time" content="2024-01-02"></head><body><article><h1>A headline</h1><p>${'Some article text that goes on. '.repeat(20)}</p></article></body></html>`,
      'authors',
    ],
  ])('refuses %s with one line naming the file and the field, writing nothing', (_, name, text, field) => {
    const input = join(root, name);
    writeFileSync(input, text);
    const before = snapshot();
    const run = add(input);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`${input}: ${field}: `);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a missing file', () => {
    const run = add(join(root, 'missing.html'));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${join(root, 'missing.html')}: (capture): cannot read the file (ENOENT)`);
  });

  describe('a later capture of an archived URL', () => {
    const SEED = 'content/captures/000_c8bbb14421199b13.txt';
    const SEED_ENTRY = 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';
    const STORY = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/';
    let later: string;
    beforeAll(() => {
      later = join(root, 'later-capture.txt');
      const seed = readFileSync(join(ROOT, SEED), 'utf8');
      writeFileSync(later, seed.replace('poses an unprecedented challenge', 'poses a serious challenge'));
    });

    it('refuses to take the address of the snapshot already archived that day, saying how to record the time', () => {
      const before = snapshot();
      const run = add(later, '--archived', '2026-11-25');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${later}: captured: ${SEED_ENTRY} is already the snapshot at ${STORY}20261125/`);
      expect(snapshot()).toEqual(before);
    });

    it('becomes a new snapshot of the same story, at its own address, leaving the first untouched', () => {
      const before = snapshot();
      const run = add(later, '--archived', '2026-11-25', '--captured', '2026-11-25T09:00:00Z');
      expect(run.status, run.output).toBe(0);
      const file =
        'content/articles/2024-12-11-the-moscow-times-russia-bets-on-chaos-to-preserve-its-syrian-foothold-20261125090000.md';
      const result = validateArticleSource(readFileSync(join(root, file), 'utf8'));
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (!result.ok) return;
      expect(result.data).toMatchObject({
        storySlug: 'russia-bets-on-chaos-to-preserve-its-syrian-foothold',
        published: '2024-12-11',
        publication: { name: 'The Moscow Times' },
        captured: '2026-11-25T09:00:00Z',
      });
      expect(run.stdout).toContain(`a new snapshot of that story, at ${STORY}<timestamp>/`);
      for (const [path, sha] of Object.entries(before)) expect(snapshot()[path], path).toBe(sha);
    });
  });
});

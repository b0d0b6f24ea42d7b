import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const captureBytes = readFileSync(join(FIXTURES, 'news-json-ld.html'));
    const stored = `captures/${sha256Hex(captureBytes).slice(0, 16)}.html`;
    expect(Object.keys(after).sort()).toEqual(
      [...Object.keys(before), 'articles/' + entry.split('/').at(-1), stored].sort(),
    );
    for (const [file, sha] of Object.entries(before)) expect(after[file], file).toBe(sha);

    const result = validateArticleSource(readFileSync(join(root, entry), 'utf8'));
    expect(result.ok).toBe(true);
    expect(readFileSync(join(root, 'content', stored)).equals(captureBytes)).toBe(true);
    if (result.ok) {
      expect(result.data.capture).toEqual({
        file: stored,
        sha256: sha256Hex(captureBytes),
        format: 'html',
        originalName: 'news-json-ld.html',
      });
      expect(result.data.archived).toBe(new Date().toISOString().slice(0, 10));
    }
    expect(run.stdout).toContain(`Wrote ${entry}`);
    expect(run.stdout).toMatch(/\n {2}headline +json-ld\n/);
    expect(run.stdout).toContain("publication.name 'The Northern Tribune' (json-ld) becomes the address segment");
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

  describe('what a page may lack', () => {
    /** A saved page at x.example/<url> with a headline and a name; `head` adds to its <head>, `text` is its article. */
    const page = (url: string, head: string, text = 'Some article text that goes on. '.repeat(20)) =>
      `<!DOCTYPE html><html><head><meta property="og:title" content="A Ferry Runs Again"><meta property="og:url" content="https://x.example/${url}"><meta property="og:site_name" content="Ferry Times">${head}</head><body><article><h1>A Ferry Runs Again</h1><p>${text}</p></article></body></html>`;
    const write = (name: string, text: string) => {
      const path = join(root, name);
      writeFileSync(path, text);
      return path;
    };
    const written = (stdout: string) => {
      const file = /^Wrote (\S+)$/m.exec(stdout)?.[1] ?? '';
      const result = validateArticleSource(readFileSync(join(root, file), 'utf8'));
      if (!result.ok) throw new Error(result.problems.join('\n'));
      return result.data;
    };

    it('records a page without a byline as an article with none, with a warning', () => {
      const run = add(
        write('no-byline.html', page('no-byline', '<meta property="article:published_time" content="2024-01-02">')),
      );
      expect(run.status, run.output).toBe(0);
      expect(written(run.stdout)).toMatchObject({ authors: [], noByline: true });
      expect(run.stdout).toContain('- authors: the capture names no author');
    });

    it('writes --no-byline as an article with no byline', () => {
      const byline =
        '<meta property="article:published_time" content="2024-01-03"><meta property="article:author" content="Ferry Times Staff">';
      const run = add(write('staff.html', page('staff', byline)), '--no-byline');
      expect(run.status, run.output).toBe(0);
      expect(written(run.stdout)).toMatchObject({ authors: [], noByline: true });
    });

    it('refuses a page with no date, saying which flag gives it, then takes --published', () => {
      const undated = write('undated.html', page('undated', '', 'Ferries run again. '.repeat(30)));
      const refused = add(undated);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`${undated}: published: `);
      expect(refused.stderr).toContain('--published');
      const run = add(undated, '--published', '2024-02-01');
      expect(run.status, run.output).toBe(0);
      expect(written(run.stdout).published).toBe('2024-02-01');
      expect(run.stdout).toMatch(/\n {2}published +flag --published\n/);
    });

    it('takes --headline and --summary over the page, and cuts and decodes a drafted summary', () => {
      const long = `${'The ferry &quot;Islander&quot; ran again on Monday after a month in dock. '.repeat(7)}`;
      const head = `<meta property="article:published_time" content="2024-01-04"><meta property="og:description" content="${long}">`;
      const drafted = add(
        write('long-summary.html', page('long-summary', head, 'Ferries sail. '.repeat(40))),
        '--dry-run',
      );
      expect(drafted.status, drafted.output).toBe(0);
      const summary = /^summary: (.*)$/m.exec(drafted.stdout)?.[1] ?? '';
      expect(summary).toMatch(/^'?The ferry "Islander" ran again/);
      expect(summary.length).toBeLessThanOrEqual(402);
      expect(drafted.stdout).toContain('it was cut to');

      const run = add(
        write('flags.html', page('flags', head, 'Ferries sail again. '.repeat(40))),
        '--headline',
        'Islander Ferry Sails Again',
        '--summary',
        'The island ferry sailed again after a month in dock.',
      );
      expect(run.status, run.output).toBe(0);
      expect(written(run.stdout)).toMatchObject({
        headline: 'Islander Ferry Sails Again',
        storySlug: 'islander-ferry-sails-again',
        summary: 'The island ferry sailed again after a month in dock.',
      });
    });
  });

  describe('capture files', () => {
    /** A plain-text capture laid out like the seed's, differing by `word`. */
    const capture = (word: string) =>
      `Harbour ${word} Reopens\n\nBy Jane Roe\n\nMarch 3, 2025\n\nThe ${word} harbour reopened on Monday, officials told The Coast Post.\n\nOriginal url: https://thecoastpost.example/2025/03/03/${word}\n`;

    it('keeps two different captures both named source.txt side by side, each under its checksum', () => {
      const first = join(root, 'one', 'source.txt');
      const second = join(root, 'two', 'source.txt');
      mkdirSync(join(root, 'one'));
      mkdirSync(join(root, 'two'));
      writeFileSync(first, capture('North'));
      writeFileSync(second, capture('South'));
      for (const path of [first, second]) {
        const run = add(path);
        expect(run.status, run.output).toBe(0);
        const bytes = readFileSync(path);
        const stored = join(root, 'content/captures', `${sha256Hex(bytes).slice(0, 16)}.txt`);
        expect(readFileSync(stored).equals(bytes)).toBe(true);
        expect(run.stdout).toContain(`Capture kept at content/captures/${sha256Hex(bytes).slice(0, 16)}.txt`);
      }
    });

    it('still refuses the same bytes under another name as already archived', () => {
      const copy = join(root, 'copy-of-source.txt');
      writeFileSync(copy, capture('North'));
      const before = snapshot();
      const run = add(copy);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${copy}: capture: this capture is already archived as content/articles/`);
      expect(snapshot()).toEqual(before);
    });
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

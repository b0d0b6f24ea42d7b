import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandName, folderSize, measuredRun } from '../../../bench/measure';

const dir = mkdtempSync(join(tmpdir(), 'archive-measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measuredRun', () => {
  it('reports the exit code, the output, each line as it comes, and a peak memory of the process tree', async () => {
    const lines: string[] = [];
    const result = await measuredRun(
      'sh',
      ['-c', 'echo "[build] one"; sleep 0.2; printf "two\\n[archive-x] three"; exit 3'],
      dir,
      process.env,
      (line) => lines.push(line),
    );
    expect(result.exitCode).toBe(3);
    expect(result.output).toBe('[build] one\ntwo\n[archive-x] three');
    expect(lines).toEqual(['[build] one', 'two', '[archive-x] three']);
    expect(result.peakRssBytes).toBeGreaterThan(0);
    expect(result.seconds).toBeGreaterThanOrEqual(0.2);
  });
});

describe('folderSize', () => {
  it('adds up the files and counts pages, leaving out Pagefind ready-made interfaces', () => {
    mkdirSync(join(dir, 'site/a'), { recursive: true });
    writeFileSync(join(dir, 'site/index.html'), '12345');
    writeFileSync(join(dir, 'site/a/index.html'), '123');
    writeFileSync(join(dir, 'site/pagefind-ui.js'), '1234567890');
    expect(folderSize(join(dir, 'site'))).toEqual({ bytes: 8, matching: 2 });
  });
});

describe('measuredRun, step by step', () => {
  it('gives the peak of each command the shell runs, named by its program and script', async () => {
    const result = await measuredRun('sh', ['-c', 'sleep 0.3 && sleep 0.31'], dir, process.env);
    expect(result.steps?.map((s) => s.command)).toEqual(['sleep 0.3', 'sleep 0.31']);
    expect(result.steps?.every((s) => s.peakRssBytes > 0)).toBe(true);
  });
});

describe('commandName', () => {
  it('names a command by its program and first argument, without Node and folders', () => {
    expect(commandName(['/usr/bin/node', '/p/node_modules/.bin/astro', 'build'])).toBe('astro build');
    expect(commandName(['node', '/p/node_modules/.bin/tsx', 'src/cli/finish-build.ts'])).toBe('tsx finish-build.ts');
    const lean = ['/p/node_modules/.bin/node', '--expose-gc', '--import', 'tsx', 'src/cli/finish-build.ts'];
    expect(commandName(lean)).toBe('finish-build.ts');
    expect(commandName(['pagefind', '--site', 'dist'])).toBe('pagefind dist');
  });
});

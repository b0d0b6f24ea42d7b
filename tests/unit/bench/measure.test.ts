import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSize, measuredRun } from '../../../src/bench/measure';

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

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, runBin } from '../helpers/project-copy';
import { ARTICLE, SEED_MD } from '../helpers/seed';

const NEW_MD = 'content/articles/2024-12-12-moscow-times-second-story.md';
const NEW_PATH = '/articles/the-moscow-times/2024-12-12/a-second-story/20261125/';

/** Adds a second story (the seed's text under another day and slug) and locks its address. */
function addArticle(dir: string) {
  const seed = readFileSync(join(dir, SEED_MD), 'utf8');
  writeFileSync(
    join(dir, NEW_MD),
    seed
      .replace('storySlug: russia-bets-on-chaos-to-preserve-its-syrian-foothold', 'storySlug: a-second-story')
      .replace('published: "2024-12-11"', 'published: "2024-12-12"')
      .replace(/^sourceUrl: .*$/m, 'sourceUrl: https://www.themoscowtimes.com/2024/12/12/a-second-story'),
  );
  const lock = runBin(dir, 'tsx', ['src/cli/lock.ts']);
  expect(lock.status, lock.output).toBe(0);
}

let warm: ReturnType<typeof copyProject>;
let cold: ReturnType<typeof copyProject>;
let warmOutput = '';

/**
 * The same archive built twice: once from nothing, and once as an update of an earlier build
 * (the pages of unchanged articles copied from Astro's incremental build cache).
 */
beforeAll(() => {
  warm = copyProject('archive-warm-');
  cold = copyProject('archive-cold-');
  const first = build(warm.dir);
  expect(first.status, first.output).toBe(0);
  addArticle(warm.dir);
  const second = build(warm.dir);
  expect(second.status, second.output).toBe(0);
  warmOutput = second.output;
  addArticle(cold.dir);
  const fresh = build(cold.dir);
  expect(fresh.status, fresh.output).toBe(0);
}, 240_000);
afterAll(() => {
  warm?.remove();
  cold?.remove();
});

describe('a rebuild after adding one article', () => {
  it('copies the unchanged article pages from the cache instead of rendering them again', () => {
    // Astro logs each page it copied from its cache as "(restored)" (the output folder is built
    // anew each time). The seed's downloads, TimeMap, capture and story address are not Astro's
    // pages: the step after it writes them on every build.
    const log = warmOutput.replace(/\u001b\[[0-9;]*m/g, '');
    const restored = [...log.matchAll(/(\/\S+) \(restored\)/g)].map((m) => m[1]);
    expect(restored).toContain(`${ARTICLE}index.html`);
    expect(restored.filter((path) => path!.startsWith(NEW_PATH))).toEqual([]);
  });

  it("reads from the built pages only the new article's text, and takes the rest from the last build", () => {
    expect(warmOutput).toContain('1 article text(s) unchanged since the last build, 1 read from their pages');
    // The new story has the seed's very text, so its people and quotations are the seed's.
    expect(warmOutput).toContain('People and quotations found in 0 article text(s), taken from the last build for 1');
  });

  it('gives exactly the files a build from nothing gives, the new article and the lists that show it included', () => {
    const manifest = (dir: string) => readFileSync(join(dir, 'dist/manifest-sha256.txt'), 'utf8');
    expect(manifest(warm.dir)).toContain(`${NEW_PATH.slice(1)}index.html`);
    expect(manifest(warm.dir)).toBe(manifest(cold.dir));
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, runBin } from '../helpers/project-copy';
import { SEED_MD } from '../helpers/seed';
import { htmlProblems } from '../helpers/html-validate';

/** The seed plus 129 more stories: 130 in all, two pages of the full list. */
const MORE = 129;

let project: ReturnType<typeof copyProject>;
const html = (path: string) => fromHtml(readFileSync(join(project.dir, 'dist', path, 'index.html'), 'utf8'));
const headlines = (path: string) =>
  selectAll('.article-card h2 a', html(path)).map((a) => String(a.properties['href']));

beforeAll(() => {
  project = copyProject('archive-listing-');
  const seed = readFileSync(join(project.dir, SEED_MD), 'utf8');
  for (let i = 1; i <= MORE; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      join(project.dir, `content/articles/listing-${i}.md`),
      seed
        .replace('storySlug: russia-bets-on-chaos-to-preserve-its-syrian-foothold', `storySlug: story-${i}`)
        .replace('published: "2024-12-11"', `published: "${day}"`),
    );
  }
  const lock = runBin(project.dir, 'tsx', ['src/cli/lock.ts']);
  expect(lock.status, lock.output).toBe(0);
  const result = build(project.dir);
  expect(result.status, result.output).toBe(0);
}, 240_000);
afterAll(() => project?.remove());

describe('lists of a large archive', () => {
  it('keeps the home page short: the newest twenty stories and a link to all of them', () => {
    const home = headlines('/');
    expect(home).toHaveLength(20);
    expect(home[0]).toMatch(/^\/articles\/the-moscow-times\/2024-12-11\//);
    expect(select('.all-articles a', html('/'))?.properties['href']).toBe('/archive/');
  });

  it('lists every story once, newest first, a hundred to a page, each page linking to the next', () => {
    const first = headlines('/archive/');
    const second = headlines('/archive/2/');
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(30);
    expect(new Set([...first, ...second]).size).toBe(130);
    expect(first.slice(0, 20)).toEqual(headlines('/'));
    expect(select('a[rel=next]', html('/archive/'))?.properties['href']).toBe('/archive/2/');
    expect(select('a[rel=prev]', html('/archive/2/'))?.properties['href']).toBe('/archive/');
    expect(select('ol.article-list', html('/archive/2/'))?.properties['start']).toBe(101);
  });

  it('has valid list pages', async () => {
    expect(await htmlProblems(join(project.dir, 'dist/archive/2/index.html'))).toEqual([]);
  });
});

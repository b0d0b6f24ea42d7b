import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSnapshotFiles } from '../../../../src/cli/finish-build/write-snapshot-files';
import { scanArchive } from '../../../../src/lib/archive/scan';
import { openDerivedCache } from '../../../../src/lib/build/derived-cache';
import { ROOT } from '../../../helpers/project-copy';
import { ARTICLE, SEED_MD, STORY } from '../../../helpers/seed';

const SITE = 'http://localhost:4321/';
const PAGE = `<!doctype html><html><body><article data-pagefind-body><div class="article-body">
<h2 id="syria">Syria</h2><p id="p-1"><a class="para-num" href="#p-1">1</a>Russia <a href="/people/vladimir-putin/">bets</a> on chaos.</p>
</div></article></body></html>`;

let root: string;
let out: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-files-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  out = join(root, 'site');
  mkdirSync(join(out, ARTICLE), { recursive: true });
  writeFileSync(join(out, ARTICLE, 'index.html'), PAGE);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeSnapshotFiles', () => {
  it('writes the downloads, the capture, the TimeMap and the story address beside the built page', async () => {
    const scan = await scanArchive(root);
    expect(await writeSnapshotFiles(root, out, scan, SITE)).toEqual([STORY.slice(1)]);
    const read = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(read(`${STORY}index.html`)).toBe(PAGE);
    expect(read(`${ARTICLE}source.md`)).toBe(readFileSync(join(root, SEED_MD), 'utf8'));
    expect(read(`${ARTICLE}cite.bib`)).toMatch(/^@article\{/);
    expect(read(`${ARTICLE}cite.ris`)).toMatch(/^TY {2}- NEWS/);
    expect(JSON.parse(read(`${ARTICLE}cite.json`))[0].author[0].family).toBe('Kozlov');
    const text = read(`${ARTICLE}article.txt`);
    expect(text).toContain(`Archived copy: ${SITE}${ARTICLE.slice(1)}`);
    expect(text).toMatch(/\n\n## Syria\n\n¶ 1 {2}Russia bets on chaos\.\n$/);
    const capture = scan.snapshots[0]!.data.capture.file;
    expect(readFileSync(join(out, capture))).toEqual(readFileSync(join(root, 'content', capture)));
    expect(existsSync(join(out, 'timemap'))).toBe(true);
  });

  it('stops, naming the file, when a source changed after the check read it', async () => {
    const scan = await scanArchive(root);
    writeFileSync(join(root, SEED_MD), `${readFileSync(join(root, SEED_MD), 'utf8')}\nA sentence added.\n`);
    await expect(writeSnapshotFiles(root, out, scan, SITE)).rejects.toThrow(
      /articles\/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria\.md: SHA-256 is [0-9a-f]{64}, but/,
    );
  });

  it.each([
    ['no article at all', '<!doctype html><html><body><p>Moved</p></body></html>'],
    ['an article body with no paragraph', '<article><h1>Headline</h1><div class="article-body"></div></article>'],
  ])('stops, naming the page, when the built page has %s', async (_, html) => {
    const scan = await scanArchive(root);
    writeFileSync(join(out, ARTICLE, 'index.html'), html);
    await expect(writeSnapshotFiles(root, out, scan, SITE)).rejects.toThrow(
      `These article pages were built with no text (see the Markdown errors above):\n  ${ARTICLE}`,
    );
  });

  it('writes the same article.txt from the text kept at the last build, and reads a changed page again', async () => {
    const scan = await scanArchive(root);
    const cacheFile = join(root, '.cache/article-text.json');
    const first = await openDerivedCache<string[] | null>(cacheFile, 'code');
    await writeSnapshotFiles(root, out, scan, SITE, first);
    await first.save();
    const fresh = readFileSync(join(out, ARTICLE, 'article.txt'), 'utf8');
    expect(first.counts).toEqual({ kept: 0, computed: 1 });

    const second = await openDerivedCache<string[] | null>(cacheFile, 'code');
    await writeSnapshotFiles(root, out, scan, SITE, second);
    expect(second.counts).toEqual({ kept: 1, computed: 0 });
    expect(readFileSync(join(out, ARTICLE, 'article.txt'), 'utf8')).toBe(fresh);

    // The page changed (say, a person's name is now linked): its text is read from it again.
    writeFileSync(join(out, ARTICLE, 'index.html'), PAGE.replace('on chaos.', 'on chaos in Syria.'));
    const third = await openDerivedCache<string[] | null>(cacheFile, 'code');
    await writeSnapshotFiles(root, out, scan, SITE, third);
    expect(third.counts).toEqual({ kept: 0, computed: 1 });
    expect(readFileSync(join(out, ARTICLE, 'article.txt'), 'utf8')).toMatch(
      /¶ 1 {2}Russia bets on chaos in Syria\.\n$/,
    );
  });
});

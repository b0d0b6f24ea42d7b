import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexThenHash } from '../../../../src/cli/finish-build/write-manifest';
import { hashSite } from '../../../../src/lib/fixity/manifest';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built site before indexing: pages, a search page, and files beside them. */
function site(): string {
  dir = mkdtempSync(join(tmpdir(), 'archive-index-hash-'));
  for (const page of ['', 'search/', 'articles/a/2024/']) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), `<p>${page}</p>`);
  }
  writeFileSync(join(dir, 'articles/a/2024/cite.bib'), '@article{a}');
  return dir;
}

/**
 * Indexing as the build does it: pages sent, then `whileWriting`, then the index written over
 * some time and the search page rewritten to list the shards.
 */
async function fakeIndex(whileWriting: () => void): Promise<void> {
  whileWriting();
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await writeFile(join(dir, 'pagefind/pagefind-entry.json'), '{"languages":{}}');
  await writeFile(join(dir, 'pagefind/fragment/en_1.pf_fragment'), 'fragment');
  await writeFile(join(dir, 'search/index.html'), '<form data-search-shards="/pagefind/ /pagefind/shard-2/">');
}

describe('the manifest of a site indexed while it is hashed', () => {
  it('lists every file as it is once indexing is done: the index, the rewritten search page and the rest', async () => {
    site();
    const entries = await indexThenHash(dir, fakeIndex);
    expect(entries).toEqual(await hashSite(dir));
    expect(entries.map((e) => e.path)).toContain('pagefind/fragment/en_1.pf_fragment');
    expect(readFileSync(join(dir, 'search/index.html'), 'utf8')).toContain('shard-2');
  });

  it('hashes every file even when indexing never says it is writing', async () => {
    site();
    const entries = await indexThenHash(dir, async () => {
      mkdirSync(join(dir, 'pagefind'));
      writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), '{}');
    });
    expect(entries).toEqual(await hashSite(dir));
  });

  it('lists the site as it is after indexing, whatever indexing wrote, rewrote or removed', async () => {
    site();
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
    const entries = await indexThenHash(dir, async (whileWriting) => {
      whileWriting();
      await fakeIndex(() => {});
      await writeFile(join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /search/');
      await writeFile(join(dir, 'articles/a/2024/new.txt'), 'new');
      rmSync(join(dir, 'articles/a/2024/cite.bib'));
    });
    expect(entries).toEqual(await hashSite(dir));
    expect(entries.map((e) => e.path)).toContain('articles/a/2024/new.txt');
    expect(entries.map((e) => e.path)).not.toContain('articles/a/2024/cite.bib');
  });

  it('stops with the error of a failed index', async () => {
    site();
    await expect(
      indexThenHash(dir, async (whileWriting) => {
        whileWriting();
        throw new Error('Pagefind writeFiles failed');
      }),
    ).rejects.toThrow('Pagefind writeFiles failed');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/lib/fixity/captures';
import {
  fileSha256,
  hashSite,
  hashStamped,
  manifestText,
  pagesOf,
  parseManifest,
  rehashChanged,
  siteFiles,
  verifySite,
} from '../../../../src/lib/fixity/manifest';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(): string {
  dir = mkdtempSync(join(tmpdir(), 'archive-manifest-'));
  mkdirSync(join(dir, 'articles/a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, 'articles/a/index.html'), '<p>article</p>');
  return dir;
}

describe('the site manifest', () => {
  it('hashes a site of thousands of files, reading a few at a time, in path order', async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-manifest-'));
    const names = Array.from({ length: 3000 }, (_, i) => `p${String(i).padStart(4, '0')}.txt`);
    for (const name of names) writeFileSync(join(dir, name), name);
    const entries = await hashSite(dir);
    expect(entries.map((e) => e.path)).toEqual(names);
    expect(entries[2999]).toEqual({ path: 'p2999.txt', sha256: sha256Hex('p2999.txt') });
  });

  it('hashes files of any size, read a piece at a time, many at once, each by its own bytes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-manifest-'));
    // Empty, under one read, exactly one read (64 KiB), and over several reads with a short last one.
    const sizes = [0, 1, 65_535, 65_536, 65_537, 300_001];
    const files = sizes.map((size, i) => {
      const bytes = Buffer.alloc(size);
      for (let b = 0; b < size; b++) bytes[b] = (b * 31 + i) % 251;
      writeFileSync(join(dir, `f${i}`), bytes);
      return { path: join(dir, `f${i}`), sha256: sha256Hex(bytes) };
    });
    // Twenty rounds of all of them at once: a buffer used again must not carry one file's bytes into another's hash.
    const rounds = await Promise.all(
      Array.from({ length: 20 }, () => Promise.all(files.map((f) => fileSha256(f.path)))),
    );
    for (const hashes of rounds) expect(hashes).toEqual(files.map((f) => f.sha256));
    await expect(fileSha256(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });

  it('lists every file, sorted, with its SHA-256, in BagIt form', async () => {
    const text = manifestText(await hashSite(site()));
    expect(text).toBe(
      `${sha256Hex('<p>article</p>')}  articles/a/index.html\n${sha256Hex('<p>home</p>')}  index.html\n`,
    );
    expect(parseManifest(text).map((e) => e.path)).toEqual(['articles/a/index.html', 'index.html']);
  });

  it('leaves the manifests themselves out', async () => {
    const root = site();
    writeFileSync(join(root, 'manifest-sha256.txt'), 'x');
    writeFileSync(join(root, 'manifest-sha256.json'), 'x');
    expect((await hashSite(root)).map((e) => e.path)).toEqual(['articles/a/index.html', 'index.html']);
  });

  it('names a changed, a missing and an unlisted file', async () => {
    const root = site();
    const manifest = manifestText(await hashSite(root));
    writeFileSync(join(root, 'index.html'), '<p>hOme</p>');
    rmSync(join(root, 'articles/a/index.html'));
    writeFileSync(join(root, 'new.js'), '');
    expect(await verifySite(root, manifest)).toEqual([
      expect.stringMatching(/^articles\/a\/index\.html: listed in the manifest but missing$/),
      expect.stringMatching(/^index\.html: changed \(manifest [0-9a-f]{12}…, file [0-9a-f]{12}…\)$/),
      'new.js: not listed in the manifest',
    ]);
  });

  it('refuses a malformed manifest line, naming it', () => {
    expect(() => parseManifest('abc  index.html\n')).toThrow('manifest-sha256.txt line 1 is not "<sha256>  <path>"');
  });

  it('finds the pages among the files, each as the folder it is served from', () => {
    expect(pagesOf(['articles/a/index.html', 'articles/a/cite.bib', 'index.html', 'search/index.html'])).toEqual([
      { pathname: 'articles/a/' },
      { pathname: '' },
      { pathname: 'search/' },
    ]);
  });

  it('hashes again only what changed since an earlier hashing, and lists what was added, not what was removed', async () => {
    site();
    writeFileSync(join(dir, 'old.txt'), 'to be removed');
    const earlier = await hashStamped(dir, await siteFiles(dir));
    // A recorded hash is taken as it is while the file is untouched: this one is set wrong on
    // purpose, to show it is not read again.
    const home = earlier.find((e) => e.path === 'index.html')!;
    home.sha256 = 'f'.repeat(64);
    writeFileSync(join(dir, 'articles/a/index.html'), '<p>article, rewritten</p>');
    writeFileSync(join(dir, 'new.txt'), 'added');
    rmSync(join(dir, 'old.txt'));
    expect(await rehashChanged(dir, earlier)).toEqual([
      { path: 'articles/a/index.html', sha256: sha256Hex('<p>article, rewritten</p>') },
      { path: 'index.html', sha256: 'f'.repeat(64) },
      { path: 'new.txt', sha256: sha256Hex('added') },
    ]);
  });
});

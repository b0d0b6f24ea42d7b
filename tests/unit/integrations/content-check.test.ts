import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/integrations/content-check';

const content = new URL('../../../content/', import.meta.url);
const seedName = 'articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';
let dir: string;

/** A copy of the archive's content folder to break on purpose. */
function copyOfContent(): string {
  dir = mkdtempSync(join(tmpdir(), 'archive-content-'));
  cpSync(content, dir, { recursive: true });
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkContent (runs before every build)', () => {
  it('passes the archive as committed', async () => {
    expect(await checkContent(copyOfContent())).toEqual([]);
  });

  it('names the file and field of a broken entry', async () => {
    const root = copyOfContent();
    writeFileSync(join(root, 'articles/broken.md'), '---\nheadline: "Only a headline"\n---\n\nText.\n');
    const [message] = await checkContent(root);
    expect(message).toMatch(/^articles\/broken\.md is not a valid article:\n/);
    expect(message).toContain('  - published: is required');
  });

  it('refuses two entries that would share a permanent path', async () => {
    const root = copyOfContent();
    const seed = readFileSync(join(root, seedName), 'utf8');
    writeFileSync(join(root, 'articles/copy.md'), seed.replace('Pyotr Kozlov', 'Someone Else'));
    expect(await checkContent(root)).toEqual([
      expect.stringMatching(
        /^articles\/copy\.md: publication, published and storySlug give the path \/articles\/the-moscow-times\/2024-12-11\/.+\/, already used by articles\/2024-12-11-/,
      ),
    ]);
  });

  it('refuses a capture that no longer matches its checksum', async () => {
    const root = copyOfContent();
    appendFileSync(join(root, 'captures/000_c8bbb14421199b13.txt'), 'edited\n');
    expect(await checkContent(root)).toEqual([
      expect.stringContaining(
        'capture.sha256: content/captures/000_c8bbb14421199b13.txt no longer matches its recorded SHA-256',
      ),
    ]);
  });
});

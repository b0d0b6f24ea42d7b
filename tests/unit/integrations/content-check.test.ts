import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../../src/integrations/content-check';
import { INVALID_CASES } from '../../fixtures/articles/invalid-cases';

const content = new URL('../../../content/', import.meta.url);
const seedName = 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';
const seedPath = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261125/';
let dir: string;

/** A project folder holding a copy of the archive's content (lock file included) to break on purpose. */
function copyOfProject(): string {
  dir = mkdtempSync(join(tmpdir(), 'archive-content-'));
  cpSync(content, join(dir, 'content'), { recursive: true });
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkContent (runs before every build)', () => {
  it('passes the archive as committed', async () => {
    expect(await checkContent(copyOfProject())).toEqual([]);
  });

  it('names the file and field of a broken entry', async () => {
    const root = copyOfProject();
    writeFileSync(join(root, 'content/articles/broken.md'), '---\nheadline: "Only a headline"\n---\n\nText.\n');
    const [message] = await checkContent(root);
    expect(message).toMatch(/^content\/articles\/broken\.md is not a valid article:\n/);
    expect(message).toContain('  - published: is required');
  });

  it.each(Object.entries(INVALID_CASES))(
    'stops the build on the malformed fixture %s with one message naming the file and the field',
    async (name, message) => {
      const root = copyOfProject();
      cpSync(
        fileURLToPath(new URL(`../../fixtures/articles/invalid/${name}.md`, import.meta.url)),
        join(root, `content/articles/${name}.md`),
      );
      expect(await checkContent(root)).toEqual([`content/articles/${name}.md is not a valid article:\n  - ${message}`]);
    },
  );

  it('builds entries with a byte-order mark or CRLF line endings', async () => {
    const root = copyOfProject();
    for (const name of ['with-bom', 'crlf-line-endings']) {
      const text = readFileSync(new URL(`../../fixtures/articles/valid/${name}.md`, import.meta.url), 'utf8');
      // A snapshot of its own, so it does not clash with the seed's address.
      writeFileSync(
        join(root, `content/articles/${name}.md`),
        text.replace(
          /archived: "2026-11-25"/,
          `captured: "2026-11-2${name === 'with-bom' ? 3 : 4}"\narchived: "2026-11-25"`,
        ),
      );
    }
    const messages = await checkContent(root);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/does not list 2 new snapshot\(s\)/);
  });

  it('refuses a malformed person and an attribution to nobody, naming the file and the field', async () => {
    const root = copyOfProject();
    writeFileSync(join(root, 'content/people/broken.yaml'), 'name: Someone\naliases: Some\n');
    const file = join(root, seedName);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'editorialChanges:',
        'attributions:\n  - quote: "A lot can happen"\n    speaker: nobody-known\neditorialChanges:',
      ),
    );
    const messages = await checkContent(root);
    expect(messages).toContain(
      'content/people/broken.yaml: aliases: aliases must be a list of names, such as [Putin, Владимир Путин]',
    );
    expect(messages).toContain('content/people/broken.yaml: description: is required');
    expect(messages).toContain(
      `${seedName} is not a valid article:\n  - attributions[0].speaker: no person "nobody-known" under content/people/`,
    );
  });

  it('refuses two entries that would share a permanent address', async () => {
    const root = copyOfProject();
    const seed = readFileSync(join(root, seedName), 'utf8');
    writeFileSync(join(root, 'content/articles/copy.md'), seed.replace('Pyotr Kozlov', 'Someone Else'));
    expect(await checkContent(root)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^content/articles/copy\\.md: .* give the address ${seedPath}, already used by content/articles/2024-12-11-`,
        ),
      ),
    ]);
  });

  it('refuses a capture that no longer matches its checksum', async () => {
    const root = copyOfProject();
    appendFileSync(join(root, 'content/captures/000_c8bbb14421199b13.txt'), 'edited\n');
    expect(await checkContent(root)).toEqual([
      expect.stringContaining(
        'capture.sha256: content/captures/000_c8bbb14421199b13.txt no longer matches its recorded SHA-256',
      ),
    ]);
  });

  it('refuses an edit to a published snapshot: a correction is a new snapshot', async () => {
    const root = copyOfProject();
    const file = join(root, seedName);
    writeFileSync(file, readFileSync(file, 'utf8').replace('swift collapse', 'sudden collapse'));
    expect(await checkContent(root)).toEqual([
      expect.stringMatching(new RegExp(`^${seedName}: changed since ${seedPath} was published`)),
    ]);
  });

  it('refuses a published address that disappears, unless redirected', async () => {
    const root = copyOfProject();
    const file = join(root, seedName);
    writeFileSync(file, readFileSync(file, 'utf8').replace('storySlug: russia-bets', 'storySlug: moscow-bets'));
    const messages = await checkContent(root);
    expect(messages[0]).toMatch(
      new RegExp(`^${seedPath}: published from ${seedName} .* no article produces it any more`),
    );
    expect(messages[1]).toMatch(
      /does not list 1 new snapshot\(s\):\n {2}- \/articles\/the-moscow-times\/2024-12-11\/moscow-bets-/,
    );
  });

  it('asks for `npm run lock` before a new snapshot is published', async () => {
    const root = copyOfProject();
    const seed = readFileSync(join(root, seedName), 'utf8');
    writeFileSync(
      join(root, 'content/articles/later.md'),
      seed.replace('archived: "2026-11-25"', 'captured: "2026-11-26T09:00:00Z"\narchived: "2026-11-26"'),
    );
    expect(await checkContent(root)).toEqual([
      expect.stringContaining(
        'does not list 1 new snapshot(s):\n  - /articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/20261126090000/ (content/articles/later.md)\nPublishing an address is a promise to keep it: run `npm run lock`',
      ),
    ]);
  });
});

describe('checkContent and the registry of people', () => {
  it('refuses a name that two people share', async () => {
    const root = copyOfProject();
    writeFileSync(
      join(root, 'content/people/another-kozlov.yaml'),
      'name: Ivan Kozlov\naliases: [Kozlov]\ndescription: Someone else.\n',
    );
    expect(await checkContent(root)).toEqual([
      'content/people/pyotr-kozlov.yaml: aliases: "Kozlov" is also a name of content/people/another-kozlov.yaml; a name must point to one person',
    ]);
  });
});

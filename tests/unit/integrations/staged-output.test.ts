import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { previousOf, publishStaged } from '../../../src/integrations/staged-output';

let root: string;
const site = (name: string, text: string) => {
  mkdirSync(join(root, name, 'articles'), { recursive: true });
  writeFileSync(join(root, name, 'articles/index.html'), text);
};
const read = (name: string) => readFileSync(join(root, name, 'articles/index.html'), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-publish-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('publishStaged', () => {
  it('publishes the staged site when nothing was published before', async () => {
    site('staging', 'first build');
    await publishStaged(join(root, 'staging'), join(root, 'dist'));
    expect(read('dist')).toBe('first build');
    expect(existsSync(join(root, 'staging'))).toBe(false);
    expect(existsSync(join(root, 'dist.previous'))).toBe(false);
  });

  it('keeps the site it replaces beside the new one, and replaces that on the next build', async () => {
    site('dist', 'first build');
    site('staging', 'second build');
    await publishStaged(join(root, 'staging'), join(root, 'dist'));
    expect(read('dist')).toBe('second build');
    expect(read('dist.previous')).toBe('first build');
    site('staging', 'third build');
    await publishStaged(join(root, 'staging'), join(root, 'dist/'));
    expect(read('dist')).toBe('third build');
    expect(read('dist.previous')).toBe('second build');
  });
});

describe('previousOf', () => {
  it('names the folder beside the published one, with or without a trailing slash', () => {
    expect(previousOf('/site/dist')).toBe('/site/dist.previous');
    expect(previousOf('/site/dist/')).toBe('/site/dist.previous');
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyArticlePages } from '../../../src/integrations/build-check';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function page(pathname: string, body: string) {
  mkdirSync(join(dir, pathname), { recursive: true });
  writeFileSync(join(dir, pathname, 'index.html'), `<h1>Headline</h1><div class="article-body">${body}</div>`);
}

describe('emptyArticlePages', () => {
  it('finds an article page whose Markdown rendered to nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-dist-'));
    page('articles/a/2024-01-01/full', '<p>Text.</p>');
    page('articles/b/2024-01-01/empty', '');
    page('articles/c/2024-01-01/empty-in-article', '</div><article><div class="article-body"></div></article><div>');
    page('search', '');
    expect(
      await emptyArticlePages(dir, [
        'articles/a/2024-01-01/full/',
        'articles/b/2024-01-01/empty/',
        'articles/c/2024-01-01/empty-in-article/',
        'search/',
      ]),
    ).toEqual(['/articles/b/2024-01-01/empty/', '/articles/c/2024-01-01/empty-in-article/']);
  });
});

/**
 * A saved page full of scripts, imported and published as a capture, opened through every link the
 * site gives to it (the capture file and the view of the page), on a host that applies the archive's `_headers` and on one that reads no such
 * file (as `python3 -m http.server` and many hosts do): none of its scripts runs, it sets no cookie
 * and the browser asks no other site for anything.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from '../../src/lib/web-archive/static-host';
import { openPage, useBrowser } from '../helpers/browser';
import { build, copyProject, ROOT, runBin } from '../helpers/project-copy';

let project: ReturnType<typeof copyProject>;
let dist: string;
const browser = useBrowser();

beforeAll(() => {
  project = copyProject('archive-hostile-capture-');
  dist = join(project.dir, 'dist');
  const add = runBin(project.dir, 'tsx', [
    'src/cli/add.ts',
    join(ROOT, 'tests/fixtures/hostile/capture.html'),
    '--archived',
    '2026-11-26',
  ]);
  expect(add.status, add.output).toBe(0);
  const lock = runBin(project.dir, 'tsx', ['src/cli/lock.ts']);
  expect(lock.status, lock.output).toBe(0);
  const result = build(project.dir);
  expect(result.status, result.output).toBe(0);
}, 240_000);
afterAll(() => project?.remove());

/** A host that serves files as their names say and reads no `_headers`. */
async function plainHost(root: string) {
  const assets = sirv(root, { dev: false });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe.each([
  ['a host that applies _headers', serveSite],
  ['a host that reads no _headers', plainHost],
] as const)('a hostile capture on %s', (_, serve) => {
  it('runs none of its scripts, sets no cookie and calls no other site', async () => {
    const server = await serve(dist);
    try {
      const { page, foreignRequests } = await openPage(browser(), server.url);
      await page.goto(`${server.url}/`);
      const article = await page.locator('a', { hasText: 'Harbour Fees Rise Again' }).first().getAttribute('href');
      await page.goto(server.url + article);
      const capture = page.locator('a', { hasText: 'capture file' });
      const href = await capture.getAttribute('href');
      expect(href).toMatch(/^\/captures\/[^/]+\.html\.txt$/);
      const response = await page.goto(server.url + href);
      expect(response?.headers()['content-type']).toMatch(/^text\/plain/);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __capturePwned?: boolean }).__capturePwned)).toBe(
        undefined,
      );
      // Under the sandbox of `_headers` the page may not even read cookies; either way it has none.
      expect(
        await page.evaluate(() => {
          try {
            return document.cookie;
          } catch {
            return '';
          }
        }),
      ).toBe('');
      expect(await page.context().cookies()).toEqual([]);
      // The page shows the capture's bytes as text: its script is there to read, not run.
      expect(await page.evaluate(() => document.body.innerText)).toContain("document.cookie = 'pwned=1; path=/';");
      expect(foreignRequests).toEqual([]);
      // Nothing is published under the capture's own name, which a host would serve as HTML.
      const original = await fetch(server.url + href!.replace(/\.txt$/, ''));
      expect(original.status).toBe(404);

      // The view of the page as it was laid out: its text, and nothing that runs or loads.
      await page.goto(server.url + article);
      const view = await page.locator('a', { hasText: 'see the captured page' }).getAttribute('href');
      expect(view).toMatch(/^\/capture-views\/[^/]+\/$/);
      await page.goto(server.url + view);
      await page.waitForTimeout(500);
      expect(await page.locator('main').innerText()).toContain('The port authority raised mooring fees');
      expect(await page.locator('script, iframe, img, style, link[rel="stylesheet"], form').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __capturePwned?: boolean }).__capturePwned)).toBe(
        undefined,
      );
      expect(await page.evaluate(() => document.body.dataset['pwned'])).toBe(undefined);
      expect(await page.title()).not.toBe('pwned');
      expect(await page.context().cookies()).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

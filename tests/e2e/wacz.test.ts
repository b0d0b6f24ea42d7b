/**
 * A page archived from a live URL (on loopback) and built into the site: its snapshot offers the
 * capture as a WACZ package, which downloads as a ZIP whose every digest checks out, which the
 * manifest lists and `npm run verify` checks inside, and which comes out the same in a second build.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/fixity/captures';
import { checkWacz } from '../../src/lib/web-archive/wacz';
import { serveSite } from '../../src/lib/web-archive/static-host';
import { build, copyProject, ROOT, runBin } from '../helpers/project-copy';

let project: ReturnType<typeof copyProject>;
let dist: string;
let news: Server;
let newsUrl: string;
let snapshotHtml: string;
let waczHref: string;

beforeAll(async () => {
  news = createServer((req, res) => {
    if (req.url === '/old') return void res.writeHead(301, { Location: '/article' }).end();
    if (req.url === '/article') {
      return void res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(readFileSync(join(ROOT, 'tests/fixtures/import/site/article.html')));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
  newsUrl = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
  project = copyProject('archive-wacz-');
  dist = join(project.dir, 'dist');
  const bin = join(project.dir, 'node_modules/.bin');
  // Run without blocking this process, which serves the page being fetched.
  await promisify(execFile)(join(bin, 'tsx'), ['src/cli/add.ts', `${newsUrl}/old`], {
    cwd: project.dir,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0' },
  });
  const lock = runBin(project.dir, 'tsx', ['src/cli/lock.ts']);
  expect(lock.status, lock.output).toBe(0);
  const result = build(project.dir);
  expect(result.status, result.output).toBe(0);
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const article = /href="(\/articles\/[^"]*harbour-cranes[^"]*)"/.exec(home)![1]!;
  snapshotHtml = readFileSync(join(dist, article, 'index.html'), 'utf8');
  waczHref = /<a href="(\/wacz\/[0-9a-f]{16}\.wacz)" download[^>]*>/.exec(snapshotHtml)![1]!;
}, 300_000);
afterAll(() => {
  news?.close();
  project?.remove();
});

describe('the WACZ of a page archived from its URL', () => {
  it('is offered beside the capture in a plain sentence', () => {
    const offer = /<dd>(Also as a[\s\S]*?)<\/dd>/.exec(snapshotHtml)![1]!;
    expect(offer.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toBe(
      'Also as a WACZ package, which web-archive replay tools open',
    );
  });

  it('downloads from the snapshot page as a ZIP, with its length given for range requests', async () => {
    const server = await serveSite(dist);
    try {
      const response = await fetch(server.url + waczHref);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).not.toMatch(/text\/plain/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
      expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\x03\x04');
    } finally {
      await server.close();
    }
  });

  it('holds the very WARC the entry records, the page reached after the redirect, and checks out', async () => {
    const bytes = readFileSync(join(dist, waczHref));
    const { problems, datapackage } = await checkWacz(bytes);
    expect(problems).toEqual([]);
    expect(datapackage.mainPageUrl).toBe(`${newsUrl}/article`);
    const warcPath = Object.keys(unzipSync(bytes)).find((f) => f.startsWith('archive/'))!;
    const recorded = /<code class="sha">([0-9a-f]{64})<\/code>/.exec(snapshotHtml)![1];
    expect(sha256Hex(unzipSync(bytes)[warcPath]!)).toBe(recorded);
  });

  it('is listed in the manifest, and `npm run verify` names it when a byte inside changes', () => {
    const manifest = readFileSync(join(dist, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toContain(`  ${waczHref.slice(1)}\n`);
    const ok = runBin(project.dir, 'tsx', ['src/cli/verify.ts']);
    expect(ok.status, ok.output).toBe(0);
    const file = join(dist, waczHref);
    const original = readFileSync(file);
    const changed = Buffer.from(original);
    changed[changed.length - 400]! ^= 1;
    writeFileSync(file, changed);
    try {
      const bad = runBin(project.dir, 'tsx', ['src/cli/verify.ts']);
      expect(bad.status).toBe(1);
      expect(bad.output).toContain(`${waczHref.slice(1)}: changed`);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('comes out byte for byte the same when the site is built again', () => {
    const before = readFileSync(join(dist, waczHref));
    const again = build(project.dir, { TZ: 'Asia/Kolkata' });
    expect(again.status, again.output).toBe(0);
    expect(sha256Hex(readFileSync(join(dist, waczHref)))).toBe(sha256Hex(before));
  }, 300_000);
});

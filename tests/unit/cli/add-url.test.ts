/**
 * `npm run add -- <URL>` against a small news site on loopback: the page is fetched, its redirects
 * followed, the exchange kept as a WARC capture, and the entry made from the page; a page that
 * cannot be archived writes nothing.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticleSource } from '../../../src/lib/archive/validation';
import { sha256Hex } from '../../../src/lib/fixity/captures';
import { readWarc } from '../../../src/lib/import/warc';
import { ROOT } from '../../helpers/project-copy';

const SITE = join(ROOT, 'tests/fixtures/import/site');
let root: string;
let server: Server;
let base: string;

/** `npm run add` run without blocking this process, which serves the site it fetches. */
async function add(...args: string[]) {
  const bin = join(ROOT, 'node_modules/.bin');
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(bin, 'tsx'),
      ['src/cli/add.ts', ...args, '--root', root],
      {
        cwd: ROOT,
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0' },
      },
    );
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, output: e.stdout + e.stderr };
  }
}

const files = (dir: string) => readdirSync(join(root, dir)).sort();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'archive-add-url-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  server = createServer((req, res) => {
    if (req.url === '/old') return void res.writeHead(301, { Location: '/moved' }).end();
    if (req.url === '/moved') return void res.writeHead(302, { Location: '/article' }).end();
    if (req.url === '/article') {
      return void res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(readFileSync(join(SITE, 'article.html')));
    }
    if (req.url === '/report.pdf')
      return void res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF-1.4');
    res.writeHead(404, { 'Content-Type': 'text/html' }).end('<p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run add -- <URL>', () => {
  it('archives the page it is redirected to as a WARC capture, with the exact capture time', async () => {
    const before = files('content/articles');
    const run = await add(`${base}/old`, '--archived', '2026-12-03');
    expect(run.status, run.output).toBe(0);
    const added = files('content/articles').filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const entry = validateArticleSource(readFileSync(join(root, 'content/articles', added[0]!), 'utf8'));
    if (!entry.ok) throw new Error(entry.problems.join('\n'));
    expect(entry.data.capture.format).toBe('warc');
    expect(entry.data.capture.file).toMatch(/^captures\/[0-9a-f]{16}\.warc$/);
    expect(entry.data.captured).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const warc = readFileSync(join(root, 'content', entry.data.capture.file));
    expect(sha256Hex(warc)).toBe(entry.data.capture.sha256);
    const records = await readWarc(warc);
    expect(records.filter((r) => r.type === 'response').map((r) => r.targetUri)).toEqual([
      `${base}/old`,
      `${base}/moved`,
      `${base}/article`,
    ]);
    for (const r of records.filter((x) => x.payloadDigest)) expect(r.payloadDigest).toBe(r.computed.payloadDigest);
  });

  it.each([
    ['a page that is not there', '/missing', '404'],
    ['a response that is not a page', '/report.pdf', 'not an HTML page'],
  ])('writes nothing for %s, and says why', async (_, path, reason) => {
    const before = [files('content/articles'), files('content/captures')];
    const run = await add(`${base}${path}`);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${base}${path}: url:`);
    expect(run.output).toContain(reason);
    expect([files('content/articles'), files('content/captures')]).toEqual(before);
  });
});

import { createHash } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWarc, readWarc, type HttpExchange } from '../../../../src/lib/import/warc';
import { checkWacz, waczOfCapture } from '../../../../src/lib/web-archive/wacz';

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

const exchange = (url: string, status: number, body: string, at: string): HttpExchange => ({
  url,
  request: { method: 'GET', headers: [['User-Agent', 'test']], date: at },
  response: {
    status,
    statusText: status === 200 ? 'OK' : 'Found',
    headers: status === 200 ? [['Content-Type', 'text/html; charset=utf-8']] : [['Location', '/story']],
    body: new TextEncoder().encode(body),
    date: at.replace(':00Z', ':01Z'),
  },
});

let warc: Uint8Array;
let wacz: Uint8Array;
const FILE = 'captures/5f1c0a9b2d3e4f50.warc';

beforeAll(async () => {
  warc = await buildWarc(
    [
      exchange('https://news.example/old', 302, '', '2025-04-02T08:15:00Z'),
      exchange('https://news.example/story', 200, '<title>Harbour fees</title><p>Grüße</p>', '2025-04-02T08:16:00Z'),
    ],
    { info: { software: 'test' } },
  );
  wacz = await waczOfCapture(warc, FILE, 'Harbour Fees Rise Again', 'https://archive.example/');
});

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the WACZ of a WARC capture', () => {
  it('holds the WARC unchanged, an index, the page list and the data package, as WACZ 1.1.1 lays them out', () => {
    const files = unzipSync(wacz);
    expect(Object.keys(files).sort()).toEqual([
      'archive/5f1c0a9b2d3e4f50.warc',
      'datapackage-digest.json',
      'datapackage.json',
      'indexes/index.cdxj',
      'pages/pages.jsonl',
    ]);
    expect(sha256(files['archive/5f1c0a9b2d3e4f50.warc']!)).toBe(sha256(warc));
    const datapackage = JSON.parse(text(files['datapackage.json']));
    expect(datapackage).toMatchObject({
      profile: 'data-package',
      wacz_version: '1.1.1',
      mainPageUrl: 'https://news.example/story',
      mainPageDate: '2025-04-02T08:16:01Z',
      created: '2025-04-02T08:16:01Z',
    });
    for (const resource of datapackage.resources) {
      expect(resource.hash, resource.path).toBe(sha256(files[resource.path]!));
      expect(resource.bytes, resource.path).toBe(files[resource.path]!.length);
    }
    expect(JSON.parse(text(files['datapackage-digest.json'])).hash).toBe(sha256(files['datapackage.json']!));
  });

  it('lists the page reached after the redirect, with its capture time and headline', () => {
    const [header, page, ...rest] = text(unzipSync(wacz)['pages/pages.jsonl']).trim().split('\n');
    expect(JSON.parse(header!)).toEqual({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
    expect(JSON.parse(page!)).toMatchObject({
      url: 'https://news.example/story',
      ts: '2025-04-02T08:16:01Z',
      title: 'Harbour Fees Rise Again',
    });
    expect(rest).toEqual([]);
  });

  it('indexes both responses at the offsets of their records in the WARC', async () => {
    const files = unzipSync(wacz);
    const lines = text(files['indexes/index.cdxj']).trim().split('\n');
    expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'example,news)/old 20250402081501',
      'example,news)/story 20250402081601',
    ]);
    const story = JSON.parse(lines[1]!.slice(lines[1]!.indexOf('{')));
    expect(story).toMatchObject({ url: 'https://news.example/story', status: '200', mime: 'text/html' });
    const slice = warc.subarray(Number(story.offset), Number(story.offset) + Number(story.length));
    const [record] = await readWarc(slice);
    expect(record).toMatchObject({ type: 'response', targetUri: 'https://news.example/story' });
  });

  it('stores every file uncompressed, so a replay tool can read one record by a range request', () => {
    const offset = Buffer.from(wacz).indexOf(Buffer.from(warc.subarray(0, 200)));
    expect(offset).toBeGreaterThan(0);
  });

  it('passes its own check: every digest, size, listing and index line agrees', async () => {
    expect((await checkWacz(wacz)).problems).toEqual([]);
  });

  it('comes out byte for byte the same from the same capture, in any time zone', async () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = await waczOfCapture(warc, FILE, 'Harbour Fees Rise Again', 'https://archive.example/');
    process.env.TZ = 'America/Los_Angeles';
    const west = await waczOfCapture(warc, FILE, 'Harbour Fees Rise Again', 'https://archive.example/');
    expect(sha256(east)).toBe(sha256(wacz));
    expect(sha256(west)).toBe(sha256(wacz));
  });

  it('names each file whose bytes no longer match what the package lists', async () => {
    const files = unzipSync(wacz);
    const bytes = files['archive/5f1c0a9b2d3e4f50.warc']!;
    const changed = Uint8Array.from(bytes);
    changed[changed.length - 20]! ^= 1;
    const tampered = zipSync({ ...files, 'archive/5f1c0a9b2d3e4f50.warc': changed, 'notes.txt': new Uint8Array([1]) });
    const { problems } = await checkWacz(tampered);
    expect(problems).toContain('archive/5f1c0a9b2d3e4f50.warc: SHA-256 does not match datapackage.json');
    expect(problems).toContain('notes.txt: not listed in datapackage.json');
    expect(problems.some((p) => /wrong WARC-(Block|Payload)-Digest/.test(p))).toBe(true);
  });

  it('says plainly when the file is no ZIP at all', async () => {
    expect((await checkWacz(new TextEncoder().encode('<html>'))).problems[0]).toMatch(/^not a ZIP file/);
  });

  it('refuses a WARC with no response in it, naming the capture', async () => {
    const empty = await buildWarc([], { info: { software: 'test' } });
    await expect(waczOfCapture(empty, FILE, 'x', 'https://archive.example/')).rejects.toThrow(
      'content/captures/5f1c0a9b2d3e4f50.warc: a WARC capture with no response record',
    );
  });
});

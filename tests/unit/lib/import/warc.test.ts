import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { buildWarc, readWarc, type HttpExchange } from '../../../../src/lib/import/warc';

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

// Every byte value, a blank line inside the body and non-ASCII text: nothing in a body may be
// taken for WARC or HTTP framing.
const BINARY = new Uint8Array([...Array.from({ length: 256 }, (_, i) => i), 13, 10, 13, 10, 0]);
const PAGE = new TextEncoder().encode('<!DOCTYPE html><p>Grüße — привет</p>\r\n\r\n<p>after a blank line</p>');

const EXCHANGES: HttpExchange[] = [
  {
    url: 'https://news.example/old?id=7',
    request: {
      method: 'GET',
      headers: [
        ['host', 'news.example'],
        ['User-Agent', 'test'],
      ],
      date: '2025-04-02T08:15:00Z',
    },
    response: {
      status: 301,
      statusText: 'Moved Permanently',
      headers: [['location', '/new']],
      body: new Uint8Array(),
      date: '2025-04-02T08:15:01Z',
    },
  },
  {
    url: 'https://news.example/new',
    request: {
      method: 'GET',
      headers: [
        ['host', 'news.example'],
        ['User-Agent', 'test'],
      ],
      date: '2025-04-02T08:15:01Z',
    },
    response: {
      status: 200,
      statusText: 'OK',
      headers: [
        ['content-type', 'text/html; charset=utf-8'],
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ],
      body: PAGE,
      date: '2025-04-02T08:15:02Z',
    },
  },
  {
    url: 'https://news.example/photo.bin',
    request: { method: 'GET', headers: [['host', 'news.example']], date: '2025-04-02T08:15:03Z' },
    response: { status: 200, statusText: '', headers: [], body: BINARY, date: '2025-04-02T08:15:03Z' },
  },
];

const OPTIONS = { info: { software: 'test suite', format: 'WARC File Format 1.1' }, filename: 'capture.warc' };

describe('buildWarc and readWarc', () => {
  it('write a plain WARC 1.1 that reads back record by record, in order', async () => {
    const warc = await buildWarc(EXCHANGES, OPTIONS);
    expect(new TextDecoder().decode(warc.subarray(0, 10))).toBe('WARC/1.1\r\n');
    const records = await readWarc(warc);
    expect(records.map((r) => [r.type, r.targetUri, r.date, r.http?.startLine])).toEqual([
      ['warcinfo', undefined, '2025-04-02T08:15:00Z', undefined],
      ['request', 'https://news.example/old?id=7', '2025-04-02T08:15:00Z', 'GET /old?id=7 HTTP/1.1'],
      ['response', 'https://news.example/old?id=7', '2025-04-02T08:15:01Z', 'HTTP/1.1 301 Moved Permanently'],
      ['request', 'https://news.example/new', '2025-04-02T08:15:01Z', 'GET /new HTTP/1.1'],
      ['response', 'https://news.example/new', '2025-04-02T08:15:02Z', 'HTTP/1.1 200 OK'],
      ['request', 'https://news.example/photo.bin', '2025-04-02T08:15:03Z', 'GET /photo.bin HTTP/1.1'],
      ['response', 'https://news.example/photo.bin', '2025-04-02T08:15:03Z', 'HTTP/1.1 200'],
    ]);
    expect(new TextDecoder().decode(records[0]!.payload)).toBe(
      'software: test suite\r\nformat: WARC File Format 1.1\r\n',
    );
    expect(new TextDecoder().decode(warc)).toContain('WARC-Filename: capture.warc\r\n');
    expect(records[4]!.http?.headers).toEqual(EXCHANGES[1]!.response.headers);
    expect(records[3]!.http?.headers).toEqual(EXCHANGES[1]!.request.headers);
    expect(Buffer.from(records[4]!.payload).equals(PAGE)).toBe(true);
    expect(Buffer.from(records[6]!.payload).equals(BINARY)).toBe(true);
    expect(records[1]!.payload).toHaveLength(0);
  });

  it('link each request and its response, and give every record a unique id', async () => {
    const records = await readWarc(await buildWarc(EXCHANGES, OPTIONS));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const id of records.map((r) => r.id)) expect(id).toMatch(/^<urn:uuid:[0-9a-f-]{36}>$/);
    for (let i = 1; i < records.length; i += 2) {
      expect(records[i]!.concurrentTo).toEqual([records[i + 1]!.id]);
      expect(records[i + 1]!.concurrentTo).toEqual([records[i]!.id]);
    }
  });

  it('declare SHA-256 block and payload digests that match the bytes read back', async () => {
    const records = await readWarc(await buildWarc(EXCHANGES, OPTIONS));
    for (const record of records) {
      expect(record.blockDigest, record.type).toBe(record.computed.blockDigest);
      expect(record.blockDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const exchanges = records.slice(1);
    for (const record of exchanges) expect(record.payloadDigest).toBe(sha256(record.payload));
    expect(exchanges.map((r) => r.payloadDigest)).toEqual([
      sha256(new Uint8Array()),
      sha256(new Uint8Array()),
      sha256(new Uint8Array()),
      sha256(PAGE),
      sha256(new Uint8Array()),
      sha256(BINARY),
    ]);
  });

  it('show a changed byte as digests that no longer match', async () => {
    const warc = await buildWarc(EXCHANGES, OPTIONS);
    const at = Buffer.from(warc).indexOf('after a blank line');
    warc[at] = 'A'.charCodeAt(0);
    const changed = (await readWarc(warc))[4]!;
    expect(changed.blockDigest).not.toBe(changed.computed.blockDigest);
    expect(changed.payloadDigest).not.toBe(changed.computed.payloadDigest);
  });

  it('write a .warc.gz, one gzip member per record, that reads back the same', async () => {
    const gz = await buildWarc(EXCHANGES, { ...OPTIONS, gzip: true });
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    // warcio's parser reports where each record's gzip member starts and how long it is, as an
    // index of a .warc.gz would: each member alone must unzip to one whole record.
    const parser = new WARCParser([gz]);
    const members: string[] = [];
    for await (const record of parser) {
      await record.readFully(false);
      const member = gunzipSync(gz.subarray(parser.offset, parser.offset + parser.recordLength)).toString('latin1');
      members.push(`${/^WARC\/1\.1\r\n/.test(member)} ${/^WARC-Type: (\w+)/m.exec(member)?.[1]}`);
    }
    expect(members).toEqual(['true warcinfo', ...Array(3).fill(['true request', 'true response']).flat()]);
    const plain = gunzipSync(gz);
    const [fromGzip, fromPlain] = [await readWarc(gz), await readWarc(new Uint8Array(plain))];
    expect(fromGzip).toEqual(fromPlain);
    for (const record of fromGzip) expect(record.blockDigest).toBe(record.computed.blockDigest);
  });
});

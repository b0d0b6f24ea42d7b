/**
 * Writes and reads the WARC 1.1 files (ISO 28500:2017,
 * https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/) that hold a page
 * fetched by url-capture.ts, with Webrecorder's warcio. A file holds a `warcinfo` record, then for
 * each HTTP exchange in the order made a `request` record and its `response` record, each naming
 * the other in WARC-Concurrent-To. warcio computes WARC-Block-Digest and WARC-Payload-Digest
 * (SHA-256, hex, as the archive's other checksums are) and Content-Length as it serializes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { WARCParser, WARCRecord, WARCSerializer, WARC_1_1 } from 'warcio';

/** HTTP header lines in order, repeated names kept (Set-Cookie). */
export type HeaderList = [name: string, value: string][];

/** One HTTP request and the response it got, as sent and as received. */
export interface HttpExchange {
  url: string;
  request: {
    method: string;
    headers: HeaderList;
    /** When the request was sent, as an ISO instant (WARC-Date). */
    date: string;
  };
  response: {
    status: number;
    statusText: string;
    headers: HeaderList;
    body: Uint8Array;
    /** When the response began to arrive, as an ISO instant (WARC-Date). */
    date: string;
  };
}

export interface WarcOptions {
  /** The warcinfo record's fields: software, format, http-header-user-agent, description... */
  info: Record<string, string>;
  /** The file's name, for the warcinfo record's WARC-Filename. */
  filename?: string;
  /** Compress each record as its own gzip member (a .warc.gz file) rather than write plain WARC. */
  gzip?: boolean;
}

/** A record read back from a WARC file. */
export interface WarcRecordRead {
  type: string;
  id: string;
  date: string;
  targetUri?: string;
  concurrentTo: string[];
  /** For request and response records: the HTTP request or status line and the header lines. */
  http?: { startLine: string; headers: HeaderList };
  /** The block after any HTTP headers: the body of a request or response, the fields of warcinfo. */
  payload: Uint8Array;
  /** The digests the record declares. */
  blockDigest?: string;
  payloadDigest?: string;
  /** The same digests computed again from the bytes read, to compare with the declared ones. */
  computed: { blockDigest: string; payloadDigest: string };
}

/** A digest as WARC and WACZ write it: "sha256:<hex>". */
export const sha256 = (bytes: Uint8Array | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const recordId = () => `<urn:uuid:${randomUUID()}>`;

/** Bytes held in memory as the stream of chunks warcio reads. */
export async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** The request line's target: the path and query, as an origin server is sent it (RFC 9112 §3.2.1). */
function requestTarget(url: string): string {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

function exchangeRecords({ url, request, response }: HttpExchange): WARCRecord[] {
  const requestId = recordId();
  const responseId = recordId();
  return [
    WARCRecord.create({
      url,
      date: request.date,
      type: 'request',
      warcVersion: WARC_1_1,
      warcHeaders: { 'WARC-Record-ID': requestId, 'WARC-Concurrent-To': responseId },
      statusline: `${request.method} ${requestTarget(url)} HTTP/1.1`,
      httpHeaders: request.headers,
    }),
    WARCRecord.create(
      {
        url,
        date: response.date,
        type: 'response',
        warcVersion: WARC_1_1,
        warcHeaders: { 'WARC-Record-ID': responseId, 'WARC-Concurrent-To': requestId },
        statusline: `HTTP/1.1 ${response.status} ${response.statusText}`.trimEnd(),
        httpHeaders: response.headers,
      },
      once(response.body),
    ),
  ];
}

/**
 * The warcinfo record. Its fields are written here rather than by warcio's createWARCInfo so that
 * it can carry a WARC-Block-Digest too (warcio digests only the other record types).
 */
function infoRecord(date: string, options: WarcOptions): WARCRecord {
  const fields = new TextEncoder().encode(
    Object.entries(options.info)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join(''),
  );
  return WARCRecord.create(
    {
      date,
      type: 'warcinfo',
      warcVersion: WARC_1_1,
      warcHeaders: { 'WARC-Record-ID': recordId(), 'WARC-Block-Digest': sha256(fields) },
      ...(options.filename ? { filename: options.filename } : {}),
    },
    once(fields),
  );
}

/** The WARC file for a series of exchanges (see the file's comment for its layout). */
export async function buildWarc(exchanges: readonly HttpExchange[], options: WarcOptions): Promise<Uint8Array> {
  const date = exchanges[0]?.request.date ?? new Date().toISOString();
  const records = [infoRecord(date, options), ...exchanges.flatMap(exchangeRecords)];
  const serialized = [];
  for (const record of records) {
    serialized.push(await WARCSerializer.serialize(record, { gzip: options.gzip === true }));
  }
  return new Uint8Array(Buffer.concat(serialized));
}

/** Splits an application/http block at the blank line that ends its headers. */
function splitHttp(block: Uint8Array): { http: WarcRecordRead['http']; payload: Uint8Array } {
  const end = Buffer.from(block).indexOf('\r\n\r\n');
  if (end < 0) throw new Error('a request or response record has no blank line after its HTTP headers');
  const [startLine = '', ...lines] = new TextDecoder().decode(block.subarray(0, end)).split('\r\n');
  const headers = lines.map((line): [string, string] => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  return { http: { startLine, headers }, payload: block.subarray(end + 4) };
}

/**
 * Every record of a WARC file, plain or gzipped, with its block read whole. The HTTP headers are
 * split off here rather than by warcio so the block digest is computed over the exact bytes stored.
 */
export async function readWarc(bytes: Uint8Array): Promise<WarcRecordRead[]> {
  const records: WarcRecordRead[] = [];
  const parser = new WARCParser(once(bytes), { parseHttp: false, keepHeadersCase: true });
  for await (const record of parser) {
    const block = await record.readFully(false);
    const isHttp = /^application\/http\b/i.test(record.warcContentType ?? '');
    const { http, payload } = isHttp ? splitHttp(block) : { http: undefined, payload: block };
    const blockDigest = record.warcBlockDigest;
    const payloadDigest = record.warcPayloadDigest;
    records.push({
      type: record.warcType,
      id: record.warcHeader('WARC-Record-ID') ?? '',
      date: record.warcDate ?? '',
      ...(record.warcTargetURI ? { targetUri: record.warcTargetURI } : {}),
      concurrentTo: record.warcConcurrentTo ?? [],
      ...(http ? { http } : {}),
      payload,
      ...(blockDigest ? { blockDigest } : {}),
      ...(payloadDigest ? { payloadDigest } : {}),
      computed: { blockDigest: sha256(block), payloadDigest: sha256(payload) },
    });
  }
  return records;
}

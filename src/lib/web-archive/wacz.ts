/**
 * WACZ 1.1.1 (https://specs.webrecorder.net/wacz/1.1.1/), the package in which web archives share
 * captures and which ReplayWeb.page and pywb replay: a ZIP holding the WARC under `archive/`, a
 * CDXJ index of it under `indexes/`, the page list `pages/pages.jsonl`, and `datapackage.json`
 * listing every file with its size and SHA-256, itself digested in `datapackage-digest.json`.
 *
 * The CDXJ lines come from warcio's indexer, the same library that wrote the WARC. The package is
 * assembled here rather than by @harvard-lil/js-wacz because that tool stamps the time it ran into
 * `datapackage.json` and the ZIP entries, and the archive's builds must be byte-reproducible: every
 * date here is the capture's own. The ZIP is written by fflate with no compression (the spec forbids
 * compressing a WARC again, so that a reader can fetch one record by an HTTP range).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { CDXIndexer } from 'warcio';
import { once, readWarc, sha256 } from '../import/warc';
import { SITE } from '../site';

const WACZ_VERSION = '1.1.1';

interface WaczInput {
  /** The WARC's bytes, as the capture file holds them. */
  warc: Uint8Array;
  /** Its name inside `archive/` ("5f1c….warc"). */
  warcName: string;
  /** The archived page: its address as fetched, the instant of the capture, its headline. */
  page: { url: string; ts: string; title: string };
  /** What the package is, for the replay tool's header. */
  title: string;
  description: string;
  software: string;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** The CDXJ index of a WARC ("surt timestamp {json}" per response), sorted as CDXJ requires. */
async function cdxjOf(warc: Uint8Array, warcName: string): Promise<string> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  // warcio's types ask for a stream reader; an async iterable of chunks is what it reads.
  const files = [{ filename: warcName, reader: once(warc) }] as unknown as Parameters<typeof indexer.iterIndex>[0];
  for await (const entry of indexer.iterIndex(files)) lines.push(indexer.serializeCDXJ(entry));
  return lines.sort().join('');
}

/**
 * The ZIP's entry time: the capture's day and time read as local clock figures, because the ZIP
 * format keeps a local time and fflate reads it from the Date in the machine's zone; so the bytes
 * are the same in every time zone. Noon is used so that no daylight-saving gap can shift it.
 */
function zipTime(iso: string): Date {
  const d = new Date(iso);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12, 0, 0);
}

/** The WACZ package of one WARC capture, the same bytes for the same input. */
async function buildWacz(input: WaczInput): Promise<Uint8Array> {
  const { warc, warcName, page } = input;
  const pages = [
    JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
    JSON.stringify({ id: sha256(page.url).slice(7, 23), url: page.url, ts: page.ts, title: page.title }),
  ].join('\n');
  const files: [path: string, bytes: Uint8Array][] = [
    [`archive/${warcName}`, warc],
    ['indexes/index.cdxj', encode(await cdxjOf(warc, warcName))],
    ['pages/pages.jsonl', encode(`${pages}\n`)],
  ];
  const datapackage = encode(
    `${JSON.stringify(
      {
        profile: 'data-package',
        wacz_version: WACZ_VERSION,
        title: input.title,
        description: input.description,
        created: page.ts,
        modified: page.ts,
        software: input.software,
        mainPageUrl: page.url,
        mainPageDate: page.ts,
        resources: files.map(([path, bytes]) => ({
          name: path.split('/').at(-1),
          path,
          hash: sha256(bytes),
          bytes: bytes.length,
        })),
      },
      null,
      2,
    )}\n`,
  );
  const digest = encode(`${JSON.stringify({ path: 'datapackage.json', hash: sha256(datapackage) }, null, 2)}\n`);
  const mtime = zipTime(page.ts);
  const zippable: Zippable = {};
  for (const [path, bytes] of [
    ...files,
    ['datapackage.json', datapackage] as const,
    ['datapackage-digest.json', digest] as const,
  ]) {
    zippable[path] = [bytes, { level: 0, mtime }];
  }
  return zipSync(zippable, { level: 0, mtime });
}

export interface WaczCheck {
  files: string[];
  datapackage: {
    wacz_version?: string;
    mainPageUrl?: string;
    resources?: { path: string; hash: string; bytes: number }[];
  };
  /** Each disagreement found, naming the file: empty when every digest and size matches. */
  problems: string[];
}

/**
 * Reads a WACZ back and checks it as a replay tool or another archive would: the digest of
 * datapackage.json, each listed file's size and SHA-256, that every file is listed, each WARC
 * record's block and payload digests, and that each CDXJ line points at a record of its WARC.
 */
export async function checkWacz(bytes: Uint8Array): Promise<WaczCheck> {
  const problems: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return { files: [], datapackage: {}, problems: [`not a ZIP file: ${(error as Error).message}`] };
  }
  const files = Object.keys(entries).sort();
  const text = (path: string) => (entries[path] ? new TextDecoder().decode(entries[path]) : undefined);
  const packageText = text('datapackage.json');
  if (packageText === undefined) return { files, datapackage: {}, problems: ['datapackage.json is missing'] };
  const datapackage = JSON.parse(packageText) as WaczCheck['datapackage'];
  const digest = text('datapackage-digest.json');
  if (digest !== undefined && (JSON.parse(digest) as { hash?: string }).hash !== sha256(entries['datapackage.json']!)) {
    problems.push('datapackage-digest.json: the hash does not match datapackage.json');
  }
  if (datapackage.wacz_version !== WACZ_VERSION) problems.push(`datapackage.json: wacz_version is not ${WACZ_VERSION}`);
  const listed = new Set<string>();
  for (const resource of datapackage.resources ?? []) {
    listed.add(resource.path);
    const file = entries[resource.path];
    if (!file) problems.push(`${resource.path}: listed in datapackage.json but not in the ZIP`);
    else if (file.length !== resource.bytes)
      problems.push(`${resource.path}: ${file.length} bytes, listed as ${resource.bytes}`);
    else if (sha256(file) !== resource.hash) problems.push(`${resource.path}: SHA-256 does not match datapackage.json`);
  }
  for (const path of files) {
    if (!listed.has(path) && !/^datapackage(-digest)?\.json$/.test(path))
      problems.push(`${path}: not listed in datapackage.json`);
  }
  for (const path of files.filter((f) => /^archive\/.+\.warc(\.gz)?$/.test(f))) {
    for (const record of await readWarc(entries[path]!)) {
      if (record.blockDigest && record.blockDigest !== record.computed.blockDigest) {
        problems.push(`${path}: record ${record.id} has a wrong WARC-Block-Digest`);
      }
      if (record.payloadDigest && record.payloadDigest !== record.computed.payloadDigest) {
        problems.push(`${path}: record ${record.id} has a wrong WARC-Payload-Digest`);
      }
    }
  }
  for (const line of (text('indexes/index.cdxj') ?? '').split('\n').filter(Boolean)) {
    const fields = JSON.parse(line.slice(line.indexOf('{'))) as { filename: string; offset: string; length: string };
    const warc = entries[`archive/${fields.filename}`];
    const start = Number(fields.offset);
    const record = warc?.subarray(start, start + Number(fields.length));
    if (!record || !new TextDecoder().decode(record.subarray(0, 9)).startsWith('WARC/')) {
      problems.push(`indexes/index.cdxj: ${line.split(' ')[0]} does not point at a WARC record`);
    }
  }
  return { files, datapackage, problems };
}

/**
 * The WACZ of a capture as the importer wrote it: the page is the last response in the WARC (the
 * address reached after any redirects), dated when that response arrived.
 */
export async function waczOfCapture(warc: Uint8Array, file: string, headline: string, site: URL | string) {
  const responses = (await readWarc(warc)).filter((r) => r.type === 'response' && r.targetUri);
  const last = responses.at(-1);
  if (!last) throw new Error(`content/${file}: a WARC capture with no response record`);
  return buildWacz({
    warc,
    warcName: file.replace(/^captures\//, ''),
    page: { url: last.targetUri!, ts: last.date, title: headline },
    title: headline,
    description: `The web capture of "${headline}" kept by ${SITE.name} (${new URL('/', site).href}).`,
    software: SITE.name,
  });
}

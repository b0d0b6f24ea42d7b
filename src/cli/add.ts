/**
 * `npm run add -- <capture file or URL> [--url <original URL>]`: imports an article as a new entry
 * under content/articles/, keeping the capture byte for byte under content/captures/, named by its
 * SHA-256. The capture is a plain-text copy, a saved HTML page, or, given a URL, the page fetched
 * now and recorded with its HTTP exchanges as a WARC file (src/lib/import/url-capture.ts). It
 * never overwrites a file, and writes nothing unless the entry passes the build's own validation.
 * Locking is left to `npm run lock`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sha256Hex } from '../lib/fixity/captures';
import { captureFormat } from '../lib/import/capture-format';
import { ImportError, type CaptureDraft } from '../lib/import/draft';
import { buildEntry, captureFileName, type KnownSnapshot } from '../lib/import/entry';
import { snapshotPath } from '../lib/archive/permalinks';
import { parseHtmlCapture } from '../lib/import/html-capture';
import type { KnownPublication } from '../lib/import/publication';
import { formatReport } from '../lib/import/report';
import { parseTextCapture } from '../lib/import/text-capture';
import { captureUrl } from '../lib/import/url-capture';
import { validateArticleSource } from '../lib/archive/validation';
import { registryProposals } from './registry-proposals';

const USAGE =
  'usage: npm run add -- <capture file or http(s) URL> [--timeout <seconds>] [--url <original URL>] [--publication <name>] [--author <name>]... [--no-byline] [--headline <text>] [--published <YYYY-MM-DD>] [--summary <text>] [--captured <ISO time>] [--archived <YYYY-MM-DD>] [--dry-run] [--root <project folder>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    publication: { type: 'string' },
    author: { type: 'string', multiple: true },
    'no-byline': { type: 'boolean' },
    headline: { type: 'string' },
    published: { type: 'string' },
    summary: { type: 'string' },
    captured: { type: 'string' },
    // The day the copy is added to the archive; today (UTC) unless given.
    archived: { type: 'string' },
    'dry-run': { type: 'boolean' },
    // How long a live page may take to arrive, in seconds (default 30).
    timeout: { type: 'string' },
    root: { type: 'string' },
  },
});

const input = positionals[0];
if (!input || positionals.length > 1) {
  console.error(USAGE);
  process.exit(1);
}
const root = resolve(values.root ?? process.cwd());
const articlesDir = join(root, 'content/articles');
const capturesDir = join(root, 'content/captures');

/** One line naming the input, the field and what is wrong; exit 1 with nothing written. */
function fail(field: string, message: string): never {
  console.error(`${input}: ${field}: ${message}`);
  process.exit(1);
}

/** Publications and capture checksums of the entries already in the archive. */
async function existingEntries(): Promise<
  { file: string; publication: KnownPublication; sha256: string; snapshot: KnownSnapshot }[]
> {
  const files = existsSync(articlesDir) ? await readdir(articlesDir, { recursive: true }) : [];
  const entries = [];
  for (const file of files.filter((f) => f.endsWith('.md'))) {
    const result = validateArticleSource(await readFile(join(articlesDir, file), 'utf8'));
    if (result.ok) {
      entries.push({
        file: `content/articles/${file}`,
        publication: result.data.publication,
        sha256: result.data.capture.sha256,
        snapshot: {
          file: `content/articles/${file}`,
          sourceUrl: result.data.sourceUrl,
          publication: result.data.publication.name,
          published: result.data.published,
          storySlug: result.data.storySlug,
          path: snapshotPath(result.data),
        },
      });
    }
  }
  return entries;
}

/** A capture from a file, or a live page fetched now and recorded as a WARC file. */
async function readCapture(): Promise<{ bytes: Uint8Array; draft: CaptureDraft; captured?: string; url?: string }> {
  // The parser takes --published only where the page gives no day; buildEntry lets it win over one it gives.
  const published = values.published ? { value: values.published, source: 'flag' as const } : undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input!)) {
    const page = await captureUrl(input!, {
      ...(values.timeout ? { timeoutMs: Number(values.timeout) * 1000 } : {}),
    });
    const draft = { ...parseHtmlCapture(page.html, published ? { published } : {}), format: 'warc' as const };
    // The page's own canonical address names the article; where it has none, the address it was fetched from.
    return { bytes: page.warc, draft, captured: page.captured, ...(draft.sourceUrl ? {} : { url: page.finalUrl }) };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(input!));
  } catch (error) {
    throw new ImportError(
      '(capture)',
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('(capture)', 'not a capture: the file is not UTF-8 text or HTML');
  }
  const format = captureFormat(input!, text);
  const draft = format === 'html' ? parseHtmlCapture(text, published ? { published } : {}) : parseTextCapture(text);
  return { bytes, draft };
}

try {
  if (values.timeout !== undefined && !(Number(values.timeout) > 0)) {
    throw new ImportError('--timeout', `must be a number of seconds above 0 (it is "${values.timeout}")`);
  }
  const { bytes, draft, captured, url } = await readCapture();
  const sha256 = sha256Hex(bytes);
  // Kept under its checksum, so two captures both called source.html never collide; the entry
  // records the name it was given.
  const captureName = captureFileName(sha256, draft.format);
  const existing = await existingEntries();
  const already = existing.find((e) => e.sha256 === sha256);
  if (already) throw new ImportError('capture', `this capture is already archived as ${already.file}`);
  const entry = buildEntry(draft, {
    captureName,
    ...(captured ? {} : { originalName: basename(input) }),
    sha256,
    archived: values.archived ?? new Date().toISOString().slice(0, 10),
    archivedGiven: values.archived !== undefined,
    ...(values.url ? { url: values.url } : url ? { url } : {}),
    ...(values.publication ? { publication: values.publication } : {}),
    ...(values.author ? { authors: values.author } : {}),
    ...(values['no-byline'] ? { noByline: true } : {}),
    ...(values.headline ? { headline: values.headline } : {}),
    ...(values.published ? { published: values.published } : {}),
    ...(values.summary ? { summary: values.summary } : {}),
    knownPublications: existing.map((e) => e.publication),
    knownSnapshots: existing.map((e) => e.snapshot),
    // A fetch by the archive knows its capture time to the second.
    ...(captured ? { captured } : values.captured ? { captured: values.captured } : {}),
  });

  const entryPath = join(articlesDir, entry.fileName);
  const capturePath = join(capturesDir, captureName);
  const shown = (path: string) => relative(root, path);
  if (existsSync(entryPath)) {
    throw new ImportError('(entry)', `refusing to overwrite the existing entry ${shown(entryPath)}`);
  }
  const captureThere = existsSync(capturePath);
  if (captureThere && sha256Hex(await readFile(capturePath)) !== sha256) {
    // Only two different captures whose SHA-256 share their first 64 bits could meet here.
    throw new ImportError('capture.file', `a different file named ${shown(capturePath)} already exists`);
  }

  if (values['dry-run']) {
    console.log(entry.source);
  } else {
    await mkdir(articlesDir, { recursive: true });
    await mkdir(capturesDir, { recursive: true });
    if (!captureThere) await writeFile(capturePath, bytes, { flag: 'wx' });
    // "wx" fails rather than overwrite, should another entry appear meanwhile.
    await writeFile(entryPath, entry.source, { flag: 'wx' });
  }
  console.log(formatReport(entry, shown(entryPath), shown(capturePath), values['dry-run'] === true));
  const written = validateArticleSource(entry.source);
  if (written.ok) {
    const unknown = await registryProposals(root, { body: written.body, language: written.data.language });
    if (unknown.length > 0) {
      console.log(
        `People it names that content/people/ does not know: ${unknown.map((p) => p.name).join(', ')}.\n` +
          `  To add them for review: npm run people -- suggest ${shown(entryPath)} --write`,
      );
    }
  }
} catch (error) {
  if (error instanceof ImportError) fail(error.field, error.message);
  throw error;
}

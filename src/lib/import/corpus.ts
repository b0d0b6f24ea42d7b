/**
 * The labelled corpus of real saved news pages (tests/fixtures/import-corpus/) read and scored:
 * each page imported as `npm run add -- <page> --url <its URL>` would import it, and each field
 * the page carries compared with what a person read on the page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateArticleSource } from '../archive/validation';
import { sha256Hex } from '../fixity/captures';
import { ImportError } from './draft';
import { buildEntry } from './entry';
import { parseHtmlCapture } from './html-capture';

export type ImportSplit = 'dev' | 'test';
const CORPUS_DIR = 'tests/fixtures/import-corpus';

interface Expected {
  headline: string;
  authors: string[];
  published: string | null;
  publication: string;
  url: string;
  language: string;
}

export interface ImportPage {
  id: string;
  html: string;
  expected: Expected;
  body: { firstParagraph: string; lastParagraph: string; clutter: string[] };
}

/** Every page of one half of the corpus, in file-name order. */
export async function loadImportCorpus(split: ImportSplit, root = process.cwd()): Promise<ImportPage[]> {
  const dir = join(root, CORPUS_DIR, split);
  const ids = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const label = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8'));
      return { id, html: await readFile(join(dir, `${id}.html`), 'utf8'), expected: label.expected, body: label.body };
    }),
  );
}

/** What one page's import got right: null for a field the page does not carry. */
export interface PageScore {
  id: string;
  /** Imported with no flag beyond --url; otherwise the refusal. */
  imported: true | string;
  headline: boolean;
  authors: boolean;
  published: boolean | null;
  publication: boolean;
  /** The body starts and ends where the article does, and holds none of the page's clutter. */
  clean: boolean;
  /** What differed, for reading. */
  notes: string[];
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.map(norm).sort().join('\n') === b.map(norm).sort().join('\n');
/** Markdown as a reader sees it: no link targets, emphasis or escapes. */
const plain = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_\\]/g, '');

export function scoreImport(page: ImportPage): PageScore {
  const notes: string[] = [];
  let draft;
  try {
    draft = parseHtmlCapture(page.html);
  } catch (error) {
    const message = error instanceof ImportError ? `${error.field}: ${error.message}` : String(error);
    return {
      id: page.id,
      imported: message,
      headline: false,
      authors: false,
      published: page.expected.published ? false : null,
      publication: false,
      clean: false,
      notes: [message],
    };
  }
  let imported: true | string = true;
  let publication = draft.publicationName?.value ?? '';
  let authors = draft.authors?.value ?? [];
  try {
    const entry = buildEntry(draft, {
      captureName: `${page.id}.html`,
      sha256: sha256Hex(page.html),
      archived: '2026-12-03',
      url: page.expected.url,
    });
    const valid = validateArticleSource(entry.source);
    if (!valid.ok) imported = valid.problems.join('; ');
    else {
      publication = valid.data.publication.name;
      authors = valid.data.authors.map((a) => a.name);
    }
  } catch (error) {
    imported = error instanceof ImportError ? `${error.field}: ${error.message}` : String(error);
  }
  const e = page.expected;
  const body = norm(plain(draft.body));
  const score: PageScore = {
    id: page.id,
    imported,
    headline: norm(draft.headline.value) === norm(e.headline),
    authors: sameList(authors, e.authors),
    published: e.published === null ? null : draft.published.value === e.published,
    publication: norm(publication) === norm(e.publication),
    clean:
      body.includes(norm(page.body.firstParagraph).slice(0, 40)) &&
      body.includes(norm(page.body.lastParagraph).slice(0, 40)) &&
      !page.body.clutter.some((c) => body.includes(norm(c))),
    notes,
  };
  if (!score.headline) notes.push(`headline "${draft.headline.value}", expected "${e.headline}"`);
  if (!score.authors) notes.push(`authors ${JSON.stringify(authors)}, expected ${JSON.stringify(e.authors)}`);
  if (score.published === false) notes.push(`published ${draft.published.value}, expected ${e.published}`);
  if (!score.publication) notes.push(`publication "${publication}", expected "${e.publication}"`);
  if (!score.clean) {
    const found = page.body.clutter.filter((c) => body.includes(norm(c)));
    notes.push(
      found.length ? `clutter kept: ${found.join(' | ')}` : 'body does not start and end where the article does',
    );
  }
  if (imported !== true) notes.push(`not imported: ${imported}`);
  return score;
}

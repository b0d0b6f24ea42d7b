import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Redirect, Withdrawal } from '../../schemas/registers';
import { sha256Hex } from '../fixity/captures';
import { assertUniquePaths, snapshotPath } from './permalinks';
import { placeSnapshots, type Placed } from './published';
import { loadRegisters } from './registers';

type Article = CollectionEntry<'articles'>;

/** An archived snapshot with its permanent address, its story's other snapshots and its source. */
export interface ArchivedArticle extends Placed {
  entry: Article;
  /** The snapshot's permanent address; it never changes. */
  path: string;
  /** The Markdown source file, relative to the project, and the SHA-256 of its bytes. */
  source: { file: string; sha256: string };
}

/** The project folder the build runs in; content paths are relative to it. */
const root = () => process.cwd();

const sourceHashes = new Map<string, string>();

/**
 * SHA-256 of an entry's source file, read once per version of the entry (its content digest),
 * however many routes list the articles.
 */
function sourceSha256(file: string, digest: string | number | undefined): string {
  const key = `${file}\0${digest ?? ''}`;
  let hash = sourceHashes.get(key);
  if (hash === undefined) {
    hash = sha256Hex(readFileSync(resolve(root(), file)));
    sourceHashes.set(key, hash);
  }
  return hash;
}

/** The redirect and withdrawal registers (content/redirects.yaml, content/withdrawals.yaml). */
export async function getRegisters(): Promise<{ redirects: Redirect[]; withdrawals: Withdrawal[] }> {
  const registers = await loadRegisters(join(root(), 'content'));
  if (registers.problems.length > 0) throw new Error(registers.problems.join('\n'));
  return registers;
}

/**
 * Every published snapshot in the archive, newest story first, each with its permanent path.
 * Withdrawn snapshots are left out. Pages, feeds and indexes all read the collection through here;
 * two entries that would share a path stop the build.
 */
export async function getArchivedArticles(): Promise<ArchivedArticle[]> {
  const { withdrawals } = await getRegisters();
  const withdrawn = new Set(withdrawals.map((w) => w.path));
  const entries = await getCollection('articles');
  const all = entries.map((entry) => ({ id: entry.id, data: entry.data, entry, path: snapshotPath(entry.data) }));
  assertUniquePaths(all.map(({ entry, path }) => ({ file: entry.filePath ?? entry.id, path })));
  return placeSnapshots(all, withdrawn).map(({ entry, path, storyPath, isNewest, snapshots }) => {
    const file = entry.filePath ?? `content/articles/${entry.id}.md`;
    return { entry, path, storyPath, isNewest, snapshots, source: { file, sha256: sourceSha256(file, entry.digest) } };
  });
}

/** The newest snapshot of every story, newest story first: what lists and feeds show. */
export async function getLatestArticles(): Promise<ArchivedArticle[]> {
  return (await getArchivedArticles()).filter((a) => a.isNewest);
}

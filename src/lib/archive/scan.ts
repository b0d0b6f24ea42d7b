import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { ArticleData } from '../../schemas/article';
import { ahead, READS_AT_ONCE } from '../build/worker-pool';
import { matchesChecksum, sha256Hex } from '../fixity/captures';
import { LOCK_FILE, lockProblems, parseLock, registerProblems, unlocked, type Lock, type Produced } from './lock';
import { snapshotPath, storyPath } from './permalinks';
import { loadRegisters, parseYaml, type Registers } from './registers';
import { personSchema, type Person } from '../../schemas/person';
import { formatProblems, validateArticleSource } from './validation';
import { aliasProblems, attributionProblems, clashProblem, entryProblems, type EntryFiles } from './scan-rules';

/** One valid article file, with the snapshot address it publishes and its source's SHA-256. */
interface ScannedSnapshot extends Produced {
  data: ArticleData;
  storyPath: string;
}

export interface ArchiveScan {
  /** Broken files, clashing addresses and broken registers: the build must stop on any of these. */
  problems: string[];
  snapshots: ScannedSnapshot[];
  registers: Registers;
  lock: Lock;
  /** Locked promises the content breaks: a changed source, or an address nothing produces. */
  lockProblems: string[];
  /** Snapshots the lock file does not list yet (`npm run lock` adds them). */
  unlocked: Produced[];
}

/** The valid article entries under `articlesDir`, each checked against its files and the others' addresses. */
async function scanArticles(root: string, contentDir: string, articlesDir: string) {
  const files = (await readdir(articlesDir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  const problems: string[] = [];
  const snapshots: ScannedSnapshot[] = [];
  /** The file already publishing each address. */
  const byPath = new Map<string, string>();
  // The next files are read while one is checked.
  const read = ahead(files, READS_AT_ONCE, async (name) => ({ name, bytes: await readFile(join(articlesDir, name)) }));
  for await (const { name, bytes } of read) {
    const file = join(articlesDir, name);
    const shown = relative(root, file);
    const result = validateArticleSource(bytes.toString('utf8'));
    if (!result.ok) {
      problems.push(formatProblems(shown, result.problems));
      continue;
    }
    const { data } = result;
    const checked = entryProblems(shown, data, await entryFiles(contentDir, dirname(file), data));
    problems.push(...checked.problems);
    if (!checked.publishable) continue;
    const path = snapshotPath(data);
    const earlier = byPath.get(path);
    if (earlier) {
      problems.push(clashProblem(path, earlier, shown));
      continue;
    }
    byPath.set(path, shown);
    snapshots.push({ path, storyPath: storyPath(data), source: shown, sha256: sha256Hex(bytes), data });
  }
  return { problems, snapshots };
}

/** What the disk holds of the files an entry points to: its capture, and its lead photo's image. */
async function entryFiles(contentDir: string, entryDir: string, data: ArticleData): Promise<EntryFiles> {
  const capture = join(contentDir, data.capture.file);
  const image = data.photo?.image;
  return {
    capture: !existsSync(capture)
      ? 'missing'
      : matchesChecksum(await readFile(capture), data.capture.sha256)
        ? 'intact'
        : 'changed',
    ...(image ? { image: existsSync(join(entryDir, image)) ? 'present' : 'missing' } : {}),
  };
}

/** The people registry's files under `peopleDir`, parsed, in file-name order. */
async function readPeople(root: string, peopleDir: string) {
  if (!existsSync(peopleDir)) return [];
  const names = (await readdir(peopleDir)).filter((f) => f.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const shown = relative(root, join(peopleDir, name));
      const parsed = parseYaml(await readFile(join(peopleDir, name), 'utf8'), personSchema, shown);
      return { id: name.replace(/\.yaml$/, ''), shown, person: parsed.value, problems: parsed.problems };
    }),
  );
}

/**
 * The people registry under `root` as the build reads it, each person with their id, for the
 * commands that read it outside a build; a broken file stops with its problems, never guessed at.
 */
export async function registeredPeople(root: string): Promise<Person[]> {
  const people = await readPeople(root, join(root, 'content/people'));
  return people.map(({ id, person, problems }) => {
    if (!person) throw new Error(problems.join('\n'));
    return { ...person, id };
  });
}

/** The lock file, or an empty lock when there is none; a broken one is a problem, not a crash. */
async function readLock(root: string): Promise<{ lock: Lock; problems: string[] }> {
  const lockFile = join(root, LOCK_FILE);
  if (!existsSync(lockFile)) return { lock: {}, problems: [] };
  try {
    return { lock: parseLock(await readFile(lockFile, 'utf8')), problems: [] };
  } catch (error) {
    return { lock: {}, problems: [(error as Error).message] };
  }
}

/**
 * Reads every article file, the registers and the lock file under `root/content` before Astro reads
 * any of them, and says what is wrong in messages that name the file, the field and the fix.
 * Astro's own errors for such files can be garbled or, for a broken plugin, only logged. The rules
 * are in scan-rules.ts and lock.ts; this reads the files they judge.
 */
export async function scanArchive(root: string): Promise<ArchiveScan> {
  const contentDir = join(root, 'content');
  const articlesDir = join(contentDir, 'articles');
  if (!existsSync(articlesDir)) {
    const problems = [`${relative(root, articlesDir)}: the archive's articles folder is missing`];
    const registers: Registers = { redirects: [], withdrawals: [] };
    return { problems, snapshots: [], registers, lock: {}, lockProblems: [], unlocked: [] };
  }
  const { problems, snapshots } = await scanArticles(root, contentDir, articlesDir);

  const people = await readPeople(root, join(contentDir, 'people'));
  problems.push(...people.flatMap((p) => p.problems), ...aliasProblems(people));
  problems.push(...attributionProblems(snapshots, new Set(people.map((p) => p.id))));

  const registers = await loadRegisters(contentDir);
  problems.push(...registers.problems);

  const { lock, problems: lockFileProblems } = await readLock(root);
  problems.push(...lockFileProblems);
  const published = new Set(snapshots.flatMap((s) => [s.path, s.storyPath]));
  problems.push(...registerProblems(lock, published, registers.redirects, registers.withdrawals));

  return {
    problems,
    snapshots,
    registers: { redirects: registers.redirects, withdrawals: registers.withdrawals },
    lock,
    lockProblems: lockProblems(lock, snapshots, registers.redirects, registers.withdrawals),
    unlocked: unlocked(lock, snapshots),
  };
}

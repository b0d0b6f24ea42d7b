import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { ArticleData } from '../../schemas/article';
import { ahead, READS_AT_ONCE } from '../build/worker-pool';
import { matchesChecksum, sha256Hex } from '../fixity/captures';
import { LOCK_FILE, lockProblems, parseLock, registerProblems, unlocked, type Lock, type Produced } from './lock';
import { assertUniquePaths, publicationKey, snapshotPath, storyPath } from './permalinks';
import { loadRegisters, parseYaml, type Registers } from './registers';
import { personSchema } from '../../schemas/person';
import { formatProblems, validateArticleSource } from './validation';

/** One valid article file, with the snapshot address it publishes and its source's SHA-256. */
export interface ScannedSnapshot extends Produced {
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

/**
 * Reads every article file, the registers and the lock file under `root/content` before Astro reads
 * any of them, and says what is wrong in messages that name the file, the field and the fix.
 * Astro's own errors for such files can be garbled or, for a broken plugin, only logged.
 */
export async function scanArchive(root: string): Promise<ArchiveScan> {
  const contentDir = join(root, 'content');
  const articlesDir = join(contentDir, 'articles');
  const empty: Registers = { redirects: [], withdrawals: [] };
  if (!existsSync(articlesDir)) {
    const problems = [`${relative(root, articlesDir)}: the archive's articles folder is missing`];
    return { problems, snapshots: [], registers: empty, lock: {}, lockProblems: [], unlocked: [] };
  }
  const files = (await readdir(articlesDir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  const problems: string[] = [];
  const snapshots: ScannedSnapshot[] = [];
  /** The file already publishing each address. */
  const byPath = new Map<string, { source: string }>();
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
    const capture = join(contentDir, result.data.capture.file);
    if (!existsSync(capture)) {
      problems.push(formatProblems(shown, [`capture.file: ${result.data.capture.file} does not exist under content/`]));
    } else if (!matchesChecksum(await readFile(capture), result.data.capture.sha256)) {
      problems.push(
        formatProblems(shown, [
          `capture.sha256: content/${result.data.capture.file} no longer matches its recorded SHA-256; captures are never edited`,
        ]),
      );
    }
    if (publicationKey(result.data.publication.name) === '') {
      problems.push(
        formatProblems(shown, [
          `publication.name: "${result.data.publication.name}" has no letter or digit to make the address from`,
        ]),
      );
      continue;
    }
    const image = result.data.photo?.image;
    if (image && !existsSync(join(dirname(file), image))) {
      problems.push(
        formatProblems(shown, [`photo.image: ${image} does not exist (paths are relative to the article file)`]),
      );
      continue;
    }
    const path = snapshotPath(result.data);
    const clash = byPath.get(path);
    if (clash) {
      try {
        assertUniquePaths([
          { file: clash.source, path },
          { file: shown, path },
        ]);
      } catch (error) {
        problems.push((error as Error).message);
      }
      continue;
    }
    byPath.set(path, { source: shown });
    snapshots.push({
      path,
      storyPath: storyPath(result.data),
      source: shown,
      sha256: sha256Hex(bytes),
      data: result.data,
    });
  }

  const peopleDir = join(contentDir, 'people');
  const personIds = new Set<string>();
  const aliasOwner = new Map<string, string>();
  if (existsSync(peopleDir)) {
    for (const name of (await readdir(peopleDir)).filter((f) => f.endsWith('.yaml')).sort()) {
      const shown = relative(root, join(peopleDir, name));
      const { value, problems: personProblems } = parseYaml(
        await readFile(join(peopleDir, name), 'utf8'),
        personSchema,
        shown,
      );
      problems.push(...personProblems);
      personIds.add(name.replace(/\.yaml$/, ''));
      // A name that could be two people names neither: mentions would go to one of them at random.
      for (const alias of value ? [value.name, ...value.aliases] : []) {
        const key = alias.toLowerCase();
        const other = aliasOwner.get(key);
        if (other && other !== shown)
          problems.push(`${shown}: aliases: "${alias}" is also a name of ${other}; a name must point to one person`);
        else aliasOwner.set(key, shown);
      }
    }
  }
  for (const snapshot of snapshots) {
    snapshot.data.attributions.forEach((a, i) => {
      if (a.speaker && !personIds.has(a.speaker)) {
        problems.push(
          formatProblems(snapshot.source, [
            `attributions[${i}].speaker: no person "${a.speaker}" under content/people/`,
          ]),
        );
      }
    });
  }

  const registers = await loadRegisters(contentDir);
  problems.push(...registers.problems);

  let lock: Lock = {};
  const lockFile = join(root, LOCK_FILE);
  if (existsSync(lockFile)) {
    try {
      lock = parseLock(await readFile(lockFile, 'utf8'));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
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

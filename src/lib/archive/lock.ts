import type { Redirect, Withdrawal } from '../../schemas/registers';

/** Where the lock file lives, relative to the project root. */
export const LOCK_FILE = 'content/archive.lock.json';

/** One published snapshot: the source file it is built from and that file's SHA-256. */
interface LockEntry {
  source: string;
  sha256: string;
}

/** Every permanent address the archive has published, keyed by path. */
export type Lock = Record<string, LockEntry>;

/** A snapshot the current content would publish. */
export interface Produced extends LockEntry {
  path: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Reads the lock file's text, throwing a message that names the file and the entry when it is malformed. */
export function parseLock(text: string, file = LOCK_FILE): Lock {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const permalinks = (value as { permalinks?: unknown } | null)?.permalinks;
  if (typeof permalinks !== 'object' || permalinks === null || Array.isArray(permalinks)) {
    throw new Error(`${file}: expected an object { "permalinks": { "<path>": { "source", "sha256" } } }`);
  }
  const lock: Lock = {};
  for (const [path, entry] of Object.entries(permalinks)) {
    const { source, sha256 } = (entry ?? {}) as Partial<LockEntry>;
    if (!path.startsWith('/') || typeof source !== 'string' || typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      throw new Error(`${file}: the entry for ${path} needs "source" (a path) and "sha256" (64 lowercase hex digits)`);
    }
    lock[path] = { source, sha256 };
  }
  return lock;
}

/** The lock file's text: paths sorted, one entry per line group, so a diff shows exactly what was added. */
export function serializeLock(lock: Lock): string {
  const sorted = Object.fromEntries(
    Object.keys(lock)
      .sort()
      .map((path) => [path, lock[path]]),
  );
  return `${JSON.stringify({ permalinks: sorted }, null, 2)}\n`;
}

/**
 * Why the current content breaks a published promise, one message per locked address: its
 * source changed (a correction is a new snapshot, not an edit), or nothing produces it any more
 * and no redirect or withdrawal accounts for it.
 */
export function lockProblems(
  lock: Lock,
  produced: readonly Produced[],
  redirects: readonly Redirect[] = [],
  withdrawals: readonly Withdrawal[] = [],
): string[] {
  const byPath = new Map(produced.map((p) => [p.path, p]));
  const redirected = new Map(redirects.map((r) => [r.from, r.to]));
  const withdrawn = new Set(withdrawals.map((w) => w.path));
  const problems: string[] = [];
  for (const [path, locked] of Object.entries(lock).sort(([a], [b]) => a.localeCompare(b))) {
    if (withdrawn.has(path)) continue;
    const now = byPath.get(path);
    if (now) {
      if (now.sha256 !== locked.sha256) {
        problems.push(
          `${now.source}: changed since ${path} was published (locked SHA-256 ${locked.sha256.slice(0, 12)}…, now ${now.sha256.slice(0, 12)}…). ` +
            'A published snapshot never changes: restore the file and add the correction as a new snapshot with its own capture time.',
        );
      }
      continue;
    }
    if (redirected.has(path)) continue;
    problems.push(
      `${path}: published from ${locked.source} and listed in ${LOCK_FILE}, but no article produces it any more. ` +
        'Restore the entry, map the address to its new one in content/redirects.yaml, or withdraw it in content/withdrawals.yaml.',
    );
  }
  return problems;
}

/** Snapshots the content would publish that the lock file does not list yet. */
export function unlocked(lock: Lock, produced: readonly Produced[]): Produced[] {
  return produced.filter((p) => !(p.path in lock));
}

/** The lock with new snapshots added; entries already locked are never changed. */
export function withAdded(lock: Lock, added: readonly Produced[]): Lock {
  const next: Lock = { ...lock };
  for (const { path, source, sha256 } of added) {
    if (!(path in next)) next[path] = { source, sha256 };
  }
  return next;
}

/**
 * Problems with the redirect and withdrawal registers themselves: a redirect must start from an
 * address nothing else produces and lead to one the archive publishes (`publishedPaths`: every
 * snapshot and story address); a withdrawal must name a locked address.
 */
export function registerProblems(
  lock: Lock,
  publishedPaths: ReadonlySet<string>,
  redirects: readonly Redirect[],
  withdrawals: readonly Withdrawal[],
): string[] {
  const problems: string[] = [];
  for (const r of redirects) {
    if (!r.from.startsWith('/articles/') || !(r.from in lock)) {
      problems.push(
        `content/redirects.yaml: ${r.from} is not a published (locked) article address; only those can move`,
      );
    }
    if (publishedPaths.has(r.from)) {
      problems.push(`content/redirects.yaml: ${r.from} is still produced by an article; a redirect would hide it`);
    }
    if (!publishedPaths.has(r.to) && !(r.to in lock)) {
      problems.push(`content/redirects.yaml: ${r.from} redirects to ${r.to}, which the archive does not publish`);
    }
  }
  for (const w of withdrawals) {
    if (!(w.path in lock)) {
      problems.push(`content/withdrawals.yaml: ${w.path} is not a published (locked) address`);
    }
  }
  return problems;
}

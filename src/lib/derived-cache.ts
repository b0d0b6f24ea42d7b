import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Results worked out from the built site, kept from one build to the next in one JSON file, each
 * under the SHA-256 of its input. The file also holds a digest of the code that works them out
 * (`codeDigest`): when that code, or a package it runs, changes, nothing kept is used.
 */
export interface DerivedCache<T> {
  /** `compute(input)`, or the result kept for the same input by an earlier build of the same code. */
  get(input: string, compute: (input: string) => T): T;
  /** Keeps this build's results for the next build: only those this build asked for. */
  save(): Promise<void>;
  /** How many results were kept from the last build, and how many were worked out. */
  readonly counts: { kept: number; computed: number };
}

interface CacheFile<T> {
  code: string;
  results: Record<string, T>;
}

/** Reads a cache file; one that is missing, unreadable or of other code holds nothing to use. */
async function readKept<T>(file: string, code: string): Promise<Map<string, T>> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile<T>>;
    if (data.code === code && data.results && typeof data.results === 'object') {
      return new Map(Object.entries(data.results));
    }
  } catch {
    // No cache yet, or one cut short: everything is worked out again.
  }
  return new Map();
}

/**
 * Opens the cache in `file` for results of the code whose digest is `code`.
 *
 * @example
 * const texts = await openDerivedCache<string[]>('.cache/archive/article-text.json', codeDigest(root, ['src/lib/page-article.ts']));
 * texts.get(articleHtml, articleTextOf); // parsed once; the next build reads it back
 * await texts.save();
 */
export async function openDerivedCache<T>(file: string, code: string): Promise<DerivedCache<T>> {
  const kept = await readKept<T>(file, code);
  const used = new Map<string, T>();
  const counts = { kept: 0, computed: 0 };
  return {
    counts,
    get(input, compute) {
      const key = createHash('sha256').update(input).digest('hex');
      if (used.has(key)) return used.get(key)!;
      let result: T;
      if (kept.has(key)) {
        result = kept.get(key)!;
        counts.kept++;
      } else {
        result = compute(input);
        counts.computed++;
      }
      used.set(key, result);
      return result;
    },
    async save() {
      const data: CacheFile<T> = { code, results: Object.fromEntries(used) };
      await mkdir(dirname(file), { recursive: true });
      // Written beside it, then renamed over it: a build cut short leaves the last whole file.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(data));
      await rename(temporary, file);
    },
  };
}

/** A cache that keeps nothing: every result is worked out. */
export function noDerivedCache<T>(): DerivedCache<T> {
  const counts = { kept: 0, computed: 0 };
  return {
    counts,
    get(input, compute) {
      counts.computed++;
      return compute(input);
    },
    save: async () => {},
  };
}

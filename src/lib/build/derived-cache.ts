import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

/**
 * Results worked out from the built site, kept from one build to the next in one file, each under
 * the SHA-256 of its input. The file also holds a digest of the code that works them out
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

/**
 * Reads a cache file: a line naming the code, then one line per result (`[key, result]` as JSON),
 * read a line at a time, as the whole file can be larger than a JavaScript string may be. A file
 * that is missing, unreadable, of other code or with a line cut short holds nothing to use.
 */
async function readKept<T>(file: string, code: string): Promise<Map<string, T>> {
  const kept = new Map<string, T>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  try {
    let header = true;
    for await (const line of lines) {
      if (header) {
        if ((JSON.parse(line) as { code?: unknown }).code !== code) return new Map();
        header = false;
        continue;
      }
      const [key, result] = JSON.parse(line) as [string, T];
      kept.set(key, result);
    }
    return kept;
  } catch {
    // No cache yet, or one that is not whole: everything is worked out again.
    return new Map();
  } finally {
    lines.close();
  }
}

/**
 * Opens the cache in `file` for results of the code whose digest is `code`.
 *
 * @example
 * const texts = await openDerivedCache<string[]>('.cache/archive/article-text.json', codeDigest(root, ['src/lib/text/page-article.ts']));
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
      await mkdir(dirname(file), { recursive: true });
      // Written beside it, then renamed over it: a build cut short leaves the last whole file.
      const temporary = `${file}.${process.pid}.tmp`;
      const out = createWriteStream(temporary, 'utf8');
      const write = async (line: string) => {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      };
      await write(JSON.stringify({ code }));
      for (const entry of used) await write(JSON.stringify(entry));
      out.end();
      await once(out, 'finish');
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

/** Where this process's build keeps the caches it shares, on the global object. */
const SHARED = Symbol.for('news-archive.derived-caches');

type Shared = Map<string, DerivedCache<unknown>>;

function shared(): Shared {
  const global = globalThis as { [SHARED]?: Shared };
  return (global[SHARED] ??= new Map());
}

/**
 * Makes `cache` the one `sharedDerivedCache(name)` gives for the rest of this process. Astro
 * bundles the pages apart from the integrations, so the two do not share a module's values; they
 * share the process's global object.
 */
export function shareDerivedCache(name: string, cache: DerivedCache<unknown>): void {
  shared().set(name, cache);
}

/**
 * The cache a build opened under `name` (`shareDerivedCache`), or one that keeps nothing when no
 * build did (the dev server, tests).
 *
 * @example
 * sharedDerivedCache<ArticleAnalysis>('article-analysis').get(input, () => analyseArticle(html, people, { attributions }));
 */
export function sharedDerivedCache<T>(name: string): DerivedCache<T> {
  return (shared().get(name) as DerivedCache<T> | undefined) ?? noDerivedCache<T>();
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { redirectSchema, withdrawalSchema, type Redirect, type Withdrawal } from '../../schemas/registers';
import { describeIssues } from './validation';

const REDIRECTS_FILE = 'redirects.yaml';
const WITHDRAWALS_FILE = 'withdrawals.yaml';

export interface Registers {
  redirects: Redirect[];
  withdrawals: Withdrawal[];
}

/** Validates a YAML file against a schema; problems name the file, the entry and the field. */
export function parseYaml<T>(
  text: string,
  schema: z.ZodType<T>,
  file: string,
  empty: unknown = {},
): { value: T | undefined; problems: string[] } {
  let value: unknown;
  try {
    value = parse(text) ?? empty;
  } catch (error) {
    return { value: undefined, problems: [`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const lines = describeIssues(result.error.issues).map((line) => line.replace(/^\[(\d+)\]\.?/, 'entry $1: '));
    return { value: undefined, problems: lines.map((line) => `${file}: ${line}`) };
  }
  return { value: result.data, problems: [] };
}

/** Validates one register's YAML text (a list); problems name the entry and the field. */
export function parseRegister<T>(text: string, schema: z.ZodType<T>, file: string): { items: T[]; problems: string[] } {
  const { value, problems } = parseYaml(text, z.array(schema), file, []);
  return { items: value ?? [], problems };
}

/** Reads content/redirects.yaml and content/withdrawals.yaml; a missing file is an empty list. */
export async function loadRegisters(
  contentDir: string,
  shownDir = 'content',
): Promise<Registers & { problems: string[] }> {
  const read = async <T>(name: string, schema: z.ZodType<T>) => {
    const file = join(contentDir, name);
    if (!existsSync(file)) return { items: [] as T[], problems: [] };
    return parseRegister(await readFile(file, 'utf8'), schema, `${shownDir}/${name}`);
  };
  const redirects = await read(REDIRECTS_FILE, redirectSchema);
  const withdrawals = await read(WITHDRAWALS_FILE, withdrawalSchema);
  return {
    redirects: redirects.items,
    withdrawals: withdrawals.items,
    problems: [...redirects.problems, ...withdrawals.problems],
  };
}

/**
 * The redirects with the story addresses they imply: when a snapshot moves to another story and
 * the old story's plain address is no longer published, it follows to the new story's address.
 */
export function withStoryRedirects(redirects: readonly Redirect[], publishedPaths: ReadonlySet<string>): Redirect[] {
  const story = (path: string) => path.replace(/[^/]+\/$/, '');
  const implied = redirects
    .filter((r) => /^\/articles\/[^/]+\/[^/]+\/[^/]+\/[^/]+\/$/.test(r.from) && !publishedPaths.has(story(r.from)))
    .map((r) => ({ ...r, from: story(r.from), to: story(r.to) }));
  const seen = new Set(redirects.map((r) => r.from));
  return [...redirects, ...implied.filter((r) => !seen.has(r.from) && (seen.add(r.from), true))];
}

/** The `_redirects` file (Netlify, Cloudflare Pages): one permanent redirect per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}

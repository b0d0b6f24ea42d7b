import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { redirectSchema, withdrawalSchema, type Redirect, type Withdrawal } from '../schemas/registers';
import { describeIssues } from './validate-article';

export const REDIRECTS_FILE = 'redirects.yaml';
export const WITHDRAWALS_FILE = 'withdrawals.yaml';

export interface Registers {
  redirects: Redirect[];
  withdrawals: Withdrawal[];
}

/** Validates one register's YAML text; problems name the entry and the field. */
export function parseRegister<T>(text: string, schema: z.ZodType<T>, file: string): { items: T[]; problems: string[] } {
  let value: unknown;
  try {
    value = parse(text) ?? [];
  } catch (error) {
    return { items: [], problems: [`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = z.array(schema).safeParse(value);
  if (!result.success) {
    const lines = describeIssues(result.error.issues).map((line) => line.replace(/^\[(\d+)\]\.?/, 'entry $1: '));
    return { items: [], problems: lines.map((line) => `${file}: ${line}`) };
  }
  return { items: result.data, problems: [] };
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

/** The `_redirects` file (Netlify, Cloudflare Pages): one permanent redirect per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}

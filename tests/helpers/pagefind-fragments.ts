import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** What Pagefind stored for one page: its URL and the text it indexed. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string }[];
}

const SIGNATURE = 'pagefind_dcd';

/**
 * Reads every page fragment Pagefind wrote (gzip, a 12-byte signature, then JSON), in every
 * partition and shard of the index under `pagefindDir`.
 */
export function readFragments(pagefindDir: string): Fragment[] {
  const files = (readdirSync(pagefindDir, { recursive: true }) as string[]).filter((f) =>
    /(^|\/)fragment\/[^/]+$/.test(f),
  );
  return files.sort().flatMap((name) => {
    const bytes = gunzipSync(readFileSync(join(pagefindDir, name)));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
      throw new Error(`${name}: not a Pagefind fragment`);
    const json = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8'));
    // Grouped fragment files hold several pages, keyed by page id.
    return name.includes('_group_') ? (Object.values(json) as Fragment[]) : [json as Fragment];
  });
}

/**
 * Words as Pagefind counts them: runs of text between white space, case folded, with punctuation
 * dropped. "Exclusive:Russia" is one word here, as it is to Pagefind, so text that two elements
 * glued together cannot pass for the two words a reader sees.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}

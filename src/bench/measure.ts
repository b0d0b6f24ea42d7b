import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Process ids of `root` and all its descendants, read from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(parents.get(tree[i]!) ?? []));
  return tree;
}

/** Resident memory of a set of processes, in bytes. */
function rss(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      total += pages * 4096;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

export interface RunResult {
  seconds: number;
  peakRssBytes: number;
  exitCode: number;
  output: string;
}

/**
 * Runs a command, sampling the resident memory of its whole process tree every 50 ms. Each line
 * it prints is also handed to `onLine` as it arrives, for progress on long runs.
 */
export function measuredRun(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let pending = '';
    const take = (data: Buffer) => {
      output += data;
      const lines = (pending + data).split('\n');
      pending = lines.pop()!;
      lines.forEach(onLine);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, rss(processTree(child.pid)));
    };
    // Every 50 ms, and at once: a build of a fraction of a second would otherwise go unmeasured.
    setImmediate(sample);
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending) onLine(pending);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes: peak, exitCode: code ?? 1, output });
    });
  });
}

/**
 * Total size of the files under a folder, and how many of them end in `suffix`. Pagefind's
 * ready-made interfaces (`*-ui.js`, `*-ui.css`) are left out: the archive does not publish them,
 * and the baselines' indexes are compared without them.
 */
export function folderSize(dir: string, suffix = '.html'): { bytes: number; matching: number } {
  let bytes = 0;
  let matching = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (/-ui\.(js|css)$/.test(name)) continue;
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    if (name.endsWith(suffix)) matching++;
  }
  return { bytes, matching };
}

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Process ids of `root` and all its descendants, read from /proc, each with the step it belongs
 * to: the child of `root` it descends from (a command of the shell running the build), or `root`.
 */
function processTree(root: number): { pid: number; step: number }[] {
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
  const tree = [{ pid: root, step: root }];
  for (let i = 0; i < tree.length; i++) {
    const { pid, step } = tree[i]!;
    for (const child of parents.get(pid) ?? []) tree.push({ pid: child, step: pid === root ? child : step });
  }
  return tree;
}

/** Resident memory of one process in bytes; 0 once it has ended. */
function rssOf(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

/** Node's options whose value is the next word: a module to load, not the program run. */
const NODE_OPTIONS_WITH_VALUE = new Set(['--import', '--require', '-r', '--loader']);

/**
 * A short name for a command line: the programs and scripts it names, without the Node binary,
 * its options (and the modules they load) and folders (`node …/.bin/astro build` → `astro build`;
 * `node --import tsx src/cli/finish-build.ts` → `finish-build.ts`).
 *
 * @example
 * commandName(['/usr/bin/node', '/p/node_modules/.bin/astro', 'build']); // 'astro build'
 */
export function commandName(args: readonly string[]): string {
  const words = args.filter(
    (a, i) =>
      !(i === 0 && /(^|\/)node$/.test(a)) && !a.startsWith('-') && !NODE_OPTIONS_WITH_VALUE.has(args[i - 1] ?? ''),
  );
  return words
    .slice(0, 2)
    .map((a) => a.split('/').pop()!)
    .join(' ');
}

/** The command a process runs, named as `commandName` does; none for one that has ended. */
function commandOf(pid: number): string | undefined {
  try {
    const name = commandName(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean));
    // A process that has ended but not yet been collected reads as an empty command line.
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}

export interface RunResult {
  seconds: number;
  peakRssBytes: number;
  /** The peak of each command the shell ran (with what it started), in the order they ran. */
  steps?: { command: string; peakRssBytes: number }[];
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
    const steps = new Map<string, { command: string; peakRssBytes: number }>();
    // How the shell itself looks; when it runs its last command in its own process, it takes
    // that command's name.
    const shell = commandName([command, ...args]);
    const sample = () => {
      if (!child.pid) return;
      const byStep = new Map<number, number>();
      for (const { pid, step } of processTree(child.pid)) byStep.set(step, (byStep.get(step) ?? 0) + rssOf(pid));
      peak = Math.max(
        peak,
        [...byStep.values()].reduce((a, b) => a + b, 0),
      );
      for (const [pid, bytes] of byStep) {
        const name = commandOf(pid);
        if (name === undefined || (pid === child.pid && name === shell)) continue;
        const key = `${pid} ${name}`;
        steps.set(key, { command: name, peakRssBytes: Math.max(steps.get(key)?.peakRssBytes ?? 0, bytes) });
      }
    };
    // Every 50 ms, and at once: a build of a fraction of a second would otherwise go unmeasured.
    setImmediate(sample);
    const timer = setInterval(sample, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      if (pending) onLine(pending);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        steps: [...steps.values()],
        exitCode: code ?? 1,
        output,
      });
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

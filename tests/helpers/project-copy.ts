import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of the project in a fresh temporary folder, sharing node_modules, to change and build. */
export function copyProject(prefix = 'archive-build-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a tool from node_modules/.bin in `dir`, as npm scripts do (Node 24 first on PATH). */
export function runBin(
  dir: string,
  bin: string,
  args: string[],
  env: Record<string, string> = {},
): SpawnSyncReturns<string> & { output: string } {
  const binDir = join(dir, 'node_modules/.bin');
  const result = spawnSync(join(binDir, bin), args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${binDir}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    timeout: 180_000,
  });
  return Object.assign(result, { output: `${result.stdout}${result.stderr}` });
}

/**
 * The command `npm run build` runs after `astro build` (the index, checks and publishing), as
 * package.json gives it, split into program and arguments.
 */
function finishCommand(dir: string): [string, string[]] {
  const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { build: string } };
  const commands = scripts.build.split(' && ');
  const [program, ...args] = commands.at(-1)!.trim().split(/\s+/);
  // Read as plain words: a third command, a variable set before the program or a quoted argument
  // would need a shell, and is refused rather than run differently from `npm run build`.
  if (commands.length !== 2 || program!.includes('=') || args.some((a) => /["'$`\\]/.test(a))) {
    throw new Error(`package.json's build script is not "astro build && <program> <arguments>": ${scripts.build}`);
  }
  return [program!, args];
}

/**
 * `npm run build` in a project copy: `astro build`, then, if it succeeded, the second command of
 * the build script. The two are run apart so that each one's output is kept.
 */
export function build(dir: string, env: Record<string, string> = {}): ReturnType<typeof runBin> {
  const astro = runBin(dir, 'astro', ['build'], env);
  if (astro.status !== 0) return astro;
  const finish = runBin(dir, ...finishCommand(dir), env);
  return Object.assign(finish, { output: `${astro.output}${finish.output}` });
}

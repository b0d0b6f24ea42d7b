/**
 * `npm run bench [-- --sizes 1000,10000] [--out DIR]`: builds a synthetic archive at each size
 * (default 1,000 articles) with the project's full pipeline and, over the same Markdown, with a
 * bare Astro site and (when `hugo` is installed) a minimal Hugo site, each indexed by Pagefind.
 * For each it measures a cold build and a warm rebuild after adding one article, the peak memory
 * of the whole process tree, pages per second, index and site size, and prints the project's
 * ratios to each baseline. Writes DIR/bench.json and DIR/bench-chart.svg. Not part of `npm test`:
 * the figures depend on the machine, so compare ratios rather than seconds.
 *
 * `--project-only` skips the baselines and `--no-warm` the warm rebuilds, for a single large run
 * such as `--sizes 100000 --project-only --no-warm`; `--merge DIR/bench.json` shows the figures of
 * such an earlier run beside this one's, in the table, bench.json and the chart.
 *
 * Every run first times the analysis of one article of the seed's length (people and quotations);
 * `--analysis-only` stops there.
 *
 * `--reader` also measures the project's build at each size as a reader meets it (page weights,
 * name searches in Chromium, Lighthouse); `--reader-only [--dist dist]` measures an existing build
 * only, such as the seed site after `npm run build`. `--no-lighthouse` skips Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bareAstro, hugoSite, linkPackages } from './baselines';
import { chartSvg, type Series } from './chart';
import { generateArchive, type GeneratedFile } from './generate';
import { folderSize, measuredRun, type RunResult } from './measure';
import { measureReader, type ReaderFigures } from './reader';
import { readerTable } from './reader-table';
import { measureAnalysis } from './analysis';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const readerOnly = args.includes('--reader-only');
const readerOptions = { lighthouse: !args.includes('--no-lighthouse') };
const out = resolve(option('out', join(tmpdir(), 'archive-bench')));

const analysis = await measureAnalysis(process.cwd());
console.log(
  `Analysis of one article (${analysis.words} words, the seed): median ${analysis.medianMs.toFixed(1)} ms, ` +
    `90th percentile ${analysis.p90Ms.toFixed(1)} ms over ${analysis.runs} runs (budget 20 ms)\n`,
);
if (args.includes('--analysis-only')) process.exit(0);

if (readerOnly) {
  const dist = resolve(option('dist', 'dist'));
  console.log(`Reader-side figures of ${dist}\n`);
  const figures = await measureReader(dist, readerOptions);
  console.log(readerTable(figures));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ reader: { dist, ...figures } }, null, 2)}\n`);
  console.log(`\nWritten to ${join(out, 'bench.json')}`);
  process.exit(0);
}

const sizes = option('sizes', option('articles', '1000')).split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--sizes must be whole numbers of at least 1, such as 1000,10000');
  process.exit(2);
}
const root = process.cwd();
const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;

function write(dir: string, files: readonly GeneratedFile[]) {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

/**
 * Enters the generated snapshots in the project's lock file, as an editor does once when adding
 * articles (`npm run lock`); not part of the build, so not timed.
 */
function lock(dir: string) {
  // The lock lists every snapshot it adds: tens of thousands of lines, not worth keeping.
  const result = spawnSync('tsx', ['src/cli/lock.ts'], {
    cwd: dir,
    env: envFor(dir),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) {
    console.error(`npm run lock failed in ${dir}: ${result.error?.message ?? ''}\n${result.stderr.slice(-4000)}`);
    process.exit(1);
  }
}

const envFor = (dir: string) => ({
  ...process.env,
  PATH: `${join(dir, 'node_modules/.bin')}:${join(root, 'node_modules/.bin')}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
});

/** Bytes in MiB, as the benchmark prints them. */
const mib = (bytes: number, digits = 1) => `${(bytes / 2 ** 20).toFixed(digits)} MiB`;

/**
 * The lines of a build's output that mark its steps (Astro's, the archive's integrations', the
 * steps after Astro), shown while it runs; the route-by-route lines are left to the log file.
 */
const STEP_LINE = /\[(content|build|vite|archive-[a-z-]+|@astrojs\/sitemap)\]/;

/** Runs one measured build, showing its steps as they happen, and keeps its whole output in `log`. */
async function step(label: string, dir: string, command: string, env: NodeJS.ProcessEnv, log: string) {
  console.log(`  ${label}:`);
  const result = await measuredRun('sh', ['-c', command], dir, env, (line) => {
    const plain = line.replace(/\u001b\[[0-9;]*m/g, '').trim();
    if (STEP_LINE.test(plain)) console.log(`    ${plain}`);
  });
  writeFileSync(log, result.output);
  const steps = (result.steps ?? []).map((s) => `${s.command} ${mib(s.peakRssBytes, 0)}`).join(', ');
  console.log(
    `  ${label}: ${result.seconds.toFixed(1)} s, peak ${mib(result.peakRssBytes, 0)}${steps ? ` (${steps})` : ''} (log: ${log})`,
  );
  if (result.exitCode !== 0) {
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  return result;
}

/** One system at one size as bench.json records it. */
interface SavedResult {
  coldSeconds: number;
  warmSeconds: number | null;
  peakRssBytes: number;
  /** The cold build's peak for each command it ran (`astro build`, then the search index and manifest). */
  coldSteps?: { command: string; peakRssBytes: number }[];
  pages: number;
  indexBytes: number;
  siteBytes: number;
  reader?: ReaderFigures;
}

interface SystemResult {
  cold: RunResult;
  /** Absent with --no-warm. */
  warm?: RunResult | undefined;
  pages: number;
  indexBytes: number;
  siteBytes: number;
}

/** One system at one size: set up, build cold, add one article, build again. */
async function measure(
  name: string,
  dir: string,
  output: string,
  build: string,
  setUp: () => void,
  addOne: () => Promise<void>,
): Promise<SystemResult> {
  console.log(`${name}:`);
  setUp();
  const env = envFor(dir);
  const cold = await step('cold build', dir, build, env, `${dir}-cold.log`);
  const site = folderSize(join(dir, output));
  const index = folderSize(join(dir, output, 'pagefind'));
  let warm: RunResult | undefined;
  if (!args.includes('--no-warm')) {
    await addOne();
    warm = await step('warm build after adding one article', dir, build, env, `${dir}-warm.log`);
  }
  return { cold, warm, pages: site.matching, indexBytes: index.bytes, siteBytes: site.bytes };
}

const results: Record<number, Record<string, SystemResult>> = {};
const readerResults: Record<number, ReaderFigures> = {};
for (const n of sizes) {
  console.log(`\n${n.toLocaleString('en')} articles`);
  const generated = generateArchive(n + 1);
  const base = generated.slice(0, n * 2);
  const extra = generated.slice(n * 2);
  const articlesOnly = (files: readonly GeneratedFile[]) => files.filter((f) => f.path.startsWith('content/articles/'));
  const sizeDir = join(out, String(n));
  rmSync(sizeDir, { recursive: true, force: true });
  results[n] = {};

  const project = join(sizeDir, 'project');
  results[n].project = await measure(
    'project (full pipeline)',
    project,
    'dist',
    // What `npm run build` runs, as package.json says.
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build,
    () => {
      mkdirSync(join(project, 'content'), { recursive: true });
      for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
        cpSync(join(root, entry), join(project, entry), { recursive: true });
      }
      cpSync(join(root, 'content/people'), join(project, 'content/people'), { recursive: true });
      writeFileSync(join(project, 'content/archive.lock.json'), '{ "permalinks": {} }\n');
      linkPackages(root, project);
      write(project, base);
      lock(project);
    },
    async () => {
      write(project, extra);
      lock(project);
    },
  );
  if (args.includes('--reader')) {
    // Measured before the baselines build, while the machine is otherwise quiet.
    console.log('  reader-side figures...');
    readerResults[n] = await measureReader(join(project, 'dist'), readerOptions);
  }

  if (args.includes('--project-only')) continue;
  const bare = join(sizeDir, 'bare-astro');
  results[n].bareAstro = await measure(
    'bare Astro',
    bare,
    'dist',
    'astro build && pagefind --site dist > /dev/null',
    () => {
      bareAstro(root, bare);
      linkPackages(root, bare);
      write(bare, articlesOnly(base));
    },
    async () => write(bare, articlesOnly(extra)),
  );

  if (hugo) {
    const site = join(sizeDir, 'hugo');
    results[n].hugo = await measure(
      'Hugo',
      site,
      'public',
      'hugo --quiet && pagefind --site public > /dev/null',
      () => {
        hugoSite(site);
        write(site, articlesOnly(base));
      },
      async () => write(site, articlesOnly(extra)),
    );
  } else {
    console.log('Hugo: not installed (apt-get install hugo), skipped');
  }
}

// Figures of an earlier run (`--merge DIR/bench.json`), such as a long single run at 100,000
// articles, shown beside this run's in the table and the chart.
const merge = option('merge', '');
if (merge) {
  const earlier = JSON.parse(readFileSync(merge, 'utf8')) as Record<string, Record<string, SavedResult>>;
  for (const [n, systems] of Object.entries(earlier)) {
    if (!/^\d+$/.test(n)) continue;
    for (const [name, r] of Object.entries(systems)) {
      const run = (seconds: number): RunResult => ({ seconds, peakRssBytes: r.peakRssBytes, exitCode: 0, output: '' });
      (results[Number(n)] ??= {})[name] ??= {
        cold: run(r.coldSeconds),
        warm: r.warmSeconds === null ? undefined : run(r.warmSeconds),
        pages: r.pages,
        indexBytes: r.indexBytes,
        siteBytes: r.siteBytes,
      };
      if (r.reader) readerResults[Number(n)] ??= r.reader;
    }
  }
}

const peakOf = (r: SystemResult) => Math.max(r.cold.peakRssBytes, r.warm?.peakRssBytes ?? 0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const rows: string[] = [];
for (const [n, systems] of Object.entries(results)) {
  for (const [name, r] of Object.entries(systems)) {
    rows.push(
      `| ${Number(n).toLocaleString('en')} | ${name} | ${r.cold.seconds.toFixed(1)} s | ${r.warm ? `${r.warm.seconds.toFixed(1)} s` : 'n/a'} | ${mib(peakOf(r))} | ${(r.pages / r.cold.seconds).toFixed(0)} | ${mib(r.indexBytes)} | ${mib(r.siteBytes)} |`,
    );
  }
  const p = systems.project!;
  for (const [name, r] of Object.entries(systems).filter(([k]) => k !== 'project')) {
    rows.push(
      `| ${Number(n).toLocaleString('en')} | project ÷ ${name} | ${ratio(p.cold.seconds, r.cold.seconds)} | ${p.warm && r.warm ? ratio(p.warm.seconds, r.warm.seconds) : 'n/a'} | ${ratio(p.cold.peakRssBytes, r.cold.peakRssBytes)} | | | |`,
    );
  }
  if (p.warm) {
    rows.push(
      `| ${Number(n).toLocaleString('en')} | project warm ÷ cold | ${(p.warm.seconds / p.cold.seconds).toFixed(2)}× | | | | | |`,
    );
  }
}
console.log(`
| articles | system | cold | warm (+1) | peak memory | pages/s | index | site |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`);
for (const [n, figures] of Object.entries(readerResults)) {
  console.log(
    `\nReader-side figures, project at ${Number(n).toLocaleString('en')} articles (+1)\n\n${readerTable(figures)}`,
  );
}

mkdirSync(out, { recursive: true });
const json = Object.fromEntries(
  Object.entries(results).map(([n, systems]) => [
    n,
    Object.fromEntries(
      Object.entries(systems).map(([name, r]) => [
        name,
        {
          coldSeconds: r.cold.seconds,
          warmSeconds: r.warm?.seconds ?? null,
          peakRssBytes: peakOf(r),
          coldSteps: r.cold.steps,
          pages: r.pages,
          pagesPerSecond: r.pages / r.cold.seconds,
          indexBytes: r.indexBytes,
          siteBytes: r.siteBytes,
          ...(name === 'project' && readerResults[Number(n)] ? { reader: readerResults[Number(n)] } : {}),
        },
      ]),
    ),
  ]),
);
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
const names = [...new Set(Object.values(results).flatMap((s) => Object.keys(s)))];
const series: Series[] = names.map((name) => ({
  name,
  points: Object.entries(results)
    .filter(([, s]) => s[name])
    .map(([n, s]) => ({
      articles: Number(n),
      seconds: s[name]!.cold.seconds,
      peakRssBytes: s[name]!.cold.peakRssBytes,
    })),
}));
writeFileSync(join(out, 'bench-chart.svg'), chartSvg(series));
console.log(`\nWritten to ${join(out, 'bench.json')} and ${join(out, 'bench-chart.svg')}`);
if (!existsSync(join(out, 'bench.json'))) process.exit(1);

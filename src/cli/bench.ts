/**
 * `npm run bench [-- --articles N] [--out DIR]`: builds a synthetic archive of N articles
 * (default 1,000) with the project's full pipeline, cold and then warm after adding one article,
 * and prints the time, peak memory of the whole process tree, pages per second, index and site
 * size. Results are also written to DIR/bench.json. Not part of `npm test`: the figures depend on
 * the machine.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { generateArchive } from '../bench/generate';
import { folderSize, measuredRun, type RunResult } from '../bench/measure';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const articles = Number(option('articles', '1000'));
if (!Number.isInteger(articles) || articles < 1) {
  console.error('--articles must be a whole number of at least 1');
  process.exit(2);
}
const out = resolve(option('out', join(tmpdir(), 'archive-bench')));
const root = process.cwd();
const project = join(out, `project-${articles}`);

/** A copy of the project with the generated archive as its content and a cache of its own. */
function setUp() {
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'content'), { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  }
  cpSync(join(root, 'content/people'), join(project, 'content/people'), { recursive: true });
  writeFileSync(join(project, 'content/archive.lock.json'), '{ "permalinks": {} }\n');
  // node_modules shared package by package, but not Astro's content cache (node_modules/.astro).
  mkdirSync(join(project, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.astro') symlinkSync(join(root, 'node_modules', entry), join(project, 'node_modules', entry));
  }
}

function write(files: { path: string; content: string }[]) {
  for (const file of files) {
    mkdirSync(dirname(join(project, file.path)), { recursive: true });
    writeFileSync(join(project, file.path), file.content);
  }
}

const env = {
  ...process.env,
  PATH: `${join(project, 'node_modules/.bin')}:${process.env.PATH}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: '0',
};
const bin = (name: string) => join(project, 'node_modules/.bin', name);

async function step(label: string, run: Promise<RunResult>): Promise<RunResult> {
  process.stdout.write(`${label}... `);
  const result = await run;
  console.log(`${result.seconds.toFixed(1)} s, peak ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
  if (result.exitCode !== 0) {
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  return result;
}

setUp();
const generated = generateArchive(articles + 1);
write(generated.slice(0, articles * 2));
console.log(`Generated ${articles} articles in ${project}`);
await step('lock', measuredRun(bin('tsx'), ['src/cli/lock.ts'], project, env));
const cold = await step('cold build', measuredRun(bin('astro'), ['build'], project, env));
const site = folderSize(join(project, 'dist'));
const index = folderSize(join(project, 'dist/pagefind'));
write(generated.slice(articles * 2));
await step('lock one more article', measuredRun(bin('tsx'), ['src/cli/lock.ts'], project, env));
const warm = await step('warm build after adding one article', measuredRun(bin('astro'), ['build'], project, env));

const result = {
  articles,
  htmlPages: site.matching,
  cold: { seconds: cold.seconds, peakRssBytes: cold.peakRssBytes, pagesPerSecond: site.matching / cold.seconds },
  warm: { seconds: warm.seconds, peakRssBytes: warm.peakRssBytes, ratioToCold: warm.seconds / cold.seconds },
  indexBytes: index.bytes,
  siteBytes: site.bytes,
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
console.log(`
| ${articles} articles            | value |
| ------------------------------- | ----- |
| cold build                      | ${cold.seconds.toFixed(1)} s |
| warm rebuild (+1 article)       | ${warm.seconds.toFixed(1)} s (${(result.warm.ratioToCold * 100).toFixed(0)} % of cold) |
| peak memory, whole process tree | ${mib(Math.max(cold.peakRssBytes, warm.peakRssBytes))} |
| HTML pages, pages per second    | ${site.matching}, ${result.cold.pagesPerSecond.toFixed(0)} |
| search index                    | ${mib(index.bytes)} |
| site                            | ${mib(site.bytes)} |

Written to ${join(out, 'bench.json')}`);

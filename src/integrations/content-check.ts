import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchesChecksum } from '../lib/captures';
import { articlePath, assertUniquePaths } from '../lib/permalinks';
import { formatProblems, validateArticleSource } from '../lib/validate-article';

/**
 * Checks every article file under `contentDir` before Astro reads any of them, and returns one
 * message per broken file. Astro's own errors for such files can be garbled or, for a broken
 * plugin, only logged; this check names the file, the field and what is wrong.
 */
export async function checkContent(contentDir: string, root = contentDir): Promise<string[]> {
  const articlesDir = join(contentDir, 'articles');
  if (!existsSync(articlesDir)) return [`${relative(root, articlesDir)}: the archive's articles folder is missing`];
  const files = (await readdir(articlesDir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  const messages: string[] = [];
  const paths: { file: string; path: string }[] = [];
  for (const name of files) {
    const file = join(articlesDir, name);
    const shown = relative(root, file);
    const result = validateArticleSource(await readFile(file, 'utf8'));
    if (!result.ok) {
      messages.push(formatProblems(shown, result.problems));
      continue;
    }
    const capture = join(contentDir, result.data.capture.file);
    if (!existsSync(capture)) {
      messages.push(formatProblems(shown, [`capture.file: ${result.data.capture.file} does not exist under content/`]));
    } else if (!matchesChecksum(await readFile(capture), result.data.capture.sha256)) {
      messages.push(
        formatProblems(shown, [
          `capture.sha256: content/${result.data.capture.file} no longer matches its recorded SHA-256; captures are never edited`,
        ]),
      );
    }
    paths.push({ file: shown, path: articlePath(result.data) });
  }
  try {
    assertUniquePaths(paths);
  } catch (error) {
    messages.push((error as Error).message);
  }
  return messages;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'archive-content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const messages = await checkContent(join(root, 'content'), root);
        if (messages.length > 0) {
          const report = `The archive has ${messages.length} invalid article file(s):\n\n${messages.join('\n\n')}`;
          // A build must never publish a broken entry; the dev server reports it and keeps running.
          if (command === 'build') throw new Error(report);
          logger.error(report);
          return;
        }
        logger.info('Every article file is valid');
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../lib/captures';
import { hashSite, MANIFEST_JSON, MANIFEST_TXT, manifestJson, manifestText } from '../lib/manifest';

/**
 * Last step of the build: lists every file of the site with its SHA-256 in a BagIt-style
 * `manifest-sha256.txt` (and the same as JSON), and prints the manifest's own SHA-256 so it can be
 * recorded outside the site as a trust anchor for `npm run verify`.
 */
export default function manifest(): AstroIntegration {
  return {
    name: 'archive-manifest',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = await hashSite(out);
        const text = manifestText(entries);
        await writeFile(join(out, MANIFEST_TXT), text);
        await writeFile(join(out, MANIFEST_JSON), manifestJson(entries));
        logger.info(`${MANIFEST_TXT} lists ${entries.length} files; its SHA-256 is ${sha256Hex(text)}`);
      },
    },
  };
}

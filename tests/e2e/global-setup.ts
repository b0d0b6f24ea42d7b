import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveSite } from '../../src/lib/web-archive/static-host';
import { DIST } from '../helpers/dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site on a free local port for the browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`) || !existsSync(`${DIST}/pagefind/pagefind.js`)) {
    throw new Error(`No built site in ${DIST}: run \`npm run build\` first (\`npm test\` does).`);
  }
  const server = await serveSite(DIST);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

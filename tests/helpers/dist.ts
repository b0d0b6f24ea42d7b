import { fileURLToPath } from 'node:url';

/** The built site the end-to-end tests read and serve. */
export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

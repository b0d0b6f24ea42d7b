import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/built-pages';
import { DIST } from '../helpers/dist';
import { htmlProblems } from '../helpers/html-validate';

describe('html-validate', () => {
  it.each(builtPages().map((p) => [p.path, p.file] as const))('%s has no errors', async (_, file) => {
    expect(await htmlProblems(join(DIST, file))).toEqual([]);
  });
});

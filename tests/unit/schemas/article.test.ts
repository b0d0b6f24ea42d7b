import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleSource } from '../../../src/lib/archive/validation';
import { ARCHIVE_LEVEL_CASES, INVALID_CASES } from '../../fixtures/articles/invalid-cases';

const fixture = (kind: 'valid' | 'invalid', name: string) =>
  readFileSync(new URL(`../../fixtures/articles/${kind}/${name}.md`, import.meta.url), 'utf8');

const problemsOf = (name: string) => {
  const result = validateArticleSource(fixture('invalid', name));
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems;
};

describe('article schema, through real files and the build’s own YAML parser', () => {
  it('accepts the seed entry as committed', () => {
    const source = readFileSync(
      new URL('../../../content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md', import.meta.url),
      'utf8',
    );
    const result = validateArticleSource(source);
    expect(result.ok && result.data).toMatchObject({
      headline: "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold",
      authors: [{ name: 'Pyotr Kozlov' }],
      publication: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/' },
      published: '2024-12-11',
      photo: {
        caption: 'The Syrian opposition flag flies at the Syrian embassy building in Moscow.',
        credit: 'Moskva News Agency',
      },
      language: 'en',
    });
    // The capture's date is unknown, so the entry must not claim one.
    expect(result.ok && result.data.captured).toBeUndefined();
  });

  it.each(readdirSync(new URL('../../fixtures/articles/valid/', import.meta.url)).map((f) => f.replace(/\.md$/, '')))(
    'accepts the valid fixture %s (BOM, CRLF and a deliberate missing byline build too)',
    (name) => {
      const result = validateArticleSource(fixture('valid', name));
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );

  it('has an expected message for every malformed fixture', () => {
    const files = readdirSync(new URL('../../fixtures/articles/invalid/', import.meta.url)).map((f) =>
      f.replace(/\.md$/, ''),
    );
    expect(files.sort()).toEqual(Object.keys(INVALID_CASES).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(INVALID_CASES).filter(([name]) => !ARCHIVE_LEVEL_CASES.has(name)))(
    'refuses %s with one message naming the field and what is wrong',
    (name, message) => {
      expect(problemsOf(name)).toEqual([message]);
    },
  );

  it('refuses invalid YAML with the parser’s reason', () => {
    const [problem] = problemsOf('invalid-yaml');
    expect(problem).toMatch(/^\(frontmatter\): invalid YAML: /);
  });
});

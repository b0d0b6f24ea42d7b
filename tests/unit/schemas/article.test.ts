import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticleSource } from '../../../src/lib/validate-article';

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

  it.each([
    ['missing-headline', 'headline: headline is required'],
    ['empty-headline', 'headline: headline must not be empty'],
    ['impossible-date', 'published: "2024-02-30" is not a real calendar day'],
    [
      'unquoted-date',
      'published: must be a quoted YYYY-MM-DD date string (unquoted YAML dates are converted silently); write it as a quoted string, for example "2024-12-11"',
    ],
    [
      'javascript-source-url',
      'sourceUrl: sourceUrl must be an absolute http(s) URL, not "javascript:alert(document.cookie)"',
    ],
    ['unknown-field', 'slug: unknown field (check its spelling; the schema lists every field)'],
    [
      'caption-without-credit',
      'photo.credit: photo has a caption but no credit: every archived photo names its source',
    ],
    ['missing-byline', 'authors: authors is empty: list the byline, or set noByline: true if the original had none'],
    ['published-after-archived', 'published: published (2024-12-11) is after archived (2024-12-01)'],
    [
      'frontmatter-never-closed',
      '(frontmatter): the frontmatter is never closed: add a "---" line after the last field',
    ],
    ['empty-body', '(body): the article has no text after its frontmatter'],
  ])('refuses %s, naming the field and what is wrong', (name, message) => {
    expect(problemsOf(name)).toEqual([message]);
  });

  it('refuses invalid YAML with the parser’s reason', () => {
    const [problem] = problemsOf('invalid-yaml');
    expect(problem).toMatch(/^\(frontmatter\): invalid YAML: /);
  });
});

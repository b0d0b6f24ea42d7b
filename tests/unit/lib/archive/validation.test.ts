import { describe, expect, it } from 'vitest';
import { formatProblems, validateArticleSource } from '../../../../src/lib/archive/validation';

const minimal = (frontmatter: string) => `---\n${frontmatter}\n---\n\nSome text.\n`;

describe('validateArticleSource', () => {
  it('says which required fields are missing, one line each', () => {
    const result = validateArticleSource(minimal('headline: "A headline"'));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const field of [
      'storySlug',
      'authors',
      'publication',
      'published',
      'sourceUrl',
      'archived',
      'language',
      'summary',
      'capture',
    ]) {
      expect(problems.some((p) => p.startsWith(`${field}: `) && p.includes('required'))).toBe(true);
    }
  });

  it('names nested fields by their path', () => {
    const result = validateArticleSource(minimal('publication:\n  name: 5\n  url: "ftp://example.org/"'));
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContain('publication.name: publication name must be text');
    expect(problems).toContain(
      'publication.url: publication url must be an absolute http(s) URL, not "ftp://example.org/"',
    );
  });

  it('refuses a file with no frontmatter at all', () => {
    expect(validateArticleSource('Just text.\n')).toEqual({
      ok: false,
      problems: ['(frontmatter): the file must begin with a "---" line opening the frontmatter'],
    });
  });

  it('formats a report that starts with the file name', () => {
    expect(formatProblems('content/articles/x.md', ['headline: headline is required', 'published: is required'])).toBe(
      'content/articles/x.md is not a valid article:\n  - headline: headline is required\n  - published: is required',
    );
  });
});

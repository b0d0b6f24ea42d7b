import { describe, expect, it } from 'vitest';
import { parseRegister, redirectsFile, withStoryRedirects } from '../../../../src/lib/archive/registers';
import { redirectSchema, withdrawalSchema } from '../../../../src/schemas/registers';

describe('the redirect and withdrawal registers', () => {
  it('reads valid entries', () => {
    const { items, problems } = parseRegister(
      '- from: /articles/a/\n  to: /articles/b/\n  since: "2026-12-01"\n  reason: Renamed.\n',
      redirectSchema,
      'content/redirects.yaml',
    );
    expect(problems).toEqual([]);
    expect(redirectsFile(items)).toBe('/articles/a/ /articles/b/ 301\n');
  });

  it('names the file, the entry and the field of a bad entry', () => {
    expect(
      parseRegister(
        '- path: https://evil.example/\n  withdrawn: 2026-02-30\n',
        withdrawalSchema,
        'content/withdrawals.yaml',
      ).problems,
    ).toEqual([
      'content/withdrawals.yaml: entry 0: path: must be a path on this site such as "/articles/the-moscow-times/2024-12-11/story/20261125/"',
      'content/withdrawals.yaml: entry 0: withdrawn: "2026-02-30" is not a real calendar day',
    ]);
  });

  it('reports invalid YAML with the file name', () => {
    expect(parseRegister('- from: [unclosed', redirectSchema, 'content/redirects.yaml').problems[0]).toMatch(
      /^content\/redirects\.yaml: invalid YAML: /,
    );
  });
});

describe('story addresses of moved snapshots', () => {
  const moved = {
    from: '/articles/p/2024-01-01/old-slug/20260101/',
    to: '/articles/p/2024-01-01/new-slug/20260101/',
    since: '2026-12-01',
    reason: 'Renamed.',
  };

  it('follow to the new story when the old one is no longer published', () => {
    expect(withStoryRedirects([moved], new Set(['/articles/p/2024-01-01/new-slug/']))).toEqual([
      moved,
      { ...moved, from: '/articles/p/2024-01-01/old-slug/', to: '/articles/p/2024-01-01/new-slug/' },
    ]);
  });

  it('stay when the old story still has a snapshot of its own', () => {
    expect(withStoryRedirects([moved], new Set(['/articles/p/2024-01-01/old-slug/']))).toEqual([moved]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  lockProblems,
  parseLock,
  registerProblems,
  serializeLock,
  unlocked,
  withAdded,
  type Lock,
} from '../../../../src/lib/archive/lock';

const A = '/articles/p/2024-01-01/a/20260101/';
const B = '/articles/p/2024-01-01/b/20260101/';
const sha = (c: string) => c.repeat(64);
const lock: Lock = { [A]: { source: 'content/articles/a.md', sha256: sha('a') } };

describe('the lock file', () => {
  it('passes content that still produces every locked address from the same source', () => {
    expect(lockProblems(lock, [{ path: A, source: 'content/articles/a.md', sha256: sha('a') }])).toEqual([]);
  });

  it('refuses a locked source that changed, naming the file and the address', () => {
    const [problem] = lockProblems(lock, [{ path: A, source: 'content/articles/a.md', sha256: sha('b') }]);
    expect(problem).toMatch(
      /^content\/articles\/a\.md: changed since \/articles\/p\/2024-01-01\/a\/20260101\/ was published/,
    );
    expect(problem).toContain('add the correction as a new snapshot');
  });

  it('refuses a locked address that nothing produces any more', () => {
    expect(lockProblems(lock, [])).toEqual([
      expect.stringMatching(
        /^\/articles\/p\/2024-01-01\/a\/20260101\/: published from content\/articles\/a\.md .* no article produces it any more/,
      ),
    ]);
  });

  it('accepts a vanished address that a redirect or a withdrawal accounts for', () => {
    expect(lockProblems(lock, [], [{ from: A, to: B, since: '2026-12-01', reason: 'Renamed' }])).toEqual([]);
    expect(lockProblems(lock, [], [], [{ path: A, withdrawn: '2026-12-01' }])).toEqual([]);
  });

  it('lists new snapshots and adds them without touching locked ones', () => {
    const produced = [
      { path: A, source: 'content/articles/a.md', sha256: sha('c') },
      { path: B, source: 'content/articles/b.md', sha256: sha('b') },
    ];
    expect(unlocked(lock, produced).map((p) => p.path)).toEqual([B]);
    const next = withAdded(lock, produced);
    expect(next[A]!.sha256).toBe(sha('a'));
    expect(next[B]).toEqual({ source: 'content/articles/b.md', sha256: sha('b') });
  });

  it('round-trips through its text form, sorted by address', () => {
    const text = serializeLock({ [B]: { source: 'b', sha256: sha('b') }, ...lock });
    expect(text.indexOf(A)).toBeLessThan(text.indexOf(B));
    expect(parseLock(text)).toEqual({ ...lock, [B]: { source: 'b', sha256: sha('b') } });
  });

  it('names the lock file and entry when it is malformed', () => {
    expect(() => parseLock('{')).toThrow(/^content\/archive\.lock\.json: not valid JSON/);
    expect(() => parseLock(JSON.stringify({ permalinks: { [A]: { source: 'x', sha256: 'short' } } }))).toThrow(
      `content/archive.lock.json: the entry for ${A} needs "source" (a path) and "sha256" (64 lowercase hex digits)`,
    );
  });

  it('refuses a redirect to nowhere and a withdrawal of an unpublished address', () => {
    expect(
      registerProblems(
        lock,
        new Set([A]),
        [{ from: B, to: '/articles/none/', since: '2026-12-01', reason: 'x' }],
        [{ path: B, withdrawn: '2026-12-01' }],
      ),
    ).toEqual([
      `content/redirects.yaml: ${B} is not a published (locked) article address; only those can move`,
      `content/redirects.yaml: ${B} redirects to /articles/none/, which the archive does not publish`,
      `content/withdrawals.yaml: ${B} is not a published (locked) address`,
    ]);
  });
});

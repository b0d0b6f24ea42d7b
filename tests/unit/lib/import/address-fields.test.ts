import { describe, expect, it } from 'vitest';
import { choosePublicationName, choosePublished, chooseStory } from '../../../../src/lib/import/address-fields';
import { noFindings, type KnownSnapshot } from '../../../../src/lib/import/findings';
import { captureDraft as draft } from '../../../helpers/capture-draft';

const URL_GIVEN = 'https://www.thecoastpost.example/2025/03/03/ports';

const story: KnownSnapshot = {
  file: 'content/articles/2025-03-02-the-coast-post-ports-close.md',
  sourceUrl: URL_GIVEN,
  publication: 'The Coast Post',
  published: '2025-03-02',
  storySlug: 'ports-close',
  path: '/articles/the-coast-post/2025-03-02/ports-close/20250302/',
};

describe('choosePublicationName', () => {
  const options = { draft: draft(), sourceUrl: URL_GIVEN, story: undefined, knownPublications: [] };

  it("spells the name as the capture's text does when nothing else gives it", () => {
    const findings = noFindings();
    expect(choosePublicationName(options, findings)).toBe('The Coast Post');
    expect(findings.filled).toEqual([{ field: 'publication.name', source: 'text' }]);
  });

  it("keeps the archive's name for the site, and asks the editor to check a different one in the capture", () => {
    const findings = noFindings();
    const metadata = draft({ publicationName: { value: 'Coast Post Online', source: 'open-graph' } });
    const knownPublications = [{ name: 'The Coast Post', url: 'https://thecoastpost.example/' }];
    expect(choosePublicationName({ ...options, draft: metadata, knownPublications }, findings)).toBe('The Coast Post');
    expect(findings.filled).toEqual([{ field: 'publication.name', source: 'archive' }]);
    expect(findings.check.map((n) => n.field)).toEqual(['publication.name']);
    expect(choosePublicationName({ ...options, publication: 'Coast Post', knownPublications }, noFindings())).toBe(
      'Coast Post',
    );
  });

  it('refuses to guess a name nothing gives', () => {
    const unnamed = draft({ nameText: 'Officials said so.' });
    expect(() => choosePublicationName({ ...options, draft: unnamed }, noFindings())).toThrow('pass --publication');
  });

  it('refuses a name the address cannot spell', () => {
    const named = draft({ publicationName: { value: '人民日报', source: 'open-graph' } });
    expect(() => choosePublicationName({ ...options, draft: named }, noFindings())).toThrow(
      '"人民日报" gives no address segment',
    );
  });
});

describe('choosePublished', () => {
  it("keeps the capture's day, or takes --published over it with a warning", () => {
    const quiet = noFindings();
    expect(choosePublished({ draft: draft() }, quiet)).toEqual({ value: '2025-03-03', source: 'text' });
    expect(quiet.check).toEqual([]);
    const findings = noFindings();
    expect(choosePublished({ draft: draft(), published: '2025-03-02' }, findings)).toEqual({
      value: '2025-03-02',
      source: 'flag',
    });
    expect(findings.check).toEqual([
      { field: 'published', note: '--published replaces 2025-03-03, which the capture gives (text)' },
    ]);
  });

  it('does not warn when the parser took the day from --published itself', () => {
    const findings = noFindings();
    const fromFlag = draft({ published: { value: '2025-03-02', source: 'flag' } });
    choosePublished({ draft: fromFlag, published: '2025-03-02' }, findings);
    expect(findings.check).toEqual([]);
  });

  it.each(['2025-3-2', '03/02/2025', '2025-02-30', '2025-03-02T10:00:00Z', 'yesterday'])(
    'refuses --published %s',
    (day) => {
      expect(() => choosePublished({ draft: draft(), published: day }, noFindings())).toThrow(
        `--published "${day}" is not a day written YYYY-MM-DD`,
      );
    },
  );
});

describe('chooseStory', () => {
  const published = { value: '2025-03-03', source: 'url' } as const;

  it('proposes a slug from the headline for a new story, keeping the day and its source', () => {
    const findings = noFindings();
    const chosen = chooseStory(
      { headline: 'Exclusive: Ports Reopen', kicker: 'Exclusive', published, story: undefined },
      findings,
    );
    expect(chosen).toEqual({ storySlug: 'ports-reopen', published: '2025-03-03' });
    expect(findings.filled).toEqual([
      { field: 'storySlug', source: 'headline' },
      { field: 'published', source: 'url' },
    ]);
  });

  it("keeps an archived story's slug and first day, asking the editor to confirm both", () => {
    const findings = noFindings();
    expect(chooseStory({ headline: 'Ports Reopen', kicker: undefined, published, story }, findings)).toEqual({
      storySlug: 'ports-close',
      published: '2025-03-02',
    });
    expect(findings.filled.map((f) => f.source)).toEqual(['archive', 'archive']);
    expect(findings.check.map((n) => n.field)).toEqual(['storySlug', 'published']);
    expect(findings.check[0]?.note).toContain('/articles/the-coast-post/2025-03-02/ports-close/<timestamp>/');
  });
});

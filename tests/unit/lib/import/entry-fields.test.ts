import { describe, expect, it } from 'vitest';
import type { CaptureDraft } from '../../../../src/lib/import/draft';
import {
  chooseAuthors,
  chooseCaptured,
  chooseLanguage,
  choosePhoto,
  choosePublicationName,
  chooseSourceUrl,
  chooseStory,
  draftEditorsFields,
  noFindings,
  type KnownSnapshot,
} from '../../../../src/lib/import/entry-fields';

const URL_GIVEN = 'https://www.thecoastpost.example/2025/03/03/ports';

/** A capture that gives the least a parser always gives: a headline, a date and a body. */
const draft = (fields: Partial<CaptureDraft> = {}): CaptureDraft => ({
  format: 'text',
  headline: { value: 'Ports Reopen After Storm', source: 'text' },
  published: { value: '2025-03-03', source: 'text' },
  nameText: 'The harbour master told The Coast Post on Monday.',
  related: [],
  body: 'The ports reopened.\n',
  editorialChanges: [],
  ...fields,
});

const story: KnownSnapshot = {
  file: 'content/articles/2025-03-02-the-coast-post-ports-close.md',
  sourceUrl: URL_GIVEN,
  publication: 'The Coast Post',
  published: '2025-03-02',
  storySlug: 'ports-close',
  path: '/articles/the-coast-post/2025-03-02/ports-close/20250302/',
};

describe('chooseSourceUrl', () => {
  it('takes --url over the capture, and refuses anything but an absolute http(s) URL', () => {
    const findings = noFindings();
    const fromCapture = draft({ sourceUrl: { value: 'https://elsewhere.example/a', source: 'canonical' } });
    expect(chooseSourceUrl({ draft: fromCapture, url: URL_GIVEN }, findings)).toBe(URL_GIVEN);
    expect(findings.filled).toEqual([{ field: 'sourceUrl', source: 'flag' }]);
    expect(() => chooseSourceUrl({ draft: draft(), url: 'ftp://x.example/a' }, noFindings())).toThrow(
      '"ftp://x.example/a" is not an absolute http(s) URL',
    );
    expect(() => chooseSourceUrl({ draft: draft() }, noFindings())).toThrow('pass --url <URL>');
  });
});

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
});

describe('chooseAuthors', () => {
  it('takes --author over the byline, and wants --no-byline when there is none', () => {
    const findings = noFindings();
    const bylined = draft({ authors: { value: ['Jane Roe'], source: 'json-ld' } });
    expect(chooseAuthors({ draft: bylined, authors: ['John Doe'] }, findings)).toEqual(['John Doe']);
    expect(findings.filled).toEqual([{ field: 'authors', source: 'flag' }]);
    expect(() => chooseAuthors({ draft: draft() }, noFindings())).toThrow('no byline found in the capture');
    expect(chooseAuthors({ draft: draft(), noByline: true }, noFindings())).toBeUndefined();
  });
});

describe('choosePhoto', () => {
  it('keeps a credited caption and notes that it was moved', () => {
    const findings = noFindings();
    const { photo, changes } = choosePhoto(
      draft({ photo: { caption: 'The harbour.', credit: 'Reuters', source: 'text' } }),
      findings,
    );
    expect(photo).toEqual({ caption: 'The harbour.', credit: 'Reuters' });
    expect(changes.map((c) => c.change)).toEqual(['caption-moved']);
    expect(findings.notDetermined).toEqual([]);
  });

  it('leaves out a caption without a credit, saying so', () => {
    const findings = noFindings();
    const { photo, changes } = choosePhoto(draft({ photo: { caption: 'The harbour.', source: 'page' } }), findings);
    expect(photo).toBeUndefined();
    expect(changes).toEqual([]);
    expect(findings.notDetermined.map((n) => n.field)).toEqual(['photo.credit']);
  });
});

describe('chooseStory', () => {
  it('proposes a slug from the headline for a new story', () => {
    const findings = noFindings();
    expect(chooseStory({ draft: draft(), story: undefined }, findings)).toEqual({
      storySlug: 'ports-reopen-after-storm',
      published: '2025-03-03',
    });
    expect(findings.check.map((n) => n.field)).toEqual(['storySlug']);
  });

  it("keeps an archived story's slug and first day, asking the editor to confirm both", () => {
    const findings = noFindings();
    expect(chooseStory({ draft: draft(), story }, findings)).toEqual({
      storySlug: 'ports-close',
      published: '2025-03-02',
    });
    expect(findings.check.map((n) => n.field)).toEqual(['storySlug', 'published']);
    expect(findings.check[0]?.note).toContain('/articles/the-coast-post/2025-03-02/ports-close/<timestamp>/');
  });
});

describe('the fields a capture may not give', () => {
  it('assumes English, and says so', () => {
    const findings = noFindings();
    expect(chooseLanguage(draft(), findings)).toBe('en');
    expect(findings.check.map((n) => n.field)).toEqual(['language']);
  });

  it('takes --captured over the capture, and notes a capture time nothing gives', () => {
    const findings = noFindings();
    const timed = draft({ captured: { value: '2025-03-04T08:00:00Z', source: 'saved-page' } });
    expect(chooseCaptured({ draft: timed, captured: '2025-03-05' }, findings)).toBe('2025-03-05');
    expect(findings.filled).toEqual([{ field: 'captured', source: 'flag' }]);
    expect(chooseCaptured({ draft: draft() }, findings)).toBeUndefined();
    expect(findings.notDetermined.map((n) => n.field)).toEqual(['captured']);
  });

  it('drafts the summary from the headline at worst, for the editor to replace', () => {
    const findings = noFindings();
    expect(draftEditorsFields(draft(), findings)).toEqual({ summary: 'Ports Reopen After Storm' });
    expect(findings.mustSupply.map((n) => n.field)).toEqual(['summary']);
    expect(findings.notDetermined.map((n) => n.field)).toEqual(['headlineSentenceCase']);
  });
});

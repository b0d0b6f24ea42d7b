import { describe, expect, it } from 'vitest';
import {
  chooseAuthors,
  chooseCaptured,
  chooseHeadline,
  chooseLanguage,
  choosePhoto,
  chooseSourceUrl,
} from '../../../../src/lib/import/entry-fields';
import { noFindings } from '../../../../src/lib/import/findings';
import { captureDraft } from '../../../helpers/capture-draft';

const URL_GIVEN = 'https://www.thecoastpost.example/2025/03/03/ports';

const draft = captureDraft;

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

describe('chooseHeadline', () => {
  it("keeps the capture's headline and kicker, saying where they came from", () => {
    const findings = noFindings();
    const kicked = draft({ headline: { value: 'Exclusive: Ports Reopen', source: 'json-ld' }, kicker: 'Exclusive' });
    expect(chooseHeadline({ draft: kicked }, findings)).toEqual({
      headline: 'Exclusive: Ports Reopen',
      kicker: 'Exclusive',
    });
    expect(findings.filled).toEqual([
      { field: 'headline', source: 'json-ld' },
      { field: 'kicker', source: 'headline' },
    ]);
  });

  it("takes --headline over the capture's, reads its kicker, and warns about the one it replaces", () => {
    const findings = noFindings();
    expect(chooseHeadline({ draft: draft(), headline: 'Analysis: Ports Reopen Slowly' }, findings)).toEqual({
      headline: 'Analysis: Ports Reopen Slowly',
      kicker: 'Analysis',
    });
    expect(findings.filled.map((f) => [f.field, f.source])).toEqual([
      ['headline', 'flag'],
      ['kicker', 'headline'],
    ]);
    expect(findings.check).toEqual([
      { field: 'headline', note: '--headline replaces "Ports Reopen After Storm", which the capture gives (text)' },
    ]);
  });
});

describe('chooseAuthors', () => {
  const bylined = draft({ authors: { value: ['Jane Roe'], source: 'json-ld' } });

  it('takes the byline, or --author over it', () => {
    const findings = noFindings();
    expect(chooseAuthors({ draft: bylined }, findings)).toEqual(['Jane Roe']);
    expect(chooseAuthors({ draft: bylined, authors: ['John Doe'] }, findings)).toEqual(['John Doe']);
    expect(findings.filled).toEqual([
      { field: 'authors', source: 'json-ld' },
      { field: 'authors', source: 'flag' },
    ]);
    expect(findings.check).toEqual([]);
  });

  it('records a capture with no byline as an article with none, with a warning rather than a refusal', () => {
    const findings = noFindings();
    expect(chooseAuthors({ draft: draft() }, findings)).toEqual([]);
    expect(findings.filled).toEqual([
      { field: 'authors', source: 'absent' },
      { field: 'noByline', source: 'absent' },
    ]);
    expect(findings.check.map((n) => n.field)).toEqual(['authors']);
    expect(findings.check[0]?.note).toContain('no byline (noByline: true)');
  });

  it('takes --no-byline without a warning, and over names the metadata gives with one', () => {
    const quiet = noFindings();
    expect(chooseAuthors({ draft: draft(), noByline: true }, quiet)).toEqual([]);
    expect(quiet.filled.map((f) => f.source)).toEqual(['flag', 'flag']);
    expect(quiet.check).toEqual([]);
    const findings = noFindings();
    expect(chooseAuthors({ draft: bylined, noByline: true }, findings)).toEqual([]);
    expect(findings.check[0]?.note).toBe('--no-byline leaves out Jane Roe, whom the capture names (json-ld)');
  });

  it('refuses --author with --no-byline', () => {
    expect(() => chooseAuthors({ draft: draft(), authors: ['A B'], noByline: true }, noFindings())).toThrow(
      '--author and --no-byline contradict each other',
    );
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

describe('the fields a capture may not give', () => {
  it('assumes English, and says so', () => {
    const findings = noFindings();
    expect(chooseLanguage(draft(), findings)).toBe('en');
    expect(findings.filled).toEqual([{ field: 'language', source: 'assumed' }]);
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
});

import { describe, expect, it } from 'vitest';
import { noFindings } from '../../../../src/lib/import/findings';
import { chooseSummary } from '../../../../src/lib/import/summary';
import { captureDraft as draft } from '../../../helpers/capture-draft';

const described = (value: string) => draft({ summaryDraft: { value, source: 'open-graph' } });

describe('chooseSummary', () => {
  it('drafts the summary from the headline at worst, for the editor to replace', () => {
    const findings = noFindings();
    expect(chooseSummary({ draft: draft() }, findings)).toBe('Ports Reopen After Storm');
    expect(findings.filled).toEqual([{ field: 'summary', source: 'headline' }]);
    expect(findings.mustSupply.map((n) => n.field)).toEqual(['summary']);
    expect(findings.notDetermined.map((n) => n.field)).toEqual(['headlineSentenceCase']);
  });

  it("takes --summary as the editor's own, with nothing to supply", () => {
    const findings = noFindings();
    expect(chooseSummary({ draft: described('A draft.'), summary: '  Ports reopen.\n' }, findings)).toBe(
      'Ports reopen.',
    );
    expect(findings.filled).toEqual([{ field: 'summary', source: 'flag' }]);
    expect(findings.mustSupply).toEqual([]);
  });

  it('refuses a --summary longer than the schema allows', () => {
    expect(() => chooseSummary({ draft: draft(), summary: 'x'.repeat(401) }, noFindings())).toThrow(
      '--summary has 401 characters; a summary has at most 400',
    );
  });

  it.each([
    ['&quot;', 'Le conseil a voté &quot;à l’unanimité&quot;.', 'Le conseil a voté "à l’unanimité".'],
    ['escaped twice', 'Rock &amp;amp; roll &amp;quot;is back&amp;quot;.', 'Rock & roll "is back".'],
    ['numeric references', 'It&#39;s the &#x201C;port&#x201D;.', "It's the “port”."],
    [
      'a bare ampersand and a tag-like text',
      'AT&T said profits < 5% & <b>fell</b>.',
      'AT&T said profits < 5% & <b>fell</b>.',
    ],
  ])('decodes character references in a drafted summary: %s', (_, value, expected) => {
    expect(chooseSummary({ draft: described(value) }, noFindings())).toBe(expected);
  });

  it('cuts a drafted summary over 400 characters at the last sentence end within 400, and warns', () => {
    const sentence = 'The harbour reopened on Monday after the storm had closed it for a week. ';
    const long = sentence.repeat(8).trim();
    const findings = noFindings();
    const summary = chooseSummary({ draft: described(long) }, findings);
    expect(summary).toBe(sentence.repeat(5).trim());
    expect(summary.length).toBeLessThanOrEqual(400);
    expect(findings.check).toEqual([
      {
        field: 'summary',
        note: `the draft had ${long.length} characters; it was cut to ${summary.length} at a sentence end (the schema allows 400)`,
      },
    ]);
  });

  it('cuts a drafted summary with no sentence end at a word, with an ellipsis', () => {
    const summary = chooseSummary({ draft: described('word '.repeat(100).trim()) }, noFindings());
    expect(summary).toMatch(/^(word ){79}word…$/);
    expect(summary.length).toBeLessThanOrEqual(400);
  });
});

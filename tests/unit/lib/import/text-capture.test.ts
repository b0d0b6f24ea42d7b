import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../../src/lib/import/authors';
import { parseDay } from '../../../../src/lib/import/dates';
import { serializeFrontmatter } from '../../../../src/lib/import/frontmatter';
import { kickerOf } from '../../../../src/lib/import/headline';
import { proposeStorySlug } from '../../../../src/lib/import/slug';
import { parseTextCapture } from '../../../../src/lib/import/text-capture';

const capture = (...blocks: string[]) => blocks.join('\n\n');

describe('parseTextCapture', () => {
  const draft = parseTextCapture(
    capture(
      'Ports Reopen After Storm',
      'By [Jane Roe](#), John Doe and Ana Lima',
      'Mar. 3, 2025',
      'The harbour on Sunday. **Reuters**',
      'The ports reopened on Monday, officials said.',
      'Ships queued for',
      'hours before the first berths were cleared.',
      'Related: [Storm hits the coast](https://example.org/storm)',
      'What comes next',
      '"It will take weeks," a harbour master said.',
      'Original url: <https://www.coastpost.example/2025/03/03/ports>',
    ),
  );

  it('reads headline, byline, date and caption from the lines after the headline', () => {
    expect(draft.headline.value).toBe('Ports Reopen After Storm');
    expect(draft.kicker).toBeUndefined();
    expect(draft.authors?.value).toEqual(['Jane Roe', 'John Doe', 'Ana Lima']);
    expect(draft.published.value).toBe('2025-03-03');
    expect(draft.photo).toMatchObject({ caption: 'The harbour on Sunday.', credit: 'Reuters' });
    expect(draft.sourceUrl?.value).toBe('https://www.coastpost.example/2025/03/03/ports');
    expect(draft.related).toEqual([{ title: 'Storm hits the coast', url: 'https://example.org/storm' }]);
  });

  it('rejoins the cut paragraph, marks the heading and keeps footer and related line out of the text', () => {
    expect(draft.body).toBe(
      'The ports reopened on Monday, officials said.\n\nShips queued for hours before the first berths were cleared.\n\n## What comes next\n\n"It will take weeks," a harbour master said.\n',
    );
    expect(draft.editorialChanges.map((c) => c.change)).toEqual([
      'headings-marked',
      'paragraphs-rejoined',
      'links-dropped',
      'furniture-removed',
    ]);
    expect(draft.editorialChanges[1]?.detail).toBe(
      'One paragraph cut mid-sentence by the capture was rejoined: after "Ships queued for".',
    );
  });

  it('refuses a capture without a readable date, naming the field', () => {
    expect(() => parseTextCapture(capture('Headline', 'By Jane Roe', 'Some text.'))).toThrow(/no date line/);
    expect(() => parseTextCapture(capture('Headline', 'February 30, 2024', 'Text.'))).toThrowError(
      expect.objectContaining({ field: 'published' }),
    );
    expect(() => parseTextCapture('\n\n')).toThrowError(expect.objectContaining({ field: 'headline' }));
  });

  it('does not take a sentence beginning with "By" for a byline', () => {
    const body = parseTextCapture(
      capture('Headline', 'May 1, 2024', 'By losing its bases, Russia will lose influence.'),
    );
    expect(body.authors).toBeUndefined();
    expect(body.body).toContain('By losing its bases');
  });
});

describe('the small readers', () => {
  it('reads days from printed and machine dates', () => {
    expect(parseDay('December 11, 2024')).toBe('2024-12-11');
    expect(parseDay('Wed, 11 Dec 2024 10:00:00 GMT')).toBe('2024-12-11');
    expect(parseDay('2024/12/11')).toBe('2024-12-11');
    // The publisher's own day, not the UTC one.
    expect(parseDay('2024-12-11T23:30:00-05:00')).toBe('2024-12-11');
    expect(parseDay('11.12.2024')).toBeUndefined();
    expect(parseDay('February 30, 2024')).toBeUndefined();
  });

  it('splits bylines and finds kickers', () => {
    expect(parseByline('By [A B](#) & C D').names).toEqual(['A B', 'C D']);
    expect(kickerOf('Exclusive: Russia, Reeling')).toBe('Exclusive');
    expect(kickerOf('Putin tells the ministers that the war is going to plan: sources')).toBeUndefined();
  });

  it('proposes an ASCII slug that does not end on a small word', () => {
    expect(
      proposeStorySlug(
        "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold",
        'Exclusive',
      ),
    ).toBe('russia-reeling-from-syrian-regimes-collapse-bets-on-chaos');
    expect(proposeStorySlug('Путин и Сирия')).toBe('putin-i-siriya');
  });

  it('writes dates and YAML-1.1 booleans as quoted strings', () => {
    expect(serializeFrontmatter({ published: '2024-12-11', language: 'no', headline: 'A: b' })).toBe(
      '---\nheadline: "A: b"\npublished: "2024-12-11"\nlanguage: "no"\n---\n',
    );
  });
});

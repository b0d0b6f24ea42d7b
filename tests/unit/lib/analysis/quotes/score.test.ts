import { describe, expect, it } from 'vitest';
import { rates, sameSpeaker, scoreArticle } from '../../../../../src/lib/analysis/quotes/score';

describe('sameSpeaker', () => {
  it('takes a surname or a full name for the person, never a title or another person', () => {
    const label = { kind: 'person', name: 'Robert M. Danin' } as const;
    expect(sameSpeaker({ kind: 'person', name: 'Robert M. Danin' }, label)).toBe(true);
    expect(sameSpeaker({ kind: 'person', name: 'Danin' }, label)).toBe(true);
    expect(sameSpeaker({ kind: 'person', name: 'Robert M' }, label)).toBe(false);
    expect(sameSpeaker({ kind: 'person', name: 'Mr Danin' }, label)).toBe(false);
    expect(
      sameSpeaker({ kind: 'person', name: 'Patrick Carlineo' }, { kind: 'person', name: 'Patrick Carlineo Jr.' }),
    ).toBe(true);
  });

  it('takes any unnamed source that shares a word of the description, but not a named person', () => {
    const label = { kind: 'unnamed', name: 'a senior U.S. official' } as const;
    expect(sameSpeaker({ kind: 'source', name: 'the official' }, label)).toBe(true);
    expect(sameSpeaker({ kind: 'person', name: 'John Official' }, label)).toBe(false);
    expect(sameSpeaker({ kind: 'source', name: 'a diplomat' }, label)).toBe(false);
  });

  it('never counts a speaker for a quotation whose speaker the article does not give', () => {
    expect(sameSpeaker({ kind: 'person', name: 'Anyone' }, { kind: 'unknown' })).toBe(false);
  });
});

describe('scoreArticle', () => {
  const paragraphs = ['"We will win," said Jane Doe. "The rest is noise."'];
  const labels = [
    { paragraph: 1, text: 'We will win,', speaker: { kind: 'person', name: 'Jane Doe' } },
    { paragraph: 1, text: 'The rest is noise.', speaker: { kind: 'person', name: 'Jane Doe' } },
  ] as const;

  it('matches found quotations to labels by overlap, and counts right, missing and wrong speakers', () => {
    const score = scoreArticle(paragraphs, labels, [
      { paragraph: 1, start: 1, end: 11, speaker: { kind: 'person', name: 'Jane Doe' } },
      { paragraph: 1, start: 31, end: 49, speaker: { kind: 'person', name: 'John Roe' } },
    ]);
    expect(score).toMatchObject({
      labels: 2,
      found: 2,
      matched: 2,
      speakersGiven: 2,
      rightSpeakers: 1,
      wrongSpeakers: 1,
    });
    expect(rates(score)).toMatchObject({
      quotePrecision: 1,
      quoteRecall: 1,
      speakerPrecision: 0.5,
      speakerRecall: 0.5,
    });
  });

  it('counts an abstention as neither right nor wrong, and a speaker on a non-quotation as wrong', () => {
    const score = scoreArticle(paragraphs, labels, [
      { paragraph: 1, start: 1, end: 11, speaker: null },
      { paragraph: 1, start: 18, end: 26, speaker: { kind: 'person', name: 'Jane Doe' } },
    ]);
    expect(score).toMatchObject({ matched: 1, speakersGiven: 1, rightSpeakers: 0, wrongSpeakers: 1 });
  });
});

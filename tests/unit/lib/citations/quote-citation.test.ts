import { describe, expect, it } from 'vitest';
import { pinpoint, quoteWithCitation, textFragment } from '../../../../src/lib/citations/quote-citation';

describe('copying a quote with its citation', () => {
  it('gives a pinpoint for one paragraph or a span', () => {
    expect(pinpoint(12, 12)).toBe('¶ 12');
    expect(pinpoint(12, 13)).toBe('¶¶ 12–13');
  });

  it('makes a text fragment of a short quote whole, and of a long one its ends', () => {
    expect(textFragment('a very important trump card')).toBe(':~:text=a%20very%20important%20trump%20card');
    expect(textFragment('one two three four five six seven eight nine')).toBe(
      ':~:text=one%20two%20three%20four,six%20seven%20eight%20nine',
    );
    // Hyphens and commas are the directive's own syntax, so they are escaped in the text.
    expect(textFragment('pro-Russian, he said')).toBe(':~:text=pro%2DRussian%2C%20he%20said');
  });

  it('puts the quote, the citation with its paragraph and a link to the paragraph together', () => {
    expect(
      quoteWithCitation({
        quote: ' a very important\n trump card ',
        citation: 'Pyotr Kozlov, “Headline,” The Moscow Times, December 11, 2024',
        permalink: 'https://archive.example/a/20261125/',
        first: 16,
        last: 16,
      }),
    ).toBe(
      '“a very important trump card” (Pyotr Kozlov, “Headline,” The Moscow Times, December 11, 2024, ¶ 16) https://archive.example/a/20261125/#p-16:~:text=a%20very%20important%20trump%20card',
    );
  });

  it('links a quote over several paragraphs to its first paragraph, without a text fragment', () => {
    expect(
      quoteWithCitation({
        quote: 'End of one. Start of two',
        citation: 'C',
        permalink: 'https://a/',
        first: 3,
        last: 4,
      }),
    ).toBe('“End of one. Start of two” (C, ¶¶ 3–4) https://a/#p-3');
  });
});

import { describe, expect, it } from 'vitest';
import { serializeFrontmatter } from '../../../../src/lib/import/frontmatter';

describe('serializeFrontmatter', () => {
  it('writes an empty byline, which the schema requires, and leaves out empty optional lists', () => {
    expect(
      serializeFrontmatter({ headline: 'A', authors: [], noByline: true, related: [], editorialChanges: [] }),
    ).toBe('---\nheadline: A\nauthors: []\nnoByline: true\n---\n');
  });

  it('quotes dates and words a YAML 1.1 reader takes for booleans, in the seed order', () => {
    expect(serializeFrontmatter({ language: 'no', published: '2024-12-11', headline: 'Yes' })).toBe(
      '---\nheadline: "Yes"\npublished: "2024-12-11"\nlanguage: "no"\n---\n',
    );
  });
});

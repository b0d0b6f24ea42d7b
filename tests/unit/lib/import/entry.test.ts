import { describe, expect, it } from 'vitest';
import { validateArticleSource } from '../../../../src/lib/archive/validation';
import { buildEntry, captureFileName, type EntryOptions } from '../../../../src/lib/import/entry';
import { captureDraft } from '../../../helpers/capture-draft';

const SHA = 'c8bbb14421199b13555c3f2c32064d9d331dba3a63582acd8242ba06803013e4';
const options: EntryOptions = {
  captureName: captureFileName(SHA, 'text'),
  originalName: 'source.txt',
  sha256: SHA,
  archived: '2025-03-04',
  url: 'https://www.thecoastpost.example/2025/03/03/ports',
};

/** The entry's frontmatter, as the build reads it. */
function data(entry: ReturnType<typeof buildEntry>) {
  const result = validateArticleSource(entry.source);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.data;
}

describe('captureFileName', () => {
  it('names a capture by the first 16 hex digits of its SHA-256 and its format', () => {
    expect(captureFileName(SHA, 'text')).toBe('c8bbb14421199b13.txt');
    expect(captureFileName(SHA, 'html')).toBe('c8bbb14421199b13.html');
  });
});

describe('buildEntry', () => {
  it("records the capture under its checksum's name, with the name it was given", () => {
    expect(data(buildEntry(captureDraft(), options)).capture).toEqual({
      file: 'captures/c8bbb14421199b13.txt',
      sha256: SHA,
      format: 'text',
      originalName: 'source.txt',
    });
  });

  it('writes an article with no byline as `authors: []` and `noByline: true`, which validates', () => {
    const entry = buildEntry(captureDraft(), options);
    expect(entry.source).toContain('\nauthors: []\nnoByline: true\n');
    expect(data(entry)).toMatchObject({ authors: [], noByline: true });
    expect(entry.check.map((n) => n.field)).toContain('authors');
  });

  it('does the same for --no-byline, over the names the capture gives', () => {
    const bylined = captureDraft({ authors: { value: ['The Coast Post'], source: 'json-ld' } });
    expect(data(buildEntry(bylined, { ...options, noByline: true }))).toMatchObject({ authors: [], noByline: true });
  });

  it('takes --headline, --published and --summary over the capture, and builds the address from them', () => {
    const entry = buildEntry(captureDraft({ summaryDraft: { value: 'A draft.', source: 'open-graph' } }), {
      ...options,
      headline: 'Exclusive: Harbour Opens Again',
      published: '2025-03-02',
      summary: 'The harbour reopened after a week.',
    });
    expect(data(entry)).toMatchObject({
      headline: 'Exclusive: Harbour Opens Again',
      kicker: 'Exclusive',
      storySlug: 'harbour-opens-again',
      published: '2025-03-02',
      summary: 'The harbour reopened after a week.',
    });
    expect(entry.mustSupply).toEqual([]);
    expect(entry.address).toEqual({
      path: '/articles/the-coast-post/2025-03-02/harbour-opens-again/20250304/',
      publication: 'The Coast Post',
      segment: 'the-coast-post',
      published: '2025-03-02',
      storySlug: 'harbour-opens-again',
    });
    expect(entry.fileName).toBe('2025-03-02-the-coast-post-harbour-opens-again.md');
  });

  it('names a source for every field it writes', () => {
    const entry = buildEntry(captureDraft({ language: { value: 'en', source: 'page' } }), options);
    const written = Object.keys(data(entry)).filter(
      (key) => !['related', 'editorialChanges', 'attributions'].includes(key),
    );
    const named = new Set(entry.filled.map((f) => f.field.split('.')[0]));
    expect(written.filter((key) => !named.has(key))).toEqual([]);
  });

  it('validates a drafted summary over 400 characters, cut at a sentence end', () => {
    const long = 'The harbour reopened on Monday after the storm had closed it for a week. '.repeat(8).trim();
    const entry = buildEntry(captureDraft({ summaryDraft: { value: long, source: 'json-ld' } }), options);
    expect(data(entry).summary.length).toBeLessThanOrEqual(400);
    expect(entry.check.map((n) => n.field)).toContain('summary');
  });
});

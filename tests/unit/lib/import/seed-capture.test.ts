import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../src/lib/fixity/captures';
import { buildEntry } from '../../../../src/lib/import/entry';
import { parseTextCapture } from '../../../../src/lib/import/text-capture';
import { validateArticleSource } from '../../../../src/lib/archive/validation';
import { ROOT } from '../../../helpers/project-copy';
import { SEED_MD } from '../../../helpers/seed';

const CAPTURE = 'content/captures/000_c8bbb14421199b13.txt';
const captureBytes = readFileSync(join(ROOT, CAPTURE));
const seedSource = readFileSync(join(ROOT, SEED_MD), 'utf8');
const seed = validateArticleSource(seedSource);
if (!seed.ok) throw new Error(`${SEED_MD} does not validate`);

const draft = parseTextCapture(captureBytes.toString('utf8'));
const entry = buildEntry(draft, {
  captureName: '000_c8bbb14421199b13.txt',
  sha256: sha256Hex(captureBytes),
  archived: '2026-11-25',
});
// buildEntry validates what it returns (an invalid entry throws an ImportError above); it is
// parsed again here only to compare its fields and body.
const imported = validateArticleSource(entry.source);
if (!imported.ok) throw new Error(imported.problems.join('\n'));

describe('importing the seed capture', () => {
  it('is compared against the committed seed entry, unchanged since it was locked', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'content/archive.lock.json'), 'utf8')) as {
      permalinks: Record<string, { source: string; sha256: string }>;
    };
    const locked = Object.values(lock.permalinks).find((p) => p.source === SEED_MD);
    expect(locked?.sha256).toBe(sha256Hex(seedSource));
  });

  it('gives the committed entry body byte for byte', () => {
    expect(imported.body).toBe(seed.body);
  });

  it('derives the fields the capture gives, as the committed entry has them', () => {
    const { data } = imported;
    for (const field of ['headline', 'kicker', 'authors', 'published', 'sourceUrl', 'photo', 'related'] as const) {
      expect(data[field], field).toEqual(seed.data[field]);
    }
    expect(data.publication).toEqual(seed.data.publication);
    expect(data.capture).toEqual(seed.data.capture);
    expect(data.language).toBe('en');
  });

  it('finds the publication name where the host and the text agree', () => {
    // "themoscowtimes.com" names the site; "told The Moscow Times" spells it.
    expect(draft.publicationName).toBeUndefined();
    expect(entry.filled).toContainEqual({ field: 'publication.name', source: 'text' });
    expect(imported.data.publication.name).toBe('The Moscow Times');
  });

  it('notes the same editorial changes as the committed entry, in the same words', () => {
    expect(imported.data.editorialChanges).toEqual(seed.data.editorialChanges);
  });

  it('proposes a story slug and file name, and leaves the summary to the editor', () => {
    expect(imported.data.storySlug).toBe('russia-reeling-from-syrian-regimes-collapse-bets-on-chaos');
    expect(entry.fileName).toBe(
      '2024-12-11-the-moscow-times-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos.md',
    );
    expect(entry.mustSupply.map((n) => n.field)).toEqual(['summary']);
    expect(entry.notDetermined.map((n) => n.field)).toEqual(['captured', 'headlineSentenceCase']);
  });
});

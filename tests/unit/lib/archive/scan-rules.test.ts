import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  aliasProblems,
  attributionProblems,
  clashProblem,
  entryProblems,
} from '../../../../src/lib/archive/scan-rules';
import { validateArticleSource } from '../../../../src/lib/archive/validation';
import { SEED_MD } from '../../../helpers/seed';

const seed = validateArticleSource(readFileSync(SEED_MD, 'utf8'));
if (!seed.ok) throw new Error(`${SEED_MD} does not validate`);
const data = seed.data;
const FILE = 'content/articles/a.md';

describe('entryProblems', () => {
  it('accepts an entry whose capture is intact', () => {
    expect(entryProblems(FILE, data, { capture: 'intact' })).toEqual({ problems: [], publishable: true });
  });

  it('names the capture that is missing or was edited, and still publishes the entry', () => {
    const missing = entryProblems(FILE, data, { capture: 'missing' });
    expect(missing.publishable).toBe(true);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]).toContain(FILE);
    expect(missing.problems[0]).toContain(`capture.file: ${data.capture.file} does not exist under content/`);
    const changed = entryProblems(FILE, data, { capture: 'changed' });
    expect(changed.problems[0]).toContain('capture.sha256');
    expect(changed.problems[0]).toContain('captures are never edited');
  });

  it('refuses an address for a publication name with no letter or digit', () => {
    const nameless = { ...data, publication: { ...data.publication, name: '—' } };
    const result = entryProblems(FILE, nameless, { capture: 'intact' });
    expect(result.publishable).toBe(false);
    expect(result.problems[0]).toContain('publication.name: "—" has no letter or digit');
  });

  it('refuses an entry whose lead photo is missing', () => {
    const withPhoto = { ...data, photo: { ...data.photo, image: './lead.jpg' } } as typeof data;
    expect(entryProblems(FILE, withPhoto, { capture: 'intact', image: 'present' }).publishable).toBe(true);
    const result = entryProblems(FILE, withPhoto, { capture: 'intact', image: 'missing' });
    expect(result.publishable).toBe(false);
    expect(result.problems[0]).toContain('photo.image: ./lead.jpg does not exist');
  });
});

describe('clashProblem', () => {
  it('names both files and the address they share', () => {
    const message = clashProblem(
      '/articles/x/2024-12-11/y/20261125/',
      'content/articles/a.md',
      'content/articles/b.md',
    );
    expect(message).toContain('content/articles/a.md');
    expect(message).toContain('content/articles/b.md');
    expect(message).toContain('/articles/x/2024-12-11/y/20261125/');
  });
});

describe('aliasProblems', () => {
  it('refuses a name that points to two people, whatever its case', () => {
    const problems = aliasProblems([
      { shown: 'content/people/a.yaml', person: { name: 'Anna Roe', aliases: ['Roe'] } },
      { shown: 'content/people/b.yaml', person: { name: 'Ben Roe', aliases: ['roe'] } },
      { shown: 'content/people/c.yaml', person: undefined },
    ]);
    expect(problems).toEqual([
      'content/people/b.yaml: aliases: "roe" is also a name of content/people/a.yaml; a name must point to one person',
    ]);
  });

  it('lets one person repeat their own name', () => {
    expect(aliasProblems([{ shown: 'a.yaml', person: { name: 'Anna Roe', aliases: ['anna roe'] } }])).toEqual([]);
  });
});

describe('attributionProblems', () => {
  it('names the attribution whose speaker is not in the registry', () => {
    const snapshots = [
      { source: FILE, data: { attributions: [{ speaker: 'known' }, { speaker: 'stranger' }] as never } },
    ];
    const problems = attributionProblems(snapshots, new Set(['known']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(FILE);
    expect(problems[0]).toContain('attributions[1].speaker: no person "stranger" under content/people/');
  });
});

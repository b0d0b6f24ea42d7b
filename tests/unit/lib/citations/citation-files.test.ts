import { describe, expect, it } from 'vitest';
import LinkHeader from 'http-link-header';
import { citationFiles } from '../../../../src/lib/citations';
import { citationDownloads, timemapFiles } from '../../../../src/lib/citations/citation-files';
import { citationSource } from '../../../../src/lib/views/snapshot-page';

const SITE = 'https://archive.example/';
const data = (sourceUrl: string, archived: string) => ({
  headline: 'Russia Bets on Chaos',
  authors: [{ name: 'Pyotr Kozlov' }],
  publication: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/' },
  published: '2024-12-11',
  sourceUrl,
  language: 'en',
  archived,
});
const snap = (sourceUrl: string, archived: string, path: string) => ({
  data: data(sourceUrl, archived),
  path,
  snapshots: [{ path, stamp: archived.replaceAll('-', ''), instant: { iso: archived, kind: 'added' as const } }],
});

describe('citationDownloads', () => {
  it("puts the BibTeX, RIS and CSL-JSON a page would offer under the snapshot's permanent address", () => {
    const snapshot = snap(
      'https://www.themoscowtimes.com/a87297',
      '2026-11-25',
      '/articles/tmt/2024-12-11/chaos/20261125/',
    );
    const files = citationDownloads(snapshot, SITE);
    const expected = citationFiles(citationSource(snapshot.data, snapshot.path, SITE));
    expect(files).toEqual([
      { path: 'articles/tmt/2024-12-11/chaos/20261125/cite.bib', text: expected.bibtex },
      { path: 'articles/tmt/2024-12-11/chaos/20261125/cite.ris', text: expected.ris },
      { path: 'articles/tmt/2024-12-11/chaos/20261125/cite.json', text: expected.cslJson },
    ]);
    expect(files[0]!.text).toContain('Kozlov');
    expect(files[1]!.text).toContain(
      `N1  - Archived copy: News Archive, 2026-11-25, ${SITE}articles/tmt/2024-12-11/chaos/20261125/`,
    );
  });
});

describe('timemapFiles', () => {
  it('gives every spelling of one original URL one TimeMap listing each snapshot in date order', () => {
    const newer = snap(
      'https://www.themoscowtimes.com/a87297',
      '2026-11-25',
      '/articles/tmt/2024-12-11/chaos/20261125/',
    );
    const older = snap(
      'http://themoscowtimes.com/a87297?utm_source=x',
      '2025-01-02',
      '/articles/tmt/2024-12-11/chaos/20250102/',
    );
    const elsewhere = snap(
      'https://www.themoscowtimes.com/other',
      '2026-11-25',
      '/articles/tmt/2024-12-12/other/20261125/',
    );
    const files = timemapFiles([newer, older, elsewhere], SITE);
    expect(files).toHaveLength(2);
    expect(files[0]!.path).toMatch(/^timemap\/[0-9a-f]{20}\.link$/);
    const links = LinkHeader.parse(files[0]!.text.replace(/\n/g, ' '));
    expect(links.rel('memento').map((l) => l.uri)).toEqual([SITE + older.path.slice(1), SITE + newer.path.slice(1)]);
    expect(links.rel('self')[0]!.uri).toBe(SITE + files[0]!.path);
  });
});

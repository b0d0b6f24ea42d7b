import { describe, expect, it } from 'vitest';
import { buildEntry, captureFileName } from '../../../../src/lib/import/entry';
import { formatReport } from '../../../../src/lib/import/report';
import { captureDraft } from '../../../helpers/capture-draft';

const SHA = 'c8bbb14421199b13555c3f2c32064d9d331dba3a63582acd8242ba06803013e4';
const page = captureDraft({
  format: 'html',
  headline: { value: 'Le pont sera reconstruit', source: 'open-graph' },
  published: { value: '2024-05-16', source: 'url' },
  sourceUrl: { value: 'https://www.lemonde.example/planete/2024/05/16/le-pont', source: 'open-graph' },
  publicationName: { value: 'Le Monde.fr', source: 'open-graph' },
  authors: { value: ['Claire Martin'], source: 'json-ld' },
  language: { value: 'fr', source: 'page' },
  summaryDraft: { value: 'Le conseil a voté.', source: 'open-graph' },
});
const entry = buildEntry(page, { captureName: captureFileName(SHA, 'html'), sha256: SHA, archived: '2024-05-17' });
const report = formatReport(entry, 'content/articles/x.md', 'content/captures/c8bbb14421199b13.html', false);
const section = (title: string) => report.split('\n\n').find((block) => block.startsWith(title)) ?? '';

describe('formatReport', () => {
  it('names the source of every field the entry writes, in the order the entry writes them', () => {
    expect(section('Where each field came from:').split('\n')).toEqual([
      'Where each field came from:',
      '  headline          open-graph',
      '  storySlug         made from the headline',
      '  authors           json-ld',
      '  publication.name  open-graph',
      "  publication.url   the source URL's home page",
      '  published         url path',
      '  sourceUrl         open-graph',
      '  archived          today (UTC)',
      '  language          the page',
      '  summary           open-graph',
      '  capture           the capture file and its SHA-256',
    ]);
  });

  it('names the flag a field came from', () => {
    const flagged = buildEntry(page, {
      captureName: 'x.html',
      sha256: SHA,
      archived: '2024-05-17',
      archivedGiven: true,
      noByline: true,
      published: '2024-05-15',
    });
    const text = formatReport(flagged, 'a.md', 'b.html', true);
    expect(text).toMatch(/\n {2}authors +flag --no-byline\n {2}noByline +flag --no-byline\n/);
    expect(text).toMatch(/\n {2}published +flag --published\n/);
    expect(text).toMatch(/\n {2}archived +flag --archived\n/);
  });

  it('warns about each part of the permanent address, with where it came from', () => {
    expect(section('The permanent address will be').split('\n')).toEqual([
      'The permanent address will be /articles/le-mondefr/2024-05-16/le-pont-sera-reconstruit/20240517/',
      "  - publication.name 'Le Monde.fr' (open-graph) becomes the address segment 'le-mondefr': check it before npm run lock; it reads like a web address: pass --publication \"<name>\" as the publication prints it",
      "  - published '2024-05-16' (url path) becomes the address segment '2024-05-16': check it before npm run lock",
      "  - storySlug 'le-pont-sera-reconstruit' (made from the headline) becomes the address segment 'le-pont-sera-reconstruit': check it before npm run lock; shorten it in the entry if you like",
    ]);
  });

  it('lists what the editor must supply and the next steps', () => {
    expect(section('Could not determine')).toContain('  - summary: drafted from the page');
    expect(report).toMatch(/Next steps:\n {2}1\. Edit content\/articles\/x\.md/);
  });
});

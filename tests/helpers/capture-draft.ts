import type { CaptureDraft } from '../../src/lib/import/draft';

/** A capture that gives the least a parser always gives: a headline, a date and a body. */
export const captureDraft = (fields: Partial<CaptureDraft> = {}): CaptureDraft => ({
  format: 'text',
  headline: { value: 'Ports Reopen After Storm', source: 'text' },
  published: { value: '2025-03-03', source: 'text' },
  nameText: 'The harbour master told The Coast Post on Monday.',
  related: [],
  body: 'The ports reopened.\n',
  editorialChanges: [],
  ...fields,
});

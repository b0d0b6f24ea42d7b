import { bluebook } from './bluebook';
import { chicago } from './chicago';
import { apa, bibtex, cslItem, cslJson, ris } from './citation-js';
import { mla } from './mla';
import type { CitationSource, Formatted } from './source';

export type { CitationSource, Formatted } from './source';

/** Every citation of one snapshot: four styles to copy and three files to download. */
export interface Citations {
  styles: { id: 'chicago' | 'apa' | 'mla' | 'bluebook'; label: string; citation: Formatted }[];
  files: { bibtex: string; ris: string; cslJson: string };
}

const cache = new Map<string, Citations>();

/**
 * The citations of a snapshot, computed once per snapshot (keyed by its permanent URL) however
 * many pages and downloads show them.
 */
export function citationsFor(source: CitationSource): Citations {
  const cached = cache.get(source.archiveUrl);
  if (cached) return cached;
  const id = new URL(source.archiveUrl).pathname.replace(/^\/articles\/|\/$/g, '');
  const item = cslItem(source, id);
  const citations: Citations = {
    styles: [
      { id: 'chicago', label: 'Chicago (18th ed.)', citation: chicago(source) },
      { id: 'apa', label: 'APA (7th ed.)', citation: apa(source, item) },
      { id: 'mla', label: 'MLA (9th ed.)', citation: mla(source) },
      { id: 'bluebook', label: 'Bluebook (22nd ed.)', citation: bluebook(source) },
    ],
    files: { bibtex: bibtex(source, item), ris: ris(source, item), cslJson: cslJson(item) },
  };
  cache.set(source.archiveUrl, citations);
  return citations;
}

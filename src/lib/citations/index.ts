import { bluebook } from './bluebook';
import { chicago } from './chicago';
import { apa, bibtex, cslItem, cslJson, ris } from './citation-js';
import { mla } from './mla';
import type { CitationSource, Formatted } from './source';

export type { CitationSource } from './source';

/** The citations a snapshot's page shows: four styles to copy. */
export interface Citations {
  styles: { id: 'chicago' | 'apa' | 'mla' | 'bluebook'; label: string; citation: Formatted }[];
}

/** The three citation files a snapshot offers for download. */
export interface CitationFiles {
  bibtex: string;
  ris: string;
  cslJson: string;
}

const cache = new Map<string, Citations>();

/** The CSL item of a snapshot, its id the permanent address without `/articles/`. */
function itemOf(source: CitationSource) {
  return cslItem(source, new URL(source.archiveUrl).pathname.replace(/^\/articles\/|\/$/g, ''));
}

/**
 * The three citation files of a snapshot (BibTeX, RIS, CSL-JSON), without the four styles: what
 * the build writes beside each snapshot's page.
 */
export function citationFiles(source: CitationSource): CitationFiles {
  const item = itemOf(source);
  return { bibtex: bibtex(source, item), ris: ris(source, item), cslJson: cslJson(item) };
}

/**
 * The citation styles of a snapshot, computed once per snapshot (keyed by its permanent URL)
 * however many pages show them.
 */
export function citationsFor(source: CitationSource): Citations {
  const cached = cache.get(source.archiveUrl);
  if (cached) return cached;
  const item = itemOf(source);
  const citations: Citations = {
    styles: [
      { id: 'chicago', label: 'Chicago (18th ed.)', citation: chicago(source) },
      { id: 'apa', label: 'APA (7th ed.)', citation: apa(source, item) },
      { id: 'mla', label: 'MLA (9th ed.)', citation: mla(source) },
      { id: 'bluebook', label: 'Bluebook (22nd ed.)', citation: bluebook(source) },
    ],
  };
  cache.set(source.archiveUrl, citations);
  return citations;
}

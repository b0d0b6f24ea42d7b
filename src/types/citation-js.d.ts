/** The part of citation-js's API the archive uses (the packages ship no type declarations). */
declare module '@citation-js/core' {
  export class Cite {
    /** `forceType` names the input's format, which citation-js otherwise guesses. */
    constructor(data: unknown, options?: { forceType?: string });
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'biblatex', options?: { format?: 'text' }): string;
    format(
      format: 'ris',
      options: { format: 'object'; spec?: 'new' | 'old' | 'mixed' },
    ): Record<string, string | string[]>[];
    format(format: 'data', options?: { format?: 'text' | 'object' }): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

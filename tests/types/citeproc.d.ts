/** The part of citeproc-js (which ships no types) that the tests of the official CSL styles use. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  namespace CSL {
    type Engine = InstanceType<typeof Engine>;
  }
  export default CSL;
}

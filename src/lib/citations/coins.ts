import { splitName } from './source';

/** What a list of articles says about each one it lists. */
export interface CoinsItem {
  headline: string;
  authors: readonly { name: string }[];
  publication: string;
  published: string;
  language: string;
  /** The original article's address. */
  sourceUrl: string;
  summary: string;
}

/**
 * The title of a COinS span (`<span class="Z3988">`), an OpenURL ContextObject in Dublin Core
 * form: how a page that lists several articles offers each of them to Zotero, which then asks the
 * reader which to save (its COinS translator; Embedded Metadata gives one item per page).
 * `rft.type` names Zotero's item type; the original's address goes in `rft.identifier`, which
 * Zotero keeps as the item's URL (`rft_id` would blank its access date). COinS has no field for
 * the archived copy: a reader who wants it saves from the article's page.
 */
export function coinsTitle(item: CoinsItem): string {
  const fields: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', 'newspaperArticle'],
    ['rft.title', item.headline],
    ...item.authors.map((a): [string, string] => {
      const { given, family } = splitName(a.name);
      return ['rft.au', given ? `${family}, ${given}` : family];
    }),
    ['rft.source', item.publication],
    ['rft.date', item.published],
    ['rft.language', item.language],
    ['rft.identifier', item.sourceUrl],
    ['rft.description', item.summary],
  ];
  return fields.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}

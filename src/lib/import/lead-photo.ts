import { squash } from '../text/strings';
const CREDIT_LABEL = /^\s*\(?(?:photo|image|photograph|picture|credit)s?\s*(?::|by)\s*/i;

/**
 * The caption and credit of the photo heading the article: the first <figure> with a
 * <figcaption> in the <article> (or <main>, or the body). The credit is the caption's
 * credit/copyright/source element, <cite> or <small>, or a trailing "Photo: ..." in its text.
 * The figure is removed from the document, since the entry shows its caption apart from the text.
 */
export function takeLeadPhoto(doc: Document): { caption?: string; credit?: string } | undefined {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const figure = [...(scope?.querySelectorAll('figure') ?? [])].find((f) => f.querySelector('figcaption'));
  const figcaption = figure?.querySelector('figcaption');
  if (!figure || !figcaption) return undefined;
  const creditElement = figcaption.querySelector(
    '[class*="credit"], [class*="copyright"], [class*="source"], [class*="author"], cite, small',
  );
  let credit = squash(creditElement?.textContent);
  let caption = squash(figcaption.textContent);
  if (credit) caption = squash(caption.replace(credit, ''));
  else {
    const trailing = /\s*\(?(?:photo|image|photograph|picture|credit)s?\s*(?::|by)\s*([^()]+)\)?\s*$/i.exec(caption);
    if (trailing) {
      credit = squash(trailing[1]);
      caption = squash(caption.slice(0, trailing.index));
    }
  }
  credit = credit.replace(CREDIT_LABEL, '').replace(/\)$/, '').trim();
  figure.remove();
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

import { NUMBERED_PARAGRAPHS, PARAGRAPH_NUMBER, paragraphNumberOf } from '../lib/text/paragraph-ids';
import { quoteWithCitation } from '../lib/citations/quote-citation';

/** The article's numbered paragraphs, with their numbers; other elements with ids like theirs are left out. */
const ARTICLE_PARAGRAPHS = `.article-body ${NUMBERED_PARAGRAPHS}`;

/** Copies text and says so in the page's status line (read out by screen readers). */
async function copy(text: string, what: string): Promise<void> {
  const status = document.querySelector<HTMLElement>('.copy-status');
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = `Copied ${what}.`;
  } catch {
    if (status) status.textContent = `Could not copy ${what}; select the text and copy it instead.`;
  }
  if (status) status.dataset.copied = text;
}

/** The number of the article paragraph holding a node, from its `p-<n>` id; null outside one. */
function paragraphNumber(node: Node | null): number | null {
  const element = node instanceof Element ? node : node?.parentElement;
  return paragraphNumberOf(element?.closest(ARTICLE_PARAGRAPHS)?.id) ?? null;
}

/**
 * Progressive enhancement of an article page: copy buttons for the citations, a link mark on each
 * paragraph that copies its address, and "Copy quote with citation" for selected text. Without
 * JavaScript the citations are plain text and each paragraph number is a link.
 */
export function enhanceArticle(): void {
  const article = document.querySelector<HTMLElement>('article.article');
  if (!article) return;
  const permalink = article.dataset.permalink ?? location.href.split('#')[0]!;
  const citation = article.dataset.quoteCitation ?? document.title;

  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-button[data-copy-target]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const target = document.getElementById(button.dataset.copyTarget!);
      if (target) void copy(target.textContent ?? '', 'the citation');
    });
  }

  for (const p of article.querySelectorAll<HTMLElement>(ARTICLE_PARAGRAPHS)) {
    const n = paragraphNumberOf(p.id);
    if (n === undefined) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'para-copy';
    button.textContent = '🔗';
    button.setAttribute('aria-label', `Copy link to paragraph ${n}`);
    button.addEventListener('click', () => void copy(`${permalink}#${p.id}`, `the link to paragraph ${n}`));
    p.querySelector(`.${PARAGRAPH_NUMBER}`)?.after(button);
  }

  const quoteButton = document.createElement('button');
  quoteButton.type = 'button';
  quoteButton.className = 'quote-copy';
  quoteButton.textContent = 'Copy quote with citation';
  quoteButton.hidden = true;
  document.body.append(quoteButton);

  const selectedQuote = () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const first = paragraphNumber(selection.getRangeAt(0).startContainer);
    const last = paragraphNumber(selection.getRangeAt(0).endContainer);
    const quote = selection.toString().trim();
    if (first === null || last === null || quote === '') return null;
    return { quote, first, last };
  };
  document.addEventListener('selectionchange', () => {
    quoteButton.hidden = selectedQuote() === null;
  });
  // Keep the selection when the button is pressed with a mouse.
  quoteButton.addEventListener('mousedown', (event) => event.preventDefault());
  quoteButton.addEventListener('click', () => {
    const selected = selectedQuote();
    if (selected) void copy(quoteWithCitation({ ...selected, citation, permalink }), 'the quote with its citation');
  });
}

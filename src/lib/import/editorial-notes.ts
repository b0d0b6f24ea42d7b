import type { EditorialChange } from './draft';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "four", or "12" past ten, as house style spells counts in running text. */
function count(n: number): string {
  return NUMBERS[n] ?? String(n);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c": the archive's notes list without a serial comma. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

// The sentences below follow the seed entry's notes word for word, so every imported entry reads
// the same way and a reader can check each one against the capture.

export function headingsMarked(headings: readonly string[]): EditorialChange {
  const list = headings.join(', ');
  return {
    change: 'headings-marked',
    detail:
      headings.length === 1
        ? `The section heading (${list}) was a plain line in the capture and is marked as a heading here.`
        : `The ${count(headings.length)} section headings (${list}) were plain lines in the capture and are marked as headings here.`,
  };
}

/** `cutAfter` holds the last words of each paragraph the capture cut mid-sentence. */
export function paragraphsRejoined(cutAfter: readonly string[]): EditorialChange {
  const n = cutAfter.length;
  const places = listed(cutAfter.map((words) => `after "${words}"`));
  return {
    change: 'paragraphs-rejoined',
    detail: `${capitalised(count(n))} ${n === 1 ? 'paragraph' : 'paragraphs'} cut mid-sentence by the capture ${n === 1 ? 'was' : 'were'} rejoined: ${places}.`,
  };
}

/** `targets` names what each link led to: "the author", then the linked words in order. */
export function linksDropped(targets: readonly string[]): EditorialChange {
  return {
    change: 'links-dropped',
    detail: `The capture's ${targets.length === 1 ? 'link' : 'links'} to ${listed(targets)} pointed nowhere (href "#") and ${targets.length === 1 ? 'is' : 'are'} shown as plain text.`,
  };
}

export function captionMoved(credit: string): EditorialChange {
  return {
    change: 'caption-moved',
    detail: `The photo caption and its credit (${credit}) are shown with the photo placeholder above the article; the photo itself was not captured.`,
  };
}

/** The capture's "Related article" lines, listed under the article instead of inside it. */
export function relatedRemoved(n: number): EditorialChange {
  return {
    change: 'furniture-removed',
    detail:
      n === 1
        ? `The newspaper's "Related article" link sat between two paragraphs; it is listed below the article, not archived, and kept out of the text.`
        : `The newspaper's ${count(n)} "Related article" links sat between paragraphs; they are listed below the article, not archived, and kept out of the text.`,
  };
}

/** What Readability and htmlToMarkdown leave out of a saved page. */
export function pageFurnitureRemoved(): EditorialChange {
  return {
    change: 'furniture-removed',
    detail:
      'The saved page\'s navigation, advertisements, scripts, images and their captions, share buttons, newsletter and subscription boxes, lines such as "Read more" and "Continue reading", and footer were left out; the article text was extracted with Mozilla Readability and converted to Markdown.',
  };
}

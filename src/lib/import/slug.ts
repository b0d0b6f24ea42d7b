import { publicationKey } from '../archive/permalinks';

/** Long enough to say what the story is, short enough to read in an address (the schema allows 100). */
const MAX_SLUG = 60;
const TRAILING_SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * A proposed storySlug from the headline without its kicker: "Exclusive: Russia, Reeling from ..."
 * -> "russia-reeling-from-syrian-regimes-collapse-bets-on-chaos". Lowercase ASCII words joined
 * by hyphens (Cyrillic romanised as publication keys are), cut at a word boundary. Only a
 * proposal: the slug is fixed once the entry is locked, so the editor may shorten it first.
 */
export function proposeStorySlug(headline: string, kicker?: string): string {
  const text = kicker && headline.startsWith(`${kicker}:`) ? headline.slice(kicker.length + 1) : headline;
  const slug = publicationKey(text);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const words = cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG).split('-');
  // A slug that stops at "...-bets-on-chaos-to" reads as cut off; end on a word that carries meaning.
  while (words.length > 1 && TRAILING_SMALL_WORDS.has(words.at(-1) ?? '')) words.pop();
  return words.join('-');
}

/** "2024-12-11-the-moscow-times-russia-bets-on-chaos.md": the entry's file name, sorted by date. */
export function entryFileName(published: string, publicationName: string, storySlug: string): string {
  return `${published}-${publicationKey(publicationName)}-${storySlug}.md`;
}

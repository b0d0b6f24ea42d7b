/** The seed article as the built archive publishes it, for the tests of the built site. */

/** The site the archive is built for when ARCHIVE_SITE is not set. */
export const SITE = 'http://localhost:4321';
/** The story's plain address, which shows its newest snapshot. */
export const STORY = '/articles/the-moscow-times/2024-12-11/russia-bets-on-chaos-to-preserve-its-syrian-foothold/';
/** The seed snapshot's permanent address. */
export const ARTICLE = `${STORY}20261125/`;
/** The original article's address. */
export const SOURCE =
  'https://www.themoscowtimes.com/2024/12/11/exclusive-russia-reeling-from-syrian-regimes-collapse-bets-on-chaos-to-preserve-its-foothold-a87297';
export const HEADLINE =
  "Exclusive: Russia, Reeling from Syrian Regime's Collapse, Bets on Chaos to Preserve Its Foothold";
/** The seed's Markdown source, relative to the project. */
export const SEED_MD = 'content/articles/2024-12-11-moscow-times-russia-bets-on-chaos-in-syria.md';

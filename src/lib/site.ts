/** The archive's name and the sentence that says what it is, used in the header, feed and meta tags. */
export const SITE = {
  name: 'News Archive',
  description:
    'Archived copies of news articles, kept as captured, with their sources, dates and every change the archive made.',
  language: 'en',
} as const;

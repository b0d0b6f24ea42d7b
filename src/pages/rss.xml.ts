import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLatestArticles } from '../lib/archive/articles';
import { escapeXml } from '../lib/xml';
import { SITE } from '../lib/site';

/** The feed of archived copies, newest first. */
export async function GET(context: APIContext) {
  const articles = await getLatestArticles();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: context.site!,
    items: articles.map(({ entry, path }) => ({
      title: entry.data.headline,
      link: path,
      pubDate: new Date(`${entry.data.published}T00:00:00Z`),
      description: entry.data.summary,
      categories: [entry.data.publication.name],
      customData: entry.data.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`).join(''),
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${SITE.language}</language>`,
  });
}

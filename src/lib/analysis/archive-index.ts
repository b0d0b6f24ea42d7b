import type { Person } from '../../schemas/person';
import { speakerName, type Quote } from './article-analysis';
import { getLatestArticles, type ArchivedArticle } from '../archive/articles';
import { formatDay } from '../views/format';
import { analysisOf, bylinePeople, getPeople } from './people';

/** An article as person pages and the quote list refer to it. */
interface ArticleRef {
  path: string;
  headline: string;
  publication: string;
  published: string;
  publishedText: string;
}

export interface QuoteEntry extends Quote {
  article: ArticleRef;
  speakerLabel: string;
  /** The person's id for a registered speaker, else null. */
  personId: string | null;
}

export interface PersonPage {
  person: Person;
  byline: ArticleRef[];
  mentions: { article: ArticleRef; paragraph: string; passage: string }[];
  quotes: QuoteEntry[];
}

const ref = (a: ArchivedArticle): ArticleRef => ({
  path: a.path,
  headline: a.entry.data.headline,
  publication: a.entry.data.publication.name,
  published: a.entry.data.published,
  publishedText: formatDay(a.entry.data.published),
});

/** A quotation's speaker as the archive's data files give it: who, or null when no one is identified. */
export function quoteSpeaker(q: QuoteEntry) {
  if (!q.speaker) return null;
  if (q.speaker.kind === 'person') return { kind: 'registered', id: q.speaker.id, name: q.speakerLabel } as const;
  if (q.speaker.kind === 'name') return { kind: 'named', name: q.speaker.name } as const;
  return { kind: 'unnamed source', description: q.speaker.description } as const;
}

/**
 * The archive seen from its people and quotations: every quotation of every article (newest
 * snapshot of each story), and for each registered person the articles they wrote, every
 * passage that names them, and their quotations.
 */
export async function getArchiveIndex(): Promise<{
  people: readonly Person[];
  quotes: QuoteEntry[];
  pages: PersonPage[];
}> {
  const people = await getPeople();
  const byId = new Map(people.map((p) => [p.id, p]));
  const articles = await getLatestArticles();
  const quotes: QuoteEntry[] = [];
  const pages = new Map<string, PersonPage>(
    people.map((p) => [p.id, { person: p, byline: [], mentions: [], quotes: [] }]),
  );
  for (const article of articles) {
    const analysis = analysisOf(article, people);
    const articleRef = ref(article);
    for (const id of bylinePeople(article, people)) pages.get(id)?.byline.push(articleRef);
    for (const m of analysis.mentions) {
      pages.get(m.personId)?.mentions.push({ article: articleRef, paragraph: m.paragraph, passage: m.passage });
    }
    for (const q of analysis.quotes) {
      const entry: QuoteEntry = {
        ...q,
        article: articleRef,
        speakerLabel: speakerName(q.speaker, byId),
        personId: q.speaker?.kind === 'person' ? q.speaker.id : null,
      };
      quotes.push(entry);
      if (entry.personId) pages.get(entry.personId)?.quotes.push(entry);
    }
  }
  return { people, quotes, pages: [...pages.values()] };
}

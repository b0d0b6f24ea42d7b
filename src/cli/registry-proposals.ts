/**
 * The registry proposals for an article entry, as `npm run add` reports them and `npm run
 * people -- suggest` writes them: the entry rendered as the build renders it, read against the
 * people registry under `root`.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { numberedParagraphs } from '../lib/analysis/article-analysis';
import { mentionFinder } from '../lib/analysis/mentions';
import { suggestPeople, type PersonSuggestion } from '../lib/analysis/suggestions';
import { registeredPeople } from '../lib/archive/scan';
import { markdownOptions } from '../markdown/pipeline';

/** The people the entry's body names that the registry under `root` does not know. */
export async function registryProposals(
  root: string,
  entry: { body: string; language: string },
): Promise<PersonSuggestion[]> {
  const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
  const paragraphs = numberedParagraphs((await processor.render(entry.body)).code);
  const people = await registeredPeople(root);
  return suggestPeople(paragraphs, { language: entry.language, findMentions: mentionFinder(people) });
}

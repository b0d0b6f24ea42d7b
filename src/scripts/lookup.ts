import { surt } from '../lib/web-archive/url-canonical';
import type { UrlMapEntry } from '../lib/web-archive/url-map';

/** What the lookup page says for a pasted address: where its copy is, or that there is none. */
function lookupAnswer(
  input: string,
  urls: Record<string, UrlMapEntry>,
): { kind: 'found'; entry: UrlMapEntry } | { kind: 'missing'; key: string | null } {
  const key = surt(input);
  const entry = key ? urls[key] : undefined;
  return entry ? { kind: 'found', entry } : { kind: 'missing', key };
}

/**
 * Reads `?url=` from the address, looks it up in /lookup/urls.json and goes to the newest snapshot;
 * an address the archive does not hold gets a clear answer and a link to search.
 */
export async function startLookup(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#lookup-url');
  const result = document.querySelector<HTMLElement>('.lookup-result');
  const asked = new URLSearchParams(location.search).get('url');
  if (!input || !result || !asked) return;
  input.value = asked;
  const response = await fetch('/lookup/urls.json');
  const { urls } = (await response.json()) as { urls: Record<string, UrlMapEntry> };
  const answer = lookupAnswer(asked, urls);
  result.replaceChildren();
  const p = document.createElement('p');
  if (answer.kind === 'found') {
    location.replace(answer.entry.latest);
    const link = Object.assign(document.createElement('a'), {
      href: answer.entry.latest,
      textContent: answer.entry.latest,
    });
    p.append('Archived copy found: ', link);
  } else if (answer.key === null) {
    p.append(`"${asked}" is not a web address.`);
  } else {
    const search = Object.assign(document.createElement('a'), {
      href: `/search/?q=${encodeURIComponent(asked)}`,
      textContent: 'search the archive',
    });
    p.className = 'not-archived-answer';
    p.append(`${asked} is not in this archive. You can `, search, ' for its headline or author instead.');
  }
  result.append(p);
}

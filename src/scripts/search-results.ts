import { formatDay } from '../lib/views/format';

/** What Pagefind returns for a sub-result: a section of the page, with its own excerpt. */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string };
}
/** The fields of a Pagefind result that the search page shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind escapes the page text in excerpts and adds only <mark> elements around matches. */
function excerptOf(html: string): HTMLParagraphElement {
  const excerpt = el('p', 'result-excerpt');
  excerpt.innerHTML = html;
  return excerpt;
}

/** "1 snapshot", "3 snapshots": how many copies of the story the archive keeps; the result is the newest. */
export function snapshotCount(meta: string | undefined): string {
  const n = Number(meta);
  if (!Number.isInteger(n) || n < 1) return '';
  return n === 1 ? '1 snapshot' : `${n} snapshots (newest shown)`;
}

/** One result: headline link, date, publication and byline (or who a person is), the excerpt, then links to sections. */
export function renderResult(data: ResultData): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el('h2');
  const link = el('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = el('p', 'result-meta');
  // An article shows its date, publication and byline; a person's page says who they are.
  const parts = [
    data.meta.kind ?? '',
    data.meta.description ?? '',
    data.meta.date ? formatDay(data.meta.date) : '',
    data.meta.publication ?? '',
    data.meta.byline ?? '',
    snapshotCount(data.meta.snapshots),
  ];
  meta.textContent = parts.filter(Boolean).join(' · ');
  // Hits before the first heading form a sub-result without an anchor; hits under a heading link
  // to that section. A page matched only by its metadata has no sub-results: show its excerpt.
  const lead = data.sub_results.find((sub) => !sub.anchor);
  const sections = data.sub_results.filter((sub) => sub.anchor).slice(0, 3);
  item.append(heading, meta);
  if (lead || sections.length === 0) item.append(excerptOf(lead?.excerpt ?? data.excerpt));
  if (sections.length > 0) {
    const list = el('ul', 'result-sections');
    for (const sub of sections) {
      const li = el('li');
      const a = el('a', undefined, sub.title);
      a.href = sub.url;
      li.append(a, excerptOf(sub.excerpt));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

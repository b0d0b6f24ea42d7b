/** A JSON-LD node: an object with string keys, as found in a page's ld+json scripts. */
export type LdNode = Record<string, unknown>;

const isNode = (value: unknown): value is LdNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every node in the page's JSON-LD, flattening arrays and @graph lists. Unparsable scripts are skipped. */
export function jsonLdNodes(scripts: readonly string[]): LdNode[] {
  const out: LdNode[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isNode(value)) {
      out.push(value);
      if ('@graph' in value) collect(value['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      // Some pages wrap their JSON-LD in a CDATA section, for XHTML's sake.
      collect(
        JSON.parse(
          script.replace(/^\s*(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?|(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?\s*$/g, ''),
        ),
      );
    } catch {
      // Pages ship broken JSON-LD often enough; the other metadata still applies.
    }
  }
  return out;
}

function types(node: LdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The page's article node: a NewsArticle (or any *Article, BlogPosting, Report), preferring news. */
export function articleNode(nodes: readonly LdNode[]): LdNode | undefined {
  const isArticle = (t: string) => /Article$|^BlogPosting$|^Report$/.test(t);
  // A page typed as some other creative work (a RadioEpisode, a VideoObject) that still gives a
  // headline and a publication date describes the piece on the page.
  const isDatedWork = (n: LdNode) => typeof n['headline'] === 'string' && typeof n['datePublished'] === 'string';
  return (
    nodes.find((n) => types(n).some((t) => /NewsArticle$/.test(t))) ??
    nodes.find((n) => types(n).some(isArticle)) ??
    nodes.find(isDatedWork)
  );
}

/** A node, with a bare {"@id": ...} reference replaced by the node it points to. */
function resolve(value: unknown, nodes: readonly LdNode[]): unknown {
  if (!isNode(value) || typeof value['@id'] !== 'string' || Object.keys(value).length > 1) return value;
  return nodes.find((n) => n['@id'] === value['@id'] && n !== value) ?? value;
}

/** A text value, or the `name` of a node (resolving references): "Pyotr Kozlov" from {"@type":"Person","name":...}. */
export function nameOf(value: unknown, nodes: readonly LdNode[]): string | undefined {
  const resolved = resolve(value, nodes);
  const text =
    typeof resolved === 'string' ? resolved : isNode(resolved) ? (resolved['name'] ?? partsOf(resolved)) : undefined;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}

/** A Person given by parts only: {"givenName": "Birgit", "familyName": "Baumann"} -> "Birgit Baumann". */
function partsOf(node: LdNode): string | undefined {
  const parts = [node['givenName'], node['additionalName'], node['familyName']].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return node['familyName'] && parts.length > 0 ? parts.map((part) => part.trim()).join(' ') : undefined;
}

/** Every name in a value that may be one item or a list. */
export function namesOf(value: unknown, nodes: readonly LdNode[]): string[] {
  return (Array.isArray(value) ? value : [value])
    .map((v) => nameOf(v, nodes))
    .filter((n): n is string => n !== undefined);
}

/** A URL given as a string or as a node's url / @id ("mainEntityOfPage": {"@id": "https://..."}). */
export function urlOf(value: unknown): string | undefined {
  const url = typeof value === 'string' ? value : isNode(value) ? (value['url'] ?? value['@id']) : undefined;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
}

/** The first image's caption and credit (creditText, copyrightHolder or author), if the node gives them. */
export function imageCaption(value: unknown, nodes: readonly LdNode[]): { caption?: string; credit?: string } {
  const first = resolve(Array.isArray(value) ? value[0] : value, nodes);
  if (!isNode(first)) return {};
  const caption = typeof first['caption'] === 'string' ? first['caption'].trim() : undefined;
  const credit =
    nameOf(first['creditText'], nodes) ?? nameOf(first['copyrightHolder'], nodes) ?? nameOf(first['author'], nodes);
  return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

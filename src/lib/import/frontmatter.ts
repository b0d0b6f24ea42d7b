import { Document, isScalar, visit } from 'yaml';

/** The fields in the order the seed entry writes them, so entries read alike. */
export const FIELD_ORDER = [
  'headline',
  'headlineSentenceCase',
  'kicker',
  'storySlug',
  'authors',
  'noByline',
  'publication',
  'published',
  'sourceUrl',
  'photo',
  'captured',
  'archived',
  'language',
  'summary',
  'capture',
  'related',
  'editorialChanges',
  'attributions',
] as const;

const DATE_FIELDS = new Set(['published', 'captured', 'archived']);
/** Lists the schema requires even empty: an article with no byline has `authors: []`. */
const REQUIRED_LISTS = new Set(['authors']);
/** Words a YAML 1.1 reader takes for booleans or null; quoted so no reader converts them. */
const AMBIGUOUS = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;

/**
 * The frontmatter block for an entry: fields in the seed's order, empty optional lists left out,
 * and dates always as quoted strings (YAML would turn an unquoted 2024-12-11 into a timestamp,
 * which the schema refuses).
 */
export function serializeFrontmatter(fields: Record<string, unknown>): string {
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => {
      const value = fields[key];
      return value !== undefined && !(Array.isArray(value) && value.length === 0 && !REQUIRED_LISTS.has(key));
    }).map((key) => [key, fields[key]]),
  );
  const doc = new Document(ordered);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && DATE_FIELDS.has(String(pair.key.value)) && isScalar(pair.value)) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && AMBIGUOUS.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}

/** The whole entry file: frontmatter, a blank line, then the Markdown body. */
export function entrySource(fields: Record<string, unknown>, body: string): string {
  return `${serializeFrontmatter(fields)}\n${body.replace(/^\n+/, '').replace(/\n*$/, '\n')}`;
}

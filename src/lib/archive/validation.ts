import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { articleSchema, type ArticleData } from '../../schemas/article';

export type ValidationResult = { ok: true; data: ArticleData; body: string } | { ok: false; problems: string[] };

const OPENING = /^\uFEFF?---\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** "photo.credit" for a zod issue path; "(frontmatter)" for an issue about the whole object. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[')
    : '(frontmatter)';
}

/** One line per problem, each naming the field: "published: "2024-02-30" is not a real calendar day". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `${fieldName(issue.path)}.` : '';
      return issue.keys
        .map((key) => `${where}${key}: unknown field (check its spelling; the schema lists every field)`)
        .join('\n');
    }
    // Zod's own wording for a field left out is "Invalid input: expected string, received undefined".
    const message = /received undefined$/.test(issue.message) ? 'is required' : issue.message;
    return `${fieldName(issue.path)}: ${message}`;
  });
}

let built: ReturnType<typeof articleSchema<z.ZodString>> | undefined;
/** The schema, with photo paths as plain strings, built once: building it costs more than a check. */
const schema = () => (built ??= articleSchema(() => z.string()));

/**
 * Checks one article file the way the build reads it (the same frontmatter parser, the same
 * schema), and says what is wrong in terms an editor can act on. It never throws.
 */
export function validateArticleSource(source: string): ValidationResult {
  if (!OPENING.test(source)) {
    return { ok: false, problems: ['(frontmatter): the file must begin with a "---" line opening the frontmatter'] };
  }
  const afterOpening = source.replace(OPENING, '');
  if (!CLOSING.test(`\n${afterOpening}`)) {
    return {
      ok: false,
      problems: ['(frontmatter): the frontmatter is never closed: add a "---" line after the last field'],
    };
  }
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    const parsed = parseFrontmatter(source);
    frontmatter = parsed.frontmatter;
    body = parsed.content;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [`(frontmatter): invalid YAML: ${reason}`] };
  }
  const result = schema().safeParse(frontmatter);
  const problems = result.success ? [] : describeIssues(result.error.issues);
  if (body.trim() === '') problems.push('(body): the article has no text after its frontmatter');
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, data: result.data as ArticleData, body };
}

/** The message a failed check prints: the file, then one indented line per problem. */
export function formatProblems(file: string, problems: readonly string[]): string {
  return `${file} is not a valid article:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

/**
 * JSON with `<`, `>`, `&` and the line separators U+2028 and U+2029 written as \u escapes: the
 * data is unchanged for any JSON reader, no headline can close a <script> element it sits in, and
 * no browser can take a JSON file for HTML.
 */
export function htmlSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A JSON file's text: indented, HTML-safe, with a final newline. */
export function jsonFile(value: unknown): string {
  return `${htmlSafeJson(value, 2)}\n`;
}

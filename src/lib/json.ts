/**
 * A JSON file's text, indented, with `<`, `>` and `&` written as \u003c, \u003e, \u0026: the data
 * is unchanged for any JSON reader, and no browser can take the file for HTML.
 */
export function jsonFile(value: unknown): string {
  const text = JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
  return `${text}\n`;
}

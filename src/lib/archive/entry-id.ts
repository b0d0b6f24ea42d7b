/** "articles/2024-12-11-moscow-times-syria.md" -> "2024-12-11-moscow-times-syria". */
export function entryIdFromPath(path: string): string {
  return path.replace(/^articles\//, '').replace(/\.md$/, '');
}

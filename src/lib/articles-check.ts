/** Throws when two entries claim the same permanent path, naming both files. */
export function assertUniquePaths(items: readonly { file: string; path: string }[]): void {
  const seen = new Map<string, string>();
  for (const { file, path } of items) {
    const other = seen.get(path);
    if (other) {
      throw new Error(
        `${file}: publication, published and storySlug give the path ${path}, already used by ${other}; choose another storySlug`,
      );
    }
    seen.set(path, file);
  }
}

/**
 * How many files the build reads at once: enough to keep the disk busy while pages are parsed,
 * few enough not to run out of file handles on a large archive.
 */
export const READS_AT_ONCE = 64;

/**
 * Maps `items` through an async `fn`, `size` at a time, and returns the results in the items'
 * order.
 *
 * @example
 * await inBatches(['a.html', 'b.html'], 64, (path) => readFile(path, 'utf8')); // [textA, textB]
 */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => fn(item, i + j)))));
  }
  return results;
}

/**
 * Yields the results of an async `fn` over `items` in order, working up to `size` items ahead of
 * the one being consumed: the next files are read while the current one is handled.
 *
 * @example
 * for await (const html of ahead(paths, 64, (p) => readFile(p, 'utf8'))) index.add(html);
 */
export async function* ahead<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < size) pending.push(fn(items[next++]!));
  };
  fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    fill();
    yield result;
  }
}

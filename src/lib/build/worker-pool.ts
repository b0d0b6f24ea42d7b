/**
 * How many files the build reads at once: enough to keep the disk busy while pages are parsed,
 * few enough not to run out of file handles on a large archive.
 */
export const READS_AT_ONCE = 64;

/**
 * Maps `items` through an async `fn`, `size` at a time, and returns the results in the items'
 * order. Each of `size` workers takes the next item as soon as its last one is done, so one slow
 * item holds up only its own worker, not a whole batch. After a failure no further item is
 * started, and the first failure is thrown.
 *
 * @example
 * await inBatches(['a.html', 'b.html'], 64, (path) => readFile(path, 'utf8')); // [textA, textB]
 */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
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

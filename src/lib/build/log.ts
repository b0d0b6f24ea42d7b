/**
 * A logger whose lines read like those of Astro's own build (`12:04:31 [name] message`), for the
 * build steps that run after `astro build` has exited, so that one log reads as one build.
 *
 * @example
 * stepLogger('archive-manifest').info('Wrote the manifest'); // prints "12:04:31 [archive-manifest] Wrote the manifest"
 */
export function stepLogger(name: string): { info: (message: string) => void } {
  return { info: (message) => console.log(`${new Date().toISOString().slice(11, 19)} [${name}] ${message}`) };
}

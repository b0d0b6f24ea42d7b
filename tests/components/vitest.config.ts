import { getViteConfig } from 'astro/config';

/** Astro components rendered by Astro's container API, with the project's own Vite setup. */
export default getViteConfig({
  test: { name: 'components', include: ['tests/components/**/*.test.ts'] },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        // Some unit tests run a command of the archive's in a process of its own (npm run add,
        // people, lock), which takes seconds on a busy two-core machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      './tests/components/vitest.config.ts',
      {
        // Tests of the built site in dist/ (run `npm run build` first; `npm test` does).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines that run these have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

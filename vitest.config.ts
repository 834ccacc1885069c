import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (unit tests beside the code, integration tests in tests/integration) and
 * `e2e` (browser tests in headless chromium against the real built app; need `vite build` first).
 */
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'server/**/*.test.ts',
            'cds-hooks/**/*.test.ts',
            'client/**/*.test.{ts,tsx}',
            'fixtures/**/*.test.ts',
            'tests/integration/**/*.int.test.ts',
          ],
          setupFiles: ['tests/setup/console-guard.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          setupFiles: ['tests/setup/console-guard.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

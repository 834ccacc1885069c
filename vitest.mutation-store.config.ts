import { defineConfig } from 'vitest/config';

/**
 * The store's tests for mutation testing of server/store (stryker.store.json): the embedded PGlite
 * driver only (STORE_TEST_DRIVERS=pglite, set by the npm script), so that each mutant runs in seconds.
 * The full suite runs the same tests on all three drivers.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['server/store/store.test.ts', 'server/store/database.test.ts', 'server/store/group-commit.test.ts', 'server/store/result-fields.test.ts'],
    setupFiles: ['tests/setup/console-guard.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

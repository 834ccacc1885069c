import { defineConfig } from 'vitest/config';

/**
 * The fast unit tests used by mutation testing of the engine's arithmetic and checks (stryker.fast.json):
 * tests on the small test knowledge base only, so that each mutant runs in seconds. The clinical guards on
 * the real knowledge base (teaching stories, accuracy baseline, coverage) take tens of seconds per run and
 * are left to `npm test`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'server/reasoning/likelihood.test.ts',
      'server/reasoning/probability.test.ts',
      'server/reasoning/verify-result.test.ts',
      'server/reasoning/infer.test.ts',
      'server/reasoning/infer-rules.test.ts',
      'server/reasoning/build-differential.test.ts',
      'server/store/group-commit.test.ts',
      'server/evaluation/fit-recalibration.test.ts',
      'server/evaluation/evaluate-vignettes.test.ts',
      'server/evaluation/evaluate-vignettes-parts.test.ts',
      'server/evaluation/choose-alpha.test.ts',
    ],
    setupFiles: ['tests/setup/console-guard.ts'],
    testTimeout: 30_000,
  },
});

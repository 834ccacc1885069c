/**
 * Clinical regression guard: the evaluation's test-split figures on the real knowledge base may not fall
 * below the recorded baseline (accuracy-baseline.json) by more than its tolerance, so a knowledge or
 * engine change that lowers accuracy fails CI. Raising the baseline is a deliberate, reviewed edit.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { evaluateVignettes, readEvaluationVignettes, splitOf, type Vignette } from './evaluate-vignettes';
import { CALIBRATION } from '../reasoning/calibration';

const baseline = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'accuracy-baseline.json'), 'utf8')) as {
  tolerance: number;
  test: { n: number; top1: number; top3: number; top10: number; cantMissRecall: number };
};

describe('accuracy on the test split does not regress', () => {
  const kb = loadKnowledge();
  const test_: Vignette[] = readEvaluationVignettes().filter((v) => splitOf(v.id) === 'test');
  const report = evaluateVignettes(kb, test_);

  test('the committed recalibration was fitted on this knowledge base (any knowledge change needs `npm run eval -- --fit`)', () => {
    expect(CALIBRATION.recalibration?.knowledgeHash, 'refit the calibration: npm run eval -- --fit').toBe(kb.contentHash);
  });

  test('the test split is the one the baseline was measured on (or larger)', () => {
    expect(test_.length).toBeGreaterThanOrEqual(baseline.test.n);
  });

  test.each(['top1', 'top3', 'top10', 'cantMissRecall'] as const)('%s is no more than the tolerance below the baseline', (metric) => {
    const value = report.overall[metric] ?? 0;
    expect(value).toBeGreaterThanOrEqual(baseline.test[metric] - baseline.tolerance);
  });
});

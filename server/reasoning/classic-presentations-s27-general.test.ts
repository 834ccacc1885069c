/**
 * Textbook presentations of fatigue and unintentional weight loss from hyperthyroidism, entered as a clinician would
 * (findings only, no vignette), on the real knowledge base (session 27, general curator). Before this session a
 * 35-year-old woman with fatigue (or weight loss), tachycardia, heat intolerance and a suppressed TSH still had major
 * depressive disorder first: heat intolerance had no finding and hyperthyroidism had only weight loss, tachycardia and
 * the TSH. Heat intolerance now counts for hyperthyroidism in fatigue and weight loss (Shoib 2021, Table 2: 45 of 75
 * hyperthyroid women, grade C 2.4 / 0.53 against the policy background). Expectations are about order, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of hyperthyroidism in fatigue and weight loss (session 27, general)', () => {
  test('fatigue with weight loss, tachycardia, heat intolerance and a suppressed TSH: hyperthyroidism leads, above depression', () => {
    // Shoib 2021 Table 2: heat intolerance in 60% of hyperthyroid women; suppressed TSH sensitivity 0.86, specificity 0.89 (de los Santos 1989).
    const r = run('fatigue', 'primary-care', 35, 'female', ['+unintentional-weight-loss', '+heart-rate-over-100', '+heat-intolerance', '+tsh-below-reference-range']);
    expect(rankOf(r, 'hyperthyroidism')).toBe(1);
    expect(rankOf(r, 'major-depressive-disorder')).toBeGreaterThan(1);
  });

  test('weight loss with tremor, palpitations, tachycardia, heat intolerance and a suppressed TSH: hyperthyroidism leads', () => {
    const r = run('weight-loss', 'primary-care', 35, 'female', ['+tremor', '+palpitations', '+heart-rate-over-100', '+heat-intolerance', '+tsh-below-reference-range']);
    expect(rankOf(r, 'hyperthyroidism')).toBe(1);
  });

  test('heat intolerance raises hyperthyroidism in fatigue and weight loss, and its absence lowers it', () => {
    for (const problem of ['fatigue', 'weight-loss']) {
      const base = run(problem, 'primary-care', 35, 'female', ['+heart-rate-over-100']);
      const heat = run(problem, 'primary-care', 35, 'female', ['+heart-rate-over-100', '+heat-intolerance']);
      const noHeat = run(problem, 'primary-care', 35, 'female', ['+heart-rate-over-100', '-heat-intolerance']);
      expect(p(heat, 'hyperthyroidism')).toBeGreaterThan(p(base, 'hyperthyroidism'));
      expect(p(noHeat, 'hyperthyroidism')).toBeLessThan(p(base, 'hyperthyroidism'));
    }
  });

  test('heat intolerance does not move hyperthyroidism in low mood or anxiety, where panic and the menopause share it', () => {
    const base = run('low-mood-or-anxiety', 'primary-care', 35, 'female', ['+anxiety-or-tension']);
    const heat = run('low-mood-or-anxiety', 'primary-care', 35, 'female', ['+anxiety-or-tension', '+heat-intolerance']);
    expect(p(heat, 'hyperthyroidism')).toBeCloseTo(p(base, 'hyperthyroidism'), 6);
  });
});

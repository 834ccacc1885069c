/**
 * Textbook presentations of insomnia and low mood entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 31, curator psych). Expectations are about order, not percentages.
 *
 * Fixed: a 52-year-old obese, hypertensive man with insomnia, loud snoring, witnessed apnoeas (nocturnal choking or
 * gasping) and daytime sleepiness had obstructive sleep apnoea second behind insomnia disorder, because a BMI of 30 or
 * more carried no ratio for apnoea. It now carries a grade C ratio (Sharma 2017, Table 1: obesity in 70% of OSA against
 * 35.7% of US adults; LR+ 1.96, LR- 0.47), limited to insomnia.
 *
 * Gaps recorded, not fixed here (see the session report):
 * - The same man with a positive STOP-Bang (3 or more) entered beside its items: sleep apnoea falls to fourth, because
 *   the score (primary-care LR+ 1.89, Munoz-Gomez 2022) silences its items (choking LR 3.3, BMI, male) and no finding
 *   for a high STOP-Bang score (5 or more) exists; Nagappa 2015 (PLoS One, doi 10.1371/journal.pone.0143697) Table 4 was
 *   read only in a third-party reproduction. Hypertension has no ratio for apnoea (Hein 2017 Respir Res Table 1 unread).
 * - Bipolar disorder with a decreased need for sleep: fifth in insomnia (policy prior; no cited share of bipolar disorder
 *   among insomnia presentations) and fourth in low mood (the Harvey 2008 ratio applies to insomnia only). No findings
 *   exist for pressured speech, racing thoughts or a past depressive episode, and no per-symptom frequencies in bipolar
 *   against unipolar depression could be read.
 * - Adjustment disorder after a stressor, short of a major depressive episode: third behind major depression and anxiety,
 *   because the clinician's "does not meet criteria for a major depressive episode" cannot lower major depressive
 *   disorder (a defining finding's absence gives no LR-, and exclusiveWith needs a present finding). With negative PHQ-9
 *   and GAD-2 results it leads (session 29 test).
 * - Persistent depressive disorder with depressed mood for two years or more: third, just below major depression and
 *   anxiety; no cited frequency of a two-year course among the complaint's other patients could be read.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const osaMan = ['+snoring', '+nocturnal-choking-or-gasping', '+epworth-sleepiness-scale-positive', '+bmi-30-or-more', '+history-of-hypertension'];

describe('classic presentations of insomnia and low mood (session 31, psych)', () => {
  test('a 52-year-old obese hypertensive man with insomnia, loud snoring, witnessed apnoeas and daytime sleepiness: sleep apnoea leads in primary care', () => {
    // Before: second behind insomnia disorder (0.438 prior), BMI carried no ratio for apnoea.
    const r = run('insomnia', 'primary-care', 52, 'male', osaMan);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBe(1);
    expect(p(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(p(r, 'insomnia-disorder'));
    const step = findingStepOf(r, 'obstructive-sleep-apnoea', 'bmi-30-or-more');
    expect(step?.grade).toBe('C');
    expect(step?.counted).toBe(true);
  });

  test('the same man in the emergency department: sleep apnoea leads', () => {
    const r = run('insomnia', 'emergency', 52, 'male', osaMan);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBe(1);
  });

  test('a BMI under 30 lowers sleep apnoea against an obese man with the same symptoms', () => {
    const symptoms = ['+snoring', '+nocturnal-choking-or-gasping', '+epworth-sleepiness-scale-positive'];
    const obese = run('insomnia', 'primary-care', 52, 'male', [...symptoms, '+bmi-30-or-more']);
    const lean = run('insomnia', 'primary-care', 52, 'male', [...symptoms, '-bmi-30-or-more']);
    expect(p(lean, 'obstructive-sleep-apnoea')).toBeLessThan(p(obese, 'obstructive-sleep-apnoea'));
  });
});

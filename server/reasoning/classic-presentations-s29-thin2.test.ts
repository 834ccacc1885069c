/**
 * Textbook presentations for thin conditions of fever, headache, confusion and the diabetes complaints (session 29,
 * curator thin2), entered as a clinician would (problem, setting, age, sex, findings; no vignette), on the real
 * knowledge base. Added in this round (evidence/s29-thin2.json):
 * - type 1 diabetes x unintentional weight loss in raised glucose and thirst/polyuria (Thomas 2023, StartRight: weight
 *   loss in 80% and 82% of autoantibody-defined adult type 1 diabetes diagnosed before and after 35; policy background);
 * - carbon monoxide poisoning x the 1990 occult carbon monoxide rule (gas stove for heat or symptomatic cohabitants) in
 *   confusion (J Toxicol Clin Toxicol 1990, PMID 2381021: all 5 cases with carboxyhaemoglobin above 10% identified, 77%
 *   of the 163 others excluded; sensitivity entered at its lower 95% bound 0.478).
 * Declined at review: type 2 diabetes x age over 30 in weight loss, fatigue and thirst (Thomas 2018, 97.8% of type 2
 * cases diagnosed after 30) against the even-split background gave LR+ 1.96 to every adult over 30 and LR- 0.045 under
 * it; a cut that far from the complaint's usual ages is not split evenly, and a 32-year-old's tuberculosis in weight
 * loss fell to fourth.
 * Still wrong and not tested (reported): a lean 22-year-old with thirst and weight loss in primary care ranks type 2
 * above type 1 diabetes (type 1 has only the policy prior there); type 1 diabetes is not on the fatigue differential;
 * migraine leads bare headache at 75 (no current-age split of migraine in an emergency or primary-care headache cohort
 * could be read; the headache-onset-at-65-or-over finding, entered by the clinician, lowers it).
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import type { DifferentialResult } from './types';

const kb = loadKnowledge();
const run = presentationRunner(kb);

/** Whether a finding's step counts for a diagnosis in this result. */
const counted = (r: DifferentialResult, conditionId: string, findingId: string): boolean => findingStepOf(r, conditionId, findingId)?.counted === true;

describe('carbon monoxide poisoning in confusion (session 29, thin2)', () => {
  test('a 70-year-old man in the emergency department, confused, whose household members have headache at the same time: carbon monoxide poisoning rises and moves up', () => {
    // PMID 2381021 (1990, 168 ED patients with neurologic symptoms): the rule 'gas stoves for heat or symptomatic
    // cohabitants' found all 5 patients with COHb > 10% and excluded 77% of the others (sensitivity taken at 0.478:
    // LR+ 2.08).
    const without = run('confusion', 'emergency', 70, 'male', []);
    const withCohabitants = run('confusion', 'emergency', 70, 'male', ['+symptomatic-cohabitants']);
    expect(p(withCohabitants, 'carbon-monoxide-poisoning')).toBeGreaterThan(p(without, 'carbon-monoxide-poisoning'));
    expect(rankOf(withCohabitants, 'carbon-monoxide-poisoning')).toBeLessThan(rankOf(without, 'carbon-monoxide-poisoning'));
    expect(counted(withCohabitants, 'carbon-monoxide-poisoning', 'occult-co-exposure-rule-positive')).toBe(true);
  });

  test('gas heating alone makes the rule positive as well (either item suffices)', () => {
    const without = run('confusion', 'emergency', 70, 'female', []);
    const gas = run('confusion', 'emergency', 70, 'female', ['+home-heated-by-gas-space-heater-or-stove']);
    expect(p(gas, 'carbon-monoxide-poisoning')).toBeGreaterThan(p(without, 'carbon-monoxide-poisoning'));
  });

  test('in headache the rule is not counted beside its own items (one household exposure counts once)', () => {
    // Heckerling 1988 (symptomatic cohabitants, LR 7.5) and the 1987 winter-headache cohort (gas heating, 3.21) carry
    // their own ratios in headache; the rule is limited to confusion.
    const r = run('headache', 'emergency', 40, 'female', ['+symptomatic-cohabitants', '+home-heated-by-gas-space-heater-or-stove']);
    expect(counted(r, 'carbon-monoxide-poisoning', 'symptomatic-cohabitants')).toBe(true);
    expect(counted(r, 'carbon-monoxide-poisoning', 'occult-co-exposure-rule-positive')).toBe(false);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThanOrEqual(2);
  });
});

describe('type 1 against type 2 diabetes by age and weight loss (session 29, thin2)', () => {
  test('a lean 45-year-old man in the emergency department with new hyperglycaemia and weight loss: type 1 diabetes second, above DKA; without weight loss and obese it falls away', () => {
    // Thomas 2023 (StartRight): unintentional weight loss in 80-82% of adult autoantibody-defined type 1 diabetes
    // (LR+ 3.24, LR- 0.25 against the 0.25 policy background); Shields 2015 (Boyle 1999) BMI < 25 for insulin deficiency.
    const lean = run('hyperglycaemia', 'emergency', 45, 'male', ['+unintentional-weight-loss', '-bmi-25-or-more']);
    const obese = run('hyperglycaemia', 'emergency', 45, 'male', ['-unintentional-weight-loss', '+bmi-30-or-more']);
    expect(rankOf(lean, 'type-1-diabetes')).toBe(2);
    expect(p(lean, 'type-1-diabetes')).toBeGreaterThan(p(lean, 'diabetic-ketoacidosis'));
    expect(p(obese, 'type-1-diabetes')).toBeLessThan(p(lean, 'type-1-diabetes'));
  });

  test('weight loss raises type 1 diabetes in a 45-year-old with hyperglycaemia, all else equal', () => {
    const withLoss = run('hyperglycaemia', 'emergency', 45, 'female', ['+unintentional-weight-loss']);
    const noLoss = run('hyperglycaemia', 'emergency', 45, 'female', ['-unintentional-weight-loss']);
    expect(p(withLoss, 'type-1-diabetes')).toBeGreaterThan(p(noLoss, 'type-1-diabetes'));
  });
});

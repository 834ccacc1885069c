/**
 * Textbook presentations of new hyperglycaemia entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 27, endocrine curator). Before this session the base had no type 1 diabetes: a lean
 * 24-year-old with new hyperglycaemia, thirst and weight loss was "type 2 diabetes" at the top with nothing beside it.
 * Type 1 diabetes now takes its share of new diabetes by age band (Thomas 2018, UK Biobank: 749 of 1017 cases diagnosed
 * at 30 or younger, 537 of 12 233 diagnosed at 31-60), body mass index counts against it (Shields 2015 BMJ Open,
 * Table 2: BMI < 25 and < 30 rows) and GAD antibodies for it over 30 (medRxiv 2021 against Grubb 2019). Expectations
 * are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of new hyperglycaemia (session 27, endocrine)', () => {
  test('a lean 24-year-old with new hyperglycaemia, thirst and weight loss: type 1 diabetes leads, above type 2', () => {
    // Thomas 2018: 73.6% of diabetes diagnosed at 30 or younger is type 1; BMI < 25 LR 2.93 (Shields 2015, Boyle row).
    const r = run('hyperglycaemia', 'primary-care', 24, 'male', ['+excessive-thirst', '+unintentional-weight-loss', '-bmi-25-or-more']);
    expect(rankOf(r, 'type-1-diabetes')).toBe(1);
    expect(rankOf(r, 'diabetes-mellitus')).toBeGreaterThan(1);
  });

  test('a lean 22-year-old in the emergency department with ketonuria: type 1 diabetes above type 2, diabetic ketoacidosis in the top three', () => {
    const r = run('hyperglycaemia', 'emergency', 22, 'female', ['+excessive-thirst', '+unintentional-weight-loss', '-bmi-25-or-more', '+urine-ketones-positive']);
    expect(rankOf(r, 'type-1-diabetes')).toBeLessThan(rankOf(r, 'diabetes-mellitus'));
    expect(rankOf(r, 'diabetic-ketoacidosis')).toBeGreaterThan(0);
    expect(rankOf(r, 'diabetic-ketoacidosis')).toBeLessThanOrEqual(3);
  });

  test('an obese 58-year-old with new hyperglycaemia and thirst: type 2 diabetes leads, type 1 well below', () => {
    // Thomas 2018: type 1 is 4% of diabetes diagnosed at 31-60; BMI >= 30 LR 0.49 (Shields 2015, Ekpebegh row).
    const r = run('hyperglycaemia', 'primary-care', 58, 'male', ['+bmi-25-or-more', '+bmi-30-or-more', '+excessive-thirst']);
    expect(rankOf(r, 'diabetes-mellitus')).toBe(1);
    expect(p(r, 'type-1-diabetes')).toBeLessThan(p(r, 'diabetes-mellitus') / 10);
  });

  test('a lean 45-year-old: type 2 diabetes leads until GAD antibodies are positive, which put type 1 first', () => {
    const lean = run('hyperglycaemia', 'primary-care', 45, 'female', ['+excessive-thirst', '-bmi-25-or-more']);
    expect(rankOf(lean, 'diabetes-mellitus')).toBe(1);
    expect(rankOf(lean, 'type-1-diabetes')).toBeLessThanOrEqual(3);
    const gad = run('hyperglycaemia', 'primary-care', 45, 'female', ['+excessive-thirst', '+unintentional-weight-loss', '-bmi-25-or-more', '+gad-antibodies-positive']);
    expect(rankOf(gad, 'type-1-diabetes')).toBe(1);
    const noGad = run('hyperglycaemia', 'primary-care', 45, 'female', ['+excessive-thirst', '-bmi-25-or-more', '-gad-antibodies-positive']);
    expect(p(noGad, 'type-1-diabetes')).toBeLessThan(p(lean, 'type-1-diabetes'));
  });

  test('a BMI under 25 raises type 1 diabetes against type 2, a BMI of 30 or more lowers it', () => {
    const bare = run('hyperglycaemia', 'emergency', 40, 'male', []);
    const lean = run('hyperglycaemia', 'emergency', 40, 'male', ['-bmi-25-or-more']);
    const obese = run('hyperglycaemia', 'emergency', 40, 'male', ['+bmi-25-or-more', '+bmi-30-or-more']);
    const ratio = (r: DifferentialResult) => p(r, 'type-1-diabetes') / p(r, 'diabetes-mellitus');
    expect(ratio(lean)).toBeGreaterThan(ratio(bare));
    expect(ratio(obese)).toBeLessThan(ratio(bare));
  });
});

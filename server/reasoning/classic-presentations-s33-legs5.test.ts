/**
 * Textbook presentations of a swollen leg entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 33, round 4, curator "legs5"): every cause of leg swelling, swelling of one leg and swelling of both legs
 * that had no classic-presentation guard (acute compartment syndrome, calf muscle tear, chronic kidney disease, complex
 * regional pain syndrome, hypothyroidism, iliac vein compression, malignancy, obstructive sleep apnoea). No knowledge file
 * was changed: no graded figure that would move the two worst pictures could be read within the round (see gaps).
 *
 * Ranks found (primary care / emergency; the same in both, since none of these findings touches the setting's priors):
 * - Compartment syndrome after a tibial fracture with severe pain and pain on passive stretch: third (DVT, chronic venous
 *   insufficiency above), in one leg and in leg swelling; second, and on the can't-miss list, in swelling of one leg once
 *   the clinician records that the swelling is not over a month old.
 * - Calf muscle tear (acute calf injury in a man of 45): fourth; second in swelling of one leg once the clinician records
 *   that the swelling is not over a month old (which counts against chronic venous insufficiency, lymphoedema and
 *   post-thrombotic syndrome there), and second in both problems with an ultrasound showing the tear (DVT first, which a
 *   clinician must exclude anyway).
 * - Chronic kidney disease (diabetic hypertensive man, eGFR below 60, proteinuria): second in both legs (heart failure
 *   first), third in leg swelling.
 * - Complex regional pain syndrome after a fracture, with hyperpathia and the Budapest criteria met: fourth (below chronic
 *   venous insufficiency, DVT and lymphoedema; the Budapest criteria's LR+ is 3.1, sensitivity 0.99, specificity 0.68).
 * - Hypothyroidism (tired woman, weight gain, dry skin, raised TSH): third in both legs, third or fourth in leg swelling.
 * - Iliac vein compression (young woman, left leg, leg pain, CT venography showing iliac obstruction): third.
 *
 * Gaps (not fixed, with the reason):
 * - Malignancy (a man of 70 with a known cancer, weight loss and a swollen leg for more than a month): sixth in swelling of
 *   one leg, tenth in leg swelling; no finding of the picture counts for it in these problems (its ratios are measured in
 *   lymphadenopathy and weight loss). In this problem malignancy means a tumour compressing the pelvic veins (Taute 2010's
 *   19 of 745); a figure for a history of cancer among such patients against other swollen legs was not found.
 * - Obstructive sleep apnoea (an obese snoring man with nocturnal gasping, STOP-Bang 3 or more): sixth in both legs,
 *   eleventh in leg swelling. Blankfield 2002 (J Fam Pract 51:561-564, no identifier seen; OSA in 19 of 28 adults with bilateral
 *   leg oedema and a normal echocardiogram, a convenience sample) and Blankfield 2000 (Arch Intern Med 160:2357, doi
 *   10.1001/archinte.160.15.2357; OSA in 9 of 15 with bilateral oedema and pulmonary hypertension) are selected
 *   sub-populations (normal echocardiogram, or pulmonary hypertension found on echo), not a share of patients presenting with
 *   the complaint, so they were not entered as priors; left as leads.
 *
 * Expectations are about order and direction within one run, not percentages, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const compartment = ['+recent-limb-fracture', '+severe-or-increasing-limb-pain', '+pain-on-passive-muscle-stretch', '+leg-pain'];
const calfTear = ['+acute-calf-injury', '+leg-pain'];
const ckd = ['+history-of-diabetes-mellitus', '+history-of-hypertension', '+egfr-below-60', '+proteinuria'];
const crps = ['+recent-limb-fracture', '+limb-hyperpathia', '+leg-pain', '+budapest-crps-clinical-criteria-met'];
const hypothyroid = ['+fatigue', '+weight-gain', '+dry-skin', '+tsh-above-reference-range'];
const mayThurner = ['+left-lower-limb-swelling', '+leg-pain', '+ct-venography-iliac-vein-obstruction'];
const malignancy = ['+unintentional-weight-loss', '+history-of-cancer', '+leg-swelling-over-1-month'];
const osa = ['+snoring', '+nocturnal-choking-or-gasping', '+bmi-30-or-more', '+stop-bang-score-3-or-more'];

describe('classic presentations of a swollen leg: causes without a guard before (session 33, legs5)', () => {
  test.each(settings)('a man of 25 with a tibial fracture, severe increasing pain and pain on passive stretch: compartment syndrome in the first three, above lymphoedema and post-thrombotic syndrome; second and can\u2019t-miss when the swelling is recent (%s)', (setting) => {
    for (const problem of ['unilateral-leg-swelling', 'leg-swelling']) {
      const bare = run(problem, setting, 25, 'male', []);
      const r = run(problem, setting, 25, 'male', compartment);
      expect(rankOf(r, 'acute-compartment-syndrome')).toBeGreaterThan(0);
      expect(rankOf(r, 'acute-compartment-syndrome')).toBeLessThanOrEqual(3);
      expect(p(r, 'acute-compartment-syndrome')).toBeGreaterThan(p(r, 'lymphoedema'));
      expect(p(r, 'acute-compartment-syndrome')).toBeGreaterThan(p(r, 'post-thrombotic-syndrome'));
      expect(p(r, 'acute-compartment-syndrome')).toBeGreaterThan(p(bare, 'acute-compartment-syndrome'));
      expect(findingStepOf(r, 'acute-compartment-syndrome', 'pain-on-passive-muscle-stretch')?.counted).toBe(true);
    }
    const recent = run('unilateral-leg-swelling', setting, 25, 'male', [...compartment, '-leg-swelling-over-1-month']);
    expect(rankOf(recent, 'acute-compartment-syndrome')).toBeLessThanOrEqual(2);
    expect(recent.cantMiss.map((d) => d.conditionId)).toContain('acute-compartment-syndrome');
  });

  test.each(settings)('a man of 45 with a sudden calf injury and a painful swollen calf: calf tear in the first four, second once an ultrasound shows the tear, DVT still listed (%s)', (setting) => {
    for (const problem of ['unilateral-leg-swelling', 'leg-swelling']) {
      const r = run(problem, setting, 45, 'male', calfTear);
      const scanned = run(problem, setting, 45, 'male', [...calfTear, '+ultrasound-calf-muscle-tear']);
      expect(rankOf(r, 'calf-muscle-tear')).toBeGreaterThan(0);
      expect(rankOf(r, 'calf-muscle-tear')).toBeLessThanOrEqual(4);
      expect(p(r, 'calf-muscle-tear')).toBeGreaterThan(p(r, 'lymphoedema'));
      expect(rankOf(scanned, 'calf-muscle-tear')).toBeLessThanOrEqual(2);
      expect(p(scanned, 'calf-muscle-tear')).toBeGreaterThan(p(r, 'calf-muscle-tear'));
      expect(rankOf(scanned, 'deep-vein-thrombosis')).toBeGreaterThan(0);
    }
    const recent = run('unilateral-leg-swelling', setting, 45, 'male', [...calfTear, '-leg-swelling-over-1-month']);
    expect(rankOf(recent, 'calf-muscle-tear')).toBeLessThanOrEqual(2);
    expect(p(recent, 'calf-muscle-tear')).toBeGreaterThan(p(recent, 'chronic-venous-insufficiency'));
    expect(p(recent, 'calf-muscle-tear')).toBeGreaterThan(p(recent, 'post-thrombotic-syndrome'));
  });

  test.each(settings)('a diabetic hypertensive man of 68 with swollen legs, eGFR below 60 and proteinuria: chronic kidney disease second in both legs (heart failure first), in the first three in leg swelling, above chronic venous insufficiency (%s)', (setting) => {
    const both = run('bilateral-leg-swelling', setting, 68, 'male', ckd);
    expect(rankOf(both, 'chronic-kidney-disease')).toBeGreaterThan(0);
    expect(rankOf(both, 'chronic-kidney-disease')).toBeLessThanOrEqual(2);
    expect(p(both, 'chronic-kidney-disease')).toBeGreaterThan(p(both, 'chronic-venous-insufficiency'));
    const any = run('leg-swelling', setting, 68, 'male', ckd);
    expect(rankOf(any, 'chronic-kidney-disease')).toBeGreaterThan(0);
    expect(rankOf(any, 'chronic-kidney-disease')).toBeLessThanOrEqual(3);
    expect(p(any, 'chronic-kidney-disease')).toBeGreaterThan(p(any, 'chronic-venous-insufficiency'));
  });

  test.each(settings)('a woman of 50 with a painful, hyperpathic swollen leg after a fracture meeting the Budapest criteria: complex regional pain syndrome in the first four, above post-thrombotic syndrome (%s)', (setting) => {
    for (const problem of ['unilateral-leg-swelling', 'leg-swelling']) {
      const bare = run(problem, setting, 50, 'female', []);
      const r = run(problem, setting, 50, 'female', crps);
      expect(rankOf(r, 'complex-regional-pain-syndrome')).toBeGreaterThan(0);
      expect(rankOf(r, 'complex-regional-pain-syndrome')).toBeLessThanOrEqual(4);
      expect(p(r, 'complex-regional-pain-syndrome')).toBeGreaterThan(p(r, 'post-thrombotic-syndrome'));
      expect(p(r, 'complex-regional-pain-syndrome')).toBeGreaterThan(p(bare, 'complex-regional-pain-syndrome'));
      expect(findingStepOf(r, 'complex-regional-pain-syndrome', 'budapest-crps-clinical-criteria-met')?.grade).toBe('A');
    }
  });

  test.each(settings)('a tired woman of 55 with swollen legs, weight gain, dry skin and a raised TSH: hypothyroidism in the first three in both legs, first four in leg swelling, above pulmonary hypertension (%s)', (setting) => {
    const both = run('bilateral-leg-swelling', setting, 55, 'female', hypothyroid);
    expect(rankOf(both, 'hypothyroidism')).toBeGreaterThan(0);
    expect(rankOf(both, 'hypothyroidism')).toBeLessThanOrEqual(3);
    expect(p(both, 'hypothyroidism')).toBeGreaterThan(p(both, 'pulmonary-hypertension'));
    expect(findingStepOf(both, 'hypothyroidism', 'tsh-above-reference-range')?.counted).toBe(true);
    const any = run('leg-swelling', setting, 55, 'female', hypothyroid);
    expect(rankOf(any, 'hypothyroidism')).toBeGreaterThan(0);
    expect(rankOf(any, 'hypothyroidism')).toBeLessThanOrEqual(4);
  });

  test.each(settings)('a woman of 30 with a painful swollen left leg and CT venography showing iliac vein obstruction: iliac vein compression in the first three, above lymphoedema (%s)', (setting) => {
    for (const problem of ['unilateral-leg-swelling', 'leg-swelling']) {
      const bare = run(problem, setting, 30, 'female', []);
      const r = run(problem, setting, 30, 'female', mayThurner);
      expect(rankOf(r, 'iliac-vein-compression-syndrome')).toBeGreaterThan(0);
      expect(rankOf(r, 'iliac-vein-compression-syndrome')).toBeLessThanOrEqual(3);
      expect(p(r, 'iliac-vein-compression-syndrome')).toBeGreaterThan(p(r, 'lymphoedema'));
      expect(p(r, 'iliac-vein-compression-syndrome')).toBeGreaterThan(p(bare, 'iliac-vein-compression-syndrome'));
    }
  });

  test.each(settings)('gap: a man of 70 with a known cancer, weight loss and a swollen leg for over a month: malignancy listed but only sixth in one leg and tenth in leg swelling (%s)', (setting) => {
    const one = run('unilateral-leg-swelling', setting, 70, 'male', malignancy);
    expect(rankOf(one, 'malignancy')).toBeGreaterThan(0);
    expect(rankOf(one, 'malignancy')).toBeLessThanOrEqual(6);
    const any = run('leg-swelling', setting, 70, 'male', malignancy);
    expect(rankOf(any, 'malignancy')).toBeGreaterThan(0);
    expect(rankOf(any, 'malignancy')).toBeLessThanOrEqual(10);
  });

  test.each(settings)('gap: an obese snoring man of 55 with nocturnal gasping and swollen legs: sleep apnoea raised by its findings but only sixth in both legs (%s)', (setting) => {
    const bare = run('bilateral-leg-swelling', setting, 55, 'male', []);
    const r = run('bilateral-leg-swelling', setting, 55, 'male', osa);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(0);
    expect(rankOf(r, 'obstructive-sleep-apnoea')).toBeLessThanOrEqual(6);
    expect(p(r, 'obstructive-sleep-apnoea')).toBeGreaterThan(p(bare, 'obstructive-sleep-apnoea'));
    expect(findingStepOf(r, 'obstructive-sleep-apnoea', 'nocturnal-choking-or-gasping')?.grade).toBe('A');
    const any = run('leg-swelling', setting, 55, 'male', osa);
    expect(rankOf(any, 'obstructive-sleep-apnoea')).toBeGreaterThan(0);
  });
});

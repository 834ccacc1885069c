/**
 * Textbook presentations of bleeding or pain in early pregnancy entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 31, early-pregnancy curator `preg`).
 *
 * Fixed here: severe nausea and vomiting (hyperemesis) had no finding, so a molar pregnancy with hyperemesis, a uterus
 * larger than dates, a markedly raised hCG and a suggestive scan stayed third, behind ectopic pregnancy. Hyperemesis is
 * now a finding (`hyperemesis-in-pregnancy`, group gastrointestinal-upset) with a grade C ratio for gestational
 * trophoblastic disease: 12 of 113 hydatidiform moles (10.6%, PUMCH 2008, PMID 18773629) over hyperemesis gravidarum in
 * at most 2% of pregnancies (Lee & Saha 2011, PMC3676933): LR+ 5.3, LR- 0.912.
 *
 * Gaps (recorded, not tested as fixed):
 * - The molar pregnancy still ranks second behind miscarriage (about half of first-trimester bleeding, Watkins 2017),
 *   because the scan's ratio (tvus-suggests-molar-pregnancy, evidence/depth-m5-gu-womens.json, outside this curator's
 *   files) is graded C over the 25% policy background: a scan read as molar is far rarer than 25% among women without a
 *   mole (Stamatopoulos 2020 reported specificity and likelihood ratios, but the abstract read stops before them).
 * - Ectopic pregnancy with pain and an empty uterus ranks second behind miscarriage: no finding records "hCG above the
 *   discriminatory zone with an empty uterus", and no accuracy study of it in a comparable population was read.
 * - No finding records an open cervical os or tissue at the os (inevitable or incomplete miscarriage); the guard below
 *   uses bleeding with cramping only.
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const problem = 'early-pregnancy-pain-or-bleeding';
const molar = ['+abnormal-vaginal-bleeding', '+hyperemesis-in-pregnancy', '+uterine-size-greater-than-dates', '+serum-hcg-above-2-mom-for-gestation', '+tvus-suggests-molar-pregnancy', '-ultrasound-intrauterine-pregnancy-seen'];

describe('classic presentations of bleeding or pain in early pregnancy (session 31, preg)', () => {
  for (const setting of ['emergency', 'primary-care'] as const) {
    test(`${setting}: molar pregnancy with hyperemesis, large-for-dates uterus, high hCG and a molar scan ranks above ectopic pregnancy`, () => {
      const r = run(problem, setting, 38, 'female', molar);
      expect(rankOf(r, 'gestational-trophoblastic-disease')).toBeLessThanOrEqual(2);
      expect(p(r, 'gestational-trophoblastic-disease')).toBeGreaterThan(p(r, 'ectopic-pregnancy'));
      expect(findingStepOf(r, 'gestational-trophoblastic-disease', 'hyperemesis-in-pregnancy')?.grade).toBe('C');
    });
  }

  test('hyperemesis raises gestational trophoblastic disease over the same presentation without it', () => {
    const withIt = run(problem, 'emergency', 38, 'female', molar);
    const without = run(problem, 'emergency', 38, 'female', molar.filter((f) => f !== '+hyperemesis-in-pregnancy'));
    expect(p(withIt, 'gestational-trophoblastic-disease')).toBeGreaterThan(p(without, 'gestational-trophoblastic-disease'));
  });

  test('guard: hyperemesis alone with bleeding does not bring a mole into the first three', () => {
    const r = run(problem, 'emergency', 28, 'female', ['+abnormal-vaginal-bleeding', '+hyperemesis-in-pregnancy']);
    expect(rankOf(r, 'miscarriage')).toBe(1);
    const rank = rankOf(r, 'gestational-trophoblastic-disease');
    expect(rank === 0 || rank > 3).toBe(true);
  });

  test('guard: bleeding with cramping at 9 weeks leads with miscarriage', () => {
    const r = run(problem, 'primary-care', 30, 'female', ['+abnormal-vaginal-bleeding', '+abdominal-pain']);
    expect(rankOf(r, 'miscarriage')).toBe(1);
  });

  test('guard: pain with an empty uterus keeps ectopic pregnancy in the first two, above a mole', () => {
    const r = run(problem, 'emergency', 28, 'female', ['+abdominal-pain', '+abnormal-vaginal-bleeding', '-ultrasound-intrauterine-pregnancy-seen']);
    expect(rankOf(r, 'ectopic-pregnancy')).toBeLessThanOrEqual(2);
    expect(p(r, 'ectopic-pregnancy')).toBeGreaterThan(p(r, 'gestational-trophoblastic-disease'));
  });
});

/**
 * Textbook presentations of dysuria, vaginal discharge and early-pregnancy pain or bleeding entered as a clinician would
 * (findings only, no vignette), on the real knowledge base (session 29, round 4, curator r4gu). These guard what already
 * ranks right in those problems. Expectations are about order within one run, not percentages, since the recalibration
 * is refitted whenever the knowledge changes (order within a run holds with raw and recalibrated probabilities alike).
 *
 * Not fixed and not tested here (reported instead; no readable figure could be reached this round):
 * - a man's bare dysuria has no cited prior for urinary tract infection or sexually transmitted infection (both on the 3%
 *   policy value), so pyelonephritis (Ferry 1987, 5% of primary-care UTI episodes) leads;
 * - a 65-year-old man with fever and a tender prostate still has pyelonephritis first and prostatitis second (prostatitis
 *   has the 0.5% policy prior and grade C ratios over the 25% policy background);
 * - a woman's dysuria with a genital ulcer alone leaves genital herpes about sixth (prior 1%, Johns Hopkins Med J 1976;
 *   ulcer ratio over the policy background), and dysuria with vaginal discharge and irritation puts sexually transmitted
 *   infection (23%, an emergency cohort borrowed for primary care) above candidiasis (policy prior, no irritation ratio);
 * - a molar-looking scan with a raised hCG leaves gestational trophoblastic disease fourth: no specificity of ultrasound
 *   for hydatidiform mole in an unselected early-pregnancy population could be read with an identifier.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, listedProbOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of dysuria, vaginal discharge and early pregnancy (session 29, r4gu)', () => {
  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`${setting}: a 25-year-old woman with dysuria, multiple shallow tender genital ulcers and tender inguinal nodes: genital herpes in the first two, above sexually transmitted infection and candidiasis`, () => {
      // Corey 1983 (Ann Intern Med, doi 10.7326/0003-4819-98-6-958), primary first-episode genital herpes: local lesions
      // (ulcer frequency capped at 0.895 over the 0.25 policy background, LR 3.58) and tender adenopathy in 80% (LR 3.2).
      // DiCarlo 1997 (Clin Infect Dis, PMID 9332527): the classic description (multiple, shallow, tender ulcers) 35%
      // sensitive and 94% specific among men with genital ulcers (LR 5.83); measured within ulcer disease, so it counts
      // beside the ulcer itself. Urinary tract infection keeps its 48% prior (Bent 2002) and leads in primary care.
      const r = run('dysuria', setting, 25, 'female', ['+genital-ulcer', '+multiple-shallow-tender-genital-ulcers', '+axillary-or-inguinal-lymphadenopathy']);
      expect(rankOf(r, 'genital-herpes')).toBeGreaterThan(0);
      expect(rankOf(r, 'genital-herpes')).toBeLessThanOrEqual(2);
      expect(listedProbOf(r, 'genital-herpes')).toBeGreaterThan(p(r, 'sexually-transmitted-genitourinary-infection'));
      expect(listedProbOf(r, 'genital-herpes')).toBeGreaterThan(p(r, 'vulvovaginal-candidiasis'));
    });
  }

  test('a 25-year-old woman with dysuria, vaginal discharge and vaginal irritation: urinary tract infection leaves the top, below candidiasis', () => {
    // Bent 2002 (JAMA Rational Clinical Examination, doi 10.1001/jama.287.20.2701): history of vaginal discharge LR 0.3
    // (0.1-0.9) and of vaginal irritation LR 0.2 (0.1-0.9) for UTI; pretest probability 48%. Candidiasis keeps the 3%
    // usual-cause policy prior (age-under-50 ratio 1.79). Still wrong (reported): sexually transmitted infection (23%,
    // Tomas 2015 emergency cohort) stays above candidiasis.
    const bare = run('dysuria', 'primary-care', 25, 'female', []);
    const r = run('dysuria', 'primary-care', 25, 'female', ['+vaginal-discharge', '+vaginal-irritation']);
    expect(rankOf(bare, 'urinary-tract-infection')).toBe(1);
    expect(rankOf(r, 'urinary-tract-infection')).toBeGreaterThan(1);
    expect(listedProbOf(r, 'vulvovaginal-candidiasis')).toBeGreaterThan(p(r, 'urinary-tract-infection'));
    expect(p(r, 'urinary-tract-infection')).toBeLessThan(p(bare, 'urinary-tract-infection') / 2);
  });

  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`${setting}: a 28-year-old woman with vaginal discharge and trichomonads on the wet mount: trichomoniasis first, above candidiasis and bacterial vaginosis`, () => {
      // Ferris 1995 (J Fam Pract, PMID 7500067): clinician wet-mount microscopy for trichomoniasis, sensitivity 75.0%,
      // specificity 96.6% (LR 22) among 499 symptomatic women. Priors (Berg 1984 family practice): candidiasis 27%,
      // bacterial vaginosis 21%, trichomoniasis 8%.
      const r = run('vaginal-discharge', setting, 28, 'female', ['+trichomonads-on-wet-mount']);
      expect(rankOf(r, 'trichomoniasis')).toBe(1);
      expect(listedProbOf(r, 'trichomoniasis')).toBeGreaterThan(p(r, 'vulvovaginal-candidiasis'));
      expect(listedProbOf(r, 'trichomoniasis')).toBeGreaterThan(p(r, 'bacterial-vaginosis'));
    });
  }

  test('a 30-year-old woman in the emergency department with bleeding, a scan suggestive of molar pregnancy, hCG above 2 MoM, a uterus large for dates and a suppressed TSH: trophoblastic disease in the first two, above ectopic pregnancy and subchorionic haemorrhage', () => {
    // Prior 40 of 4,917 women scanned in early pregnancy (0.8%, Stamatopoulos 2020). Ratios (grade C over the policy
    // background): suspected on the scan in 25 of 40 moles (62.5%, Stamatopoulos 2020, LR 2.5); hCG above 2 MoM in 9 of
    // 15 (UCL 2005, LR 2.4); uterus large for dates in 46% (PUMCH 2008, LR 1.84); suppressed TSH (Ramos 2022, LR 2.01).
    // Ectopic pregnancy 13% (Dart 1999), subchorionic haemorrhage 11% (StatPearls). Still wrong (reported): miscarriage
    // (50%, Watkins 2017) stays first, since the scan's specificity in unselected early pregnancy could not be read.
    const r = run('early-pregnancy-pain-or-bleeding', 'emergency', 30, 'female', [
      '+tvus-suggests-molar-pregnancy',
      '+serum-hcg-above-2-mom-for-gestation',
      '+uterine-size-greater-than-dates',
      '+tsh-below-reference-range',
    ]);
    expect(rankOf(r, 'gestational-trophoblastic-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'gestational-trophoblastic-disease')).toBeLessThanOrEqual(2);
    expect(listedProbOf(r, 'gestational-trophoblastic-disease')).toBeGreaterThan(p(r, 'ectopic-pregnancy'));
    expect(listedProbOf(r, 'gestational-trophoblastic-disease')).toBeGreaterThan(p(r, 'subchorionic-haemorrhage'));
  });

  test('a 65-year-old man in primary care with dysuria, fever, a tender prostate and a raised PSA: prostatitis above cystitis and benign prostatic hyperplasia', () => {
    // Ilungabanza 2020 (Pan Afr Med J, doi 10.11604/pamj.2020.37.290.21260), 25 acute prostatitis cases: prostatic
    // tenderness on rectal examination in 72% (LR 2.88), fever over 38.5 C in 60% (LR 2.4), each over the 25% policy
    // background. Hara 2004 (Prostate, doi 10.1002/pros.20077): PSA raised in all six acute bacterial prostatitis cases
    // (LR 3.6). Still wrong (reported): pyelonephritis (5% prior, Ferry 1987; fever ratio, Pinson 1997) stays first.
    const r = run('dysuria', 'primary-care', 65, 'male', ['+fever', '+prostate-tenderness-on-dre', '+psa-above-reference-range']);
    expect(rankOf(r, 'prostatitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'prostatitis')).toBeLessThanOrEqual(2);
    expect(listedProbOf(r, 'prostatitis')).toBeGreaterThan(p(r, 'urinary-tract-infection'));
    expect(listedProbOf(r, 'prostatitis')).toBeGreaterThan(p(r, 'benign-prostatic-hyperplasia'));
  });
});

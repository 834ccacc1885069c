/**
 * Textbook presentations of postmenopausal and abnormal vaginal bleeding entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 31, curator gyn). Expectations are about order and direction, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 *
 * Fix recorded here: intermenstrual bleeding had no finding (only "irregular" menstrual bleeding and the broad abnormal
 * vaginal bleeding), so the bleeding pattern that Pennant 2017 found carries the higher cancer risk in premenopausal
 * abnormal bleeding (0.52% against 0.33% overall) moved nothing for endometrial cancer. New finding
 * `intermenstrual-bleeding`, grade B from the review's own counts (14/97 against 3095/28962: LR+ 1.35, LR- 0.958),
 * limited to vaginal bleeding (evidence/s31-gyn.json).
 *
 * Gaps, not fixed (see the session-31 report):
 * - A 48-year-old with intermenstrual bleeding, obesity and diabetes: endometrial cancer stays about tenth. The cited risk
 *   in premenopausal abnormal bleeding is 0.33% (Pennant 2017), 0.52% with intermenstrual bleeding; obesity (Soliman 2005
 *   / Wise 2016) and PCOS (Okamura 2017) raise it to about 1%, still far below ovulatory dysfunction, fibroids and polyps,
 *   so "top three" is not what the literature supports; NICE/ACOG's sampling at 45 or over is a testing threshold, not a
 *   ranking. Diabetes has a ratio only in postmenopausal bleeding (Davies 2021); premenopausal cohorts read (Bagepalli
 *   Srinivas 2020, Giannella 2019, the AIIMS Patna 2021 cohort) give odds ratios in the abstract, not frequencies. No
 *   age step: no share of premenopausal endometrial cancers at 45 or over against the bleeding cohort's ages was read.
 * - A 58-year-old with postmenopausal bleeding, postcoital bleeding and a cervix that looks malignant: cervical cancer does
 *   not lead. Referral series of a clinically suspicious cervix find invasive cancer in a few per cent (Milingos 2010:
 *   4 of 95; a Cambridge two-week-wait series: PPV 0.31% for abnormal appearance), so the existing ratio (Rosenthal 2001,
 *   LR+ 3.2, giving a few per cent from a 1.3% prior) matches what was read; leading is not supported.
 * - Ovarian cancer with bloating, an adnexal mass on bimanual examination and CA-125 of 35 or more is second in
 *   postmenopausal bleeding (below endometrial atrophy); the adnexal mass itself has no ovarian-cancer ratio (Ebell 2016's
 *   abdominal mass LR+ 30 is on `palpable-abdominal-mass`, "abdominal or pelvic mass").
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of gynaecological bleeding (session 31, gyn)', () => {
  test('a 48-year-old with obesity, polycystic ovary syndrome and intermenstrual bleeding: endometrial cancer higher than with the same risk factors alone, on the can\'t-miss list, with a grade B step', () => {
    // Pennant 2017 (BJOG, doi 10.1111/1471-0528.14385), abstract: 14 cancers among 3,109 women with intermenstrual
    // bleeding, 97 among 29,059 with premenopausal abnormal bleeding (LR+ 1.35). Before session 31 the finding did not exist.
    const imb = run('vaginal-bleeding', 'primary-care', 48, 'female', ['+intermenstrual-bleeding', '+bmi-30-or-more', '+polycystic-ovary-syndrome']);
    const noImb = run('vaginal-bleeding', 'primary-care', 48, 'female', ['+bmi-30-or-more', '+polycystic-ovary-syndrome']);
    expect(p(imb, 'endometrial-cancer')).toBeGreaterThan(p(noImb, 'endometrial-cancer'));
    expect(rankOf(imb, 'endometrial-cancer')).toBeLessThanOrEqual(rankOf(noImb, 'endometrial-cancer'));
    expect(findingStepOf(imb, 'endometrial-cancer', 'intermenstrual-bleeding')?.grade).toBe('B');
    expect(imb.cantMiss.map((d) => d.conditionId)).toContain('endometrial-cancer');
    // ovulatory dysfunction still leads: the literature does not put endometrial cancer in the top three at 48
    expect(rankOf(imb, 'anovulatory-uterine-bleeding')).toBe(1);
  });

  test('intermenstrual bleeding raises endometrial cancer in the emergency department too, and only in vaginal bleeding', () => {
    const imb = run('vaginal-bleeding', 'emergency', 48, 'female', ['+intermenstrual-bleeding', '+bmi-30-or-more']);
    const bare = run('vaginal-bleeding', 'emergency', 48, 'female', ['+bmi-30-or-more']);
    expect(p(imb, 'endometrial-cancer')).toBeGreaterThan(p(bare, 'endometrial-cancer'));
    // the ratio was measured in premenopausal abnormal bleeding: it does not count in postmenopausal bleeding
    const pmb = run('postmenopausal-bleeding', 'primary-care', 58, 'female', ['+intermenstrual-bleeding']);
    expect(findingStepOf(pmb, 'endometrial-cancer', 'intermenstrual-bleeding')?.counted ?? false).toBe(false);
  });

  test('a 62-year-old with postmenopausal bleeding, bloating, an adnexal mass and a CA-125 of 35 or more: ovarian cancer in the top three, above endometrial cancer (regression guard)', () => {
    // Ebell 2016 (PMID 26541098): bloating LR+ 9.3; CA-125 >= 35 U/mL sensitivity 0.80, specificity 0.75 for malignancy
    // in pelvic masses. The adnexal mass has no ovarian-cancer ratio yet (header).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('postmenopausal-bleeding', setting, 62, 'female', ['+abdominal-bloating', '+adnexal-mass-on-examination', '+ca125-35-or-more']);
      expect(rankOf(r, 'ovarian-cancer')).toBeGreaterThan(0);
      expect(rankOf(r, 'ovarian-cancer')).toBeLessThanOrEqual(3);
      expect(p(r, 'ovarian-cancer')).toBeGreaterThan(p(r, 'endometrial-cancer'));
    }
  });

  test('a 58-year-old with postmenopausal bleeding, postcoital bleeding and a cervix that looks malignant: cervical cancer on the can\'t-miss list and above its bare-complaint rank (regression guard)', () => {
    // Rosenthal 2001 (PMID 11212982): 8 of 10 cervical or vaginal cancers clinically apparent (LR+ 3.2, grade C).
    const r = run('postmenopausal-bleeding', 'primary-care', 58, 'female', ['+postcoital-bleeding', '+cervix-suspicious-for-cancer-on-speculum-examination']);
    const bare = run('postmenopausal-bleeding', 'primary-care', 58, 'female', []);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('cervical-cancer');
    expect(rankOf(r, 'cervical-cancer')).toBeLessThan(rankOf(bare, 'cervical-cancer'));
  });
});

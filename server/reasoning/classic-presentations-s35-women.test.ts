/**
 * Women's complaints, scrotal pain and haematuria (session 35, curator "women"): the engine's misses in gynaecological,
 * pregnancy and genitourinary complaints, near misses first, each entered here as its textbook picture (problem, setting,
 * age, sex, findings; no vignette wording) on the real knowledge base.
 *
 * What was wrong:
 * - A ureteric stone referred to the testis (a man of 38 with left scrotal pain, loin pain, nausea or vomiting and blood on
 *   the urine strip, no fever, no dysuria) ranked fourth in scrotal pain, behind epididymo-orchitis, torsion and hydrocele:
 *   vomiting weighed for torsion (Sharp 2013, LR+ 2.18) but for no other cause, although renal colic vomits at least as
 *   often. The same gap left the stone below bladder cancer, prostatic enlargement and cystitis for a man of 55 in primary
 *   care with visible haematuria, loin pain and vomiting.
 * Added (evidence/s35-women.json; citation wang-2016-annemergmed-managing-urolithiasis, new):
 * - urolithiasis x nausea-or-vomiting, LR+ 2.18, grade C, scrotal pain and haematuria only: Wang 2016 (Ann Emerg Med
 *   67:449-454, doi 10.1016/j.annemergmed.2015.10.021), Introduction: 'Ureteral stones can cause acute unilateral flank
 *   pain radiating to the groin, often accompanied by nausea, vomiting, and urinary symptoms' ('often' mapped to the HPO
 *   frequent midpoint 0.545, over the 0.25 policy background). No LR- ('often' bounds no absence; painless stones found on
 *   a haematuria work-up do not vomit). Not applied to abdominal, flank or back pain, where vomiting is common among the
 *   comparison causes and no single symptom reaches LR+ 2 for a stone (Dahm 2022).
 * Before / after (calibrated): the referred-stone picture 4th -> 3rd in both settings (behind epididymo-orchitis, whose
 *   58% Roth 2018 prior nothing in it lowers, and torsion, which vomiting also raises); the haematuria picture in primary
 *   care 4th -> 2nd (behind bladder cancer); a stone with only scrotal pain and vomiting about doubles (2.5% -> 5.3%).
 *
 * Gaps (reported, not fixed; no readable figure with an identifier):
 * - IgA nephropathy / glomerulonephritis with visible haematuria during a sore throat (synpharyngitic haematuria) has no
 *   sore-throat ratio. Lead: 'Effect of tonsillectomy and its timing on renal outcomes in Caucasian IgA nephropathy
 *   patients', Int Urol Nephrol, doi 10.1007/s11255-014-0818-7, Introduction: 'mainly in children or in young adults, IgAN
 *   often presents with recurrent episodes of macrohaematuria associated coincidentally or immediately with upper
 *   respiratory tract infections, particularly tonsillitises' (authors and year not displayed, so not registered).
 * - Interstitial cystitis in chronic pelvic pain (six months, nocturia, frequency, negative dipstick) stays fourth behind
 *   the chronic-pelvic-pain priors of IBS (Williams 2004) and non-specific pain (Zondervan 1999) and PID's usual-cause policy
 *   prior: no share of IC among women with chronic pelvic pain fits beside them (referral series give 38-82%, which the sum
 *   check would refuse), and IC is not a usual cause in the Kruszka 2010 coverage list, so it keeps the 0.5% policy prior.
 * - Scrotal pain with nothing but age (testicular cancer at 31, hydrocele at 28, a left varicocele at 21): no finding
 *   separates them from the emergency-cohort priors borrowed for primary care; the varicocele side ratio (70.6% left,
 *   Alkhamees 2020) is below the textbook 'about 90%', for which no source with an identifier was read.
 * - Molar pregnancy with vomiting, pelvic pain, tachycardia and anaemia: vomiting in early pregnancy is not hyperemesis
 *   (the only vomiting ratio, LR+ 5.3, needs hyperemesis recorded); no anaemia frequency in modern mole series was read.
 * - Cervical and ovarian cancer in postmenopausal bleeding with no other finding; endometrial cancer and hyperplasia in
 *   women of 30-35 with abnormal or heavy bleeding: nothing on such charts moves them (see s32/s33 vagbleed gaps).
 * - PID under vaginal discharge (a febrile woman of 19 with left-lower-quadrant pain and dyspareunia): lower-quadrant pain
 *   is not read as pelvic pain, so PID's pelvic-pain ratio does not count; abdominal pain and pelvic pain are in different
 *   correlation groups, so a parallel abdominal-pain ratio would double count (finding-file change for the lead). Abdominal
 *   tenderness is curator "tender"'s. No PID fever frequency with an identifier was read.
 * - Renal cancer in emergency haematuria with loin pain: no flank-pain frequency in renal cancer was read (Vasudev 2020
 *   BMJ Open 10(5):e035938 abstract gives visible haematuria 23% only).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const referredStone = [
  '+scrotal-or-testicular-pain-or-swelling',
  '+left-sided-scrotal-pain-or-swelling',
  '+flank-pain',
  '+nausea-or-vomiting',
  '+urine-dipstick-blood-positive',
  '-fever',
  '-dysuria',
];

describe('women, scrotal pain and haematuria: session 35 misses (women)', () => {
  test.each(settings)('a man of 38 with left scrotal pain, loin pain, vomiting and blood on the strip: a ureteric stone in the first three (%s)', (setting) => {
    // Before: fourth (behind epididymo-orchitis, torsion and hydrocele).
    const r = run('scrotal-pain', setting, 38, 'male', referredStone);
    expect(rankOf(r, 'urolithiasis')).toBeGreaterThan(0);
    expect(rankOf(r, 'urolithiasis')).toBeLessThanOrEqual(3);
    expect(p(r, 'urolithiasis')).toBeGreaterThan(p(r, 'hydrocele'));
    expect(findingStepOf(r, 'urolithiasis', 'nausea-or-vomiting')?.counted).toBe(true);
  });

  test.each(settings)('vomiting raises a ureteric stone in scrotal pain (LR+ 2.18) (%s)', (setting) => {
    const withVomiting = run('scrotal-pain', setting, 38, 'male', ['+scrotal-or-testicular-pain-or-swelling', '+vomiting']);
    const bare = run('scrotal-pain', setting, 38, 'male', ['+scrotal-or-testicular-pain-or-swelling']);
    expect(p(withVomiting, 'urolithiasis')).toBeGreaterThanOrEqual(1.5 * p(bare, 'urolithiasis'));
  });

  test.each(settings)('a man of 55 with visible haematuria, loin pain and vomiting: a stone in the first two (%s)', (setting) => {
    // Before: fourth in primary care (behind bladder cancer, prostatic enlargement and cystitis); first in the emergency department.
    const r = run('haematuria', setting, 55, 'male', ['+haematuria', '+visible-haematuria', '+flank-pain', '+nausea-or-vomiting']);
    expect(rankOf(r, 'urolithiasis')).toBeGreaterThan(0);
    expect(rankOf(r, 'urolithiasis')).toBeLessThanOrEqual(2);
    const withoutVomiting = run('haematuria', setting, 55, 'male', ['+haematuria', '+visible-haematuria', '+flank-pain']);
    expect(p(r, 'urolithiasis')).toBeGreaterThan(p(withoutVomiting, 'urolithiasis'));
  });

  test('the stone vomiting ratio stays out of acute abdominal pain and low back pain', () => {
    const abdo = run('acute-abdominal-pain', 'emergency', 40, 'male', ['+abdominal-pain', '+flank-pain', '+nausea-or-vomiting']);
    expect(findingStepOf(abdo, 'urolithiasis', 'nausea-or-vomiting')?.counted ?? false).toBe(false);
    const back = run('low-back-pain', 'emergency', 40, 'male', ['+flank-pain', '+nausea-or-vomiting']);
    expect(findingStepOf(back, 'urolithiasis', 'nausea-or-vomiting')?.counted ?? false).toBe(false);
  });

  test.each(settings)('a man of 19 with scrotal pain, vomiting and an absent cremasteric reflex: torsion still above a stone (%s)', (setting) => {
    const r = run('scrotal-pain', setting, 19, 'male', ['+scrotal-or-testicular-pain-or-swelling', '+nausea-or-vomiting', '+absent-cremasteric-reflex']);
    expect(rankOf(r, 'testicular-torsion')).toBeGreaterThan(0);
    expect(rankOf(r, 'testicular-torsion')).toBeLessThanOrEqual(2);
    expect(p(r, 'testicular-torsion')).toBeGreaterThan(p(r, 'urolithiasis'));
  });
});

/**
 * Classic presentations, session 41 (gyn2): vaginal discharge with pelvic pain and cervical motion tenderness.
 *
 * CHANGED
 * 1. New grade C entry (server/knowledge/data/evidence/s41-gyn2.json): physiological-vaginal-discharge x
 *    pelvic-pain-symptom, appliesTo vaginal-discharge only, LR+ 0.1, LR- 1.3 (HPO very rare class 0.025 over the policy
 *    background 0.25). Citation sim-2020-singaporemedj-vaginal-discharge-primary-care (doi 10.11622/smedj.2020088), read
 *    2026-12-07 at https://www.doi.org/10.11622/smedj.2020088: section 'Abnormal vaginal discharge' names pelvic pain
 *    among the symptoms that characterise ABNORMAL discharge ('may be associated with symptoms such as itch, soreness,
 *    dysuria, pelvic pain, intermenstrual ...'); section 'Normal vaginal discharge': normal discharge 'should not be
 *    associated with symptoms such as itching, redness and swelling'. Direction agrees with Dorjey 2022 (PMID 36090622,
 *    PMC9436175) abstract: lower abdominal pain 'significantly associated with infectious vaginal discharge' (no counts).
 *    Probe (woman of 24, primary care, discharge + pelvic pain + cervical motion and adnexal tenderness + fever):
 *    before: physiological 26.6% (1st), candidiasis 22.3%, BV 18.6%, trichomoniasis 9.5%, PID 6.8% (5th; 6th without
 *    the pain finding). After: candidiasis, BV, trichomoniasis, PID 5.0% (4th), physiological 4.9% (5th).
 *
 * DECLINED
 * - Physiological discharge prior 0.34 (Berg 1984 'no infection in 34%', US family practice) -> 0.10: Sim 2020 says
 *   'Normal vaginal discharge is found in 10% of those who present with vaginal discharge.(4)' (its reference 4 not
 *   read) and Dorjey 2022 measured 38/400 (9.5%) with no infective cause in a Bhutanese hospital. Dorjey's category is
 *   the same as Berg's ('no infective cause'), so the gap is setting, not category, and Sim's figure is unsourced here;
 *   the primary-care cohort figure was kept (it is also the premise of the session 39 guard). Tried and reverted.
 * - PID prior in vaginal discharge (policy 0.005): no share of PID among women presenting with discharge was found.
 * - Fever for PID: Simms 2003 (Sex Transm Infect, Lund laparoscopy data) abstract reports ratios 0.97-1.73 for all
 *   signs including fever >38 C in women with suspected PID; measured against other causes of pelvic pain, not against
 *   vaginitis, and no per-sign figure was read. Not entered.
 * - Pain or cervical motion tenderness against candidiasis and bacterial vaginosis: the tables seen (NICE CKS summary,
 *   an MRCEM copy of it) only omit pain from those infections' symptom lists; an omission is not a definition. Not entered.
 * - Gestational trophoblastic disease in early-pregnancy pain or bleeding: Stamatopoulos 2020 (PMID 32067222) abstract
 *   gives sensitivity (25/40) but its specificity/PPV lay beyond the text read; Kirk 2007 (doi 10.1002/uog.3875) PPV
 *   27/56 with sensitivity from 61 moles, no specificity denominator read; an Afghan series (18864 pregnancies, 53/72
 *   confirmed) had no persistent identifier seen. The existing TVUS entry (LR 2.5) was left as is.
 * - Pelvic pain (IC/BPS, Crohn's): not reached in the time available; leads listed in the report.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const SIM = 'sim-2020-singaporemedj-vaginal-discharge-primary-care';
const PID_PICTURE = ['+pelvic-pain-symptom', '+cervical-motion-tenderness', '+adnexal-tenderness', '+fever'];

describe('classic presentations, session 41 (gyn2): discharge with pelvic pain is not physiological', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['pelvic-pain-symptom', 'cervical-motion-tenderness', 'adnexal-tenderness', 'fever'], ['physiological-vaginal-discharge', 'pelvic-inflammatory-disease', 'vulvovaginal-candidiasis']);
  });

  test('discharge with pelvic pain, cervical motion tenderness and fever: PID above physiological discharge', () => {
    const r = run('vaginal-discharge', 'primary-care', 24, 'female', PID_PICTURE);
    const step = findingStepOf(r, 'physiological-vaginal-discharge', 'pelvic-pain-symptom');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeLessThan(1);
    expect(step?.source?.citation).toBe(SIM);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeLessThan(rankOf(r, 'physiological-vaginal-discharge'));
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeLessThanOrEqual(4);
  });

  test('without pain the physiological entry does not fire', () => {
    const r = run('vaginal-discharge', 'primary-care', 24, 'female', ['-pelvic-pain-symptom']);
    const step = findingStepOf(r, 'physiological-vaginal-discharge', 'pelvic-pain-symptom');
    expect(step === undefined || step.counted === false || step.lr >= 1).toBe(true);
  });

  test('the entry stays in discharge: in pelvic pain it does not apply', () => {
    const r = run('pelvic-pain', 'primary-care', 24, 'female', ['+pelvic-pain-symptom']);
    const step = findingStepOf(r, 'physiological-vaginal-discharge', 'pelvic-pain-symptom');
    expect(step?.source?.citation).not.toBe(SIM);
  });
});

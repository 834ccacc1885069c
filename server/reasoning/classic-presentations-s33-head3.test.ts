/**
 * Headache in adults, both settings (session 33, round 2, curator "head3"): textbook presentations entered as a
 * clinician would (problem, setting, age, sex, findings; no vignette), on the real knowledge base. Pictures: cerebral
 * venous thrombosis (CVT) in a young woman on the combined pill, idiopathic intracranial hypertension (IIH) in an obese
 * young woman with a daily headache, giant cell arteritis (GCA) in an older patient.
 *
 * What was wrong:
 * - A woman of 32 on the pill in the emergency department with a headache, a first seizure and a focal deficit had
 *   migraine first and CVT second (27.6% against 21.3% without recalibration): nothing lowered a primary headache when
 *   a deficit was found, so migraine kept its 24.3% prior (HEAD study) while CVT climbed from 1.1%.
 * - An obese woman of 27 with a daily headache, transient visual obscurations and pulsatile tinnitus (papilloedema not
 *   recorded) had migraine first, medication-overuse headache second and IIH third: a headache on 15 or more days a
 *   month raised medication-overuse headache (LR+ 5.89) and nothing else.
 *
 * Added (evidence/s33-head3.json, all grade B, headache only):
 * - migraine, tension-type headache and medication-overuse headache x focal neurological deficit: LR+ 0.384, LR- 1.063,
 *   Tantarattanapong 2019 (Emerg Med Int, PMID 31885925) Table 2, 'Neurological deficit' 13 of 366 headaches without a
 *   serious intracranial cause (3.6%) over 42 of 454 in the whole emergency cohort (9.25%, the background of CVT's own
 *   deficit ratio 5.89): the complementary ratio for causes outside the category the study measured (session 30 rule).
 * - IIH x headache on 15 or more days a month: LR+ 5.66, LR- 0.165, Yri 2015 (Cephalalgia, PMID 25228684) abstract,
 *   daily headache in 86% of 44 new-onset IIH patients, over Cha 2016's 15.2% chronic daily headache among 1,627
 *   first-visit headache patients (the background of the medication-overuse headache entry for the same finding).
 * After: CVT first for the pill, a seizure and a deficit in the emergency department; IIH first for the obese woman with
 * a daily headache, obscurations and pulsatile tinnitus in both settings.
 *
 * Gaps (reported, not asserted):
 * - The pill, a first seizure and a raised D-dimer without a deficit or papilloedema leave migraine narrowly first in the
 *   emergency department: CVT x new-onset seizure still uses the 25% policy background (no frequency of seizures among
 *   emergency headache patients could be read; Tantarattanapong's Table 1 was not reachable), and nothing lowers
 *   migraine for a seizure. The pill and a deficit alone leave migraine and CVT about level.
 * - No finding for the puerperium (postpartum CVT) or for a headache progressing over days; no figure with a cited
 *   background for either.
 * - In primary care a man of 74 with jaw claudication, a tender temporal artery, an ESR over 40 and a raised CRP, with
 *   the headache's onset age unrecorded, has tension-type headache narrowly above GCA (male sex raises tension-type
 *   headache, Houle 2020; nothing in the base lowers it for these signs). With the onset recorded GCA is first (s30).
 * - Carbon monoxide poisoning: not changed (guards in s27-b, s27-d, s28).
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const iihPicture = ['+bmi-30-or-more', '+transient-visual-obscurations', '+pulsatile-tinnitus', '+headache-15-or-more-days-per-month'];

describe('classic presentations of headache (session 33, round 2, head3)', () => {
  test('a woman of 32 on the pill in the emergency department with a headache, a first seizure and a focal deficit: CVT first, above migraine', () => {
    // CVT: focal deficit LR+ 5.89 (Borhani Haghighi 2012 over Tantarattanapong 2019), seizure 2.18, pill 1.9. Migraine:
    // focal deficit LR+ 0.384 (new). Before: migraine first.
    const r = run('headache', 'emergency', 32, 'female', ['+exogenous-oestrogen-use', '+new-onset-seizure', '+focal-neurological-deficit']);
    expect(rankOf(r, 'cerebral-venous-thrombosis')).toBe(1);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(r, 'migraine'));
  });

  test('a focal deficit lowers the primary headaches in headache (Tantarattanapong 2019 complement), in both settings', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const bare = run('headache', setting, 40, 'female', []);
      const r = run('headache', setting, 40, 'female', ['+focal-neurological-deficit']);
      for (const id of ['migraine', 'tension-type-headache', 'medication-overuse-headache']) {
        expect(p(r, id)).toBeLessThan(p(bare, id));
        expect(findingStepOf(r, id, 'focal-neurological-deficit')?.lr).toBeCloseTo(0.384, 2);
      }
      expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(bare, 'cerebral-venous-thrombosis'));
    }
  });

  test('the migraine deficit ratio stays in headache: it does not count for migraine in dizziness', () => {
    // Measured among emergency headache patients only (appliesTo headache).
    const r = run('dizziness', 'emergency', 40, 'female', ['+focal-neurological-deficit']);
    expect(findingStepOf(r, 'migraine', 'focal-neurological-deficit')?.counted ?? false).toBe(false);
  });

  test('an obese woman of 27 with a daily headache, transient visual obscurations and pulsatile tinnitus: IIH first, in both settings', () => {
    // IIH: daily headache LR+ 5.66 (new; Yri 2015 / Cha 2016), BMI 30 or more 3.04, obscurations 2.72, pulsatile tinnitus
    // 2.08. Medication-overuse headache: the same finding LR+ 5.89. Before: migraine, then medication-overuse headache.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('headache', setting, 27, 'female', iihPicture);
      expect(rankOf(r, 'idiopathic-intracranial-hypertension')).toBe(1);
      expect(p(r, 'idiopathic-intracranial-hypertension')).toBeGreaterThan(p(r, 'medication-overuse-headache'));
      expect(p(r, 'idiopathic-intracranial-hypertension')).toBeGreaterThan(p(r, 'migraine'));
    }
  });

  test('a daily headache raises IIH and a headache on fewer days lowers it', () => {
    // Yri 2015 86% daily / Cha 2016 15.2%: LR+ 5.66, LR- 0.14/0.848 = 0.165.
    const base = ['+bmi-30-or-more', '+pulsatile-tinnitus'];
    const bare = run('headache', 'primary-care', 27, 'female', base);
    const daily = run('headache', 'primary-care', 27, 'female', [...base, '+headache-15-or-more-days-per-month']);
    const notDaily = run('headache', 'primary-care', 27, 'female', [...base, '-headache-15-or-more-days-per-month']);
    expect(p(daily, 'idiopathic-intracranial-hypertension')).toBeGreaterThan(p(bare, 'idiopathic-intracranial-hypertension'));
    expect(p(notDaily, 'idiopathic-intracranial-hypertension')).toBeLessThan(p(bare, 'idiopathic-intracranial-hypertension'));
    expect(findingStepOf(daily, 'idiopathic-intracranial-hypertension', 'headache-15-or-more-days-per-month')?.grade).toBe('B');
  });

  test('a woman of 74 in the emergency department with jaw claudication, a tender temporal artery, ESR over 40 and a raised CRP: GCA first', () => {
    // Guard (van der Geest 2020: jaw claudication 4.90, temporal artery tenderness 1.93, ESR over 40 1.49; Ponte 2022 age).
    const r = run('headache', 'emergency', 74, 'female', ['+jaw-claudication', '+temporal-artery-tenderness', '+esr-over-40', '+crp-above-reference-range']);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'tension-type-headache'));
  });

  test('a bare headache at 30 keeps migraine first in both settings (the new entries move nothing without their findings)', () => {
    expect(rankOf(run('headache', 'primary-care', 30, 'female', []), 'migraine')).toBe(1);
    expect(rankOf(run('headache', 'emergency', 30, 'female', []), 'migraine')).toBe(1);
  });
});

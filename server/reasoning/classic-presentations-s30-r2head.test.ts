/**
 * Textbook presentations of headache entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 30, round 2, headache curator "r2head").
 *
 * New: migraine has an age step of its own. Current age 65 or over (not age at onset, which is often unrecorded) in
 * one Spanish specialist headache clinic: 86 of about 1,532 migraine diagnoses against 276 of about 1,359 other headache
 * diagnoses (Ruiz 2014: 262 of the unit's first 1,868 patients were 65 or over, 23.8% of their 362 headaches migraine;
 * Pedraza 2015: migraine 53% of 3,095 headaches in its first 2,000 patients), grade B, LR+ 0.276, LR- 1.18. It shares a
 * correlation group with a headache that began at 65 or over (Song 2016, LR+ 0.17), so age is not counted twice. Before
 * this round a 75-year-old with a headache of unrecorded onset kept migraine at its all-ages prior (24.3%, first in both
 * settings); now migraine falls to about a third of that and tension-type headache leads in the emergency department
 * (in general practice migraine and tension-type headache are level, since tension-type headache has no current-age
 * step). A side effect of the single cut: patients under 65 get LR 1.18, so a 60-year-old's migraine rises slightly.
 *
 * The other tests guard how the base already separates cerebral venous thrombosis (CVT) from idiopathic intracranial
 * hypertension (IIH) in a young woman on the combined pill with papilloedema, and the meningitis ranking with fever,
 * neck stiffness and confusion.
 *
 * Gaps still open (not asserted, since they are wrong now and no cited figure with an identifier was found):
 * - Nothing lowers migraine for fever, neck stiffness, papilloedema or an instantly peaking headache. In the emergency
 *   department a woman of 35 with fever, neck stiffness, nausea and photophobia still has migraine first, just above
 *   viral meningitis; in general practice fever with neck stiffness leaves migraine first because the meningitis
 *   neck-stiffness ratios apply in the emergency department only (their background is the Ottawa emergency cohort).
 * - A known migraineur (history of migraine) with headache has medication-overuse headache above migraine: migraine has
 *   no history-of-migraine ratio in headache (the HEAD migraine sub-study's 77.7% previously diagnosed was read without
 *   an identifier).
 * - With papilloedema alone in a young woman, CVT and IIH are about level, while eye-clinic papilloedema series are
 *   mostly IIH; brain tumour has no papilloedema ratio at all (a man of 62 with papilloedema does not list it in the
 *   top five).
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const pillAndDiscs = ['+exogenous-oestrogen-use', '+papilloedema'];

describe('classic presentations of headache (session 30, round 2, r2head)', () => {
  test('a woman of 28 on the combined pill with headache, papilloedema and a first seizure in general practice: CVT first, above IIH', () => {
    // CVT: new-onset seizure (grade C, 0.545 over the 0.25 policy background, LR+ 2.18), oral contraceptive use LR+ 1.9
    // (de Bruijn 1998), papilloedema LR+ 20.7 (Park 2023 / Sachdeva 2018). IIH: papilloedema LR+ 35.3 (Korsbaek 2023),
    // no seizure ratio. Without the seizure IIH is level with or above CVT.
    const without = run('headache', 'primary-care', 28, 'female', pillAndDiscs);
    const r = run('headache', 'primary-care', 28, 'female', [...pillAndDiscs, '+new-onset-seizure']);
    expect(rankOf(r, 'cerebral-venous-thrombosis')).toBe(1);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(r, 'idiopathic-intracranial-hypertension'));
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(without, 'cerebral-venous-thrombosis'));
  });

  test('an obese woman of 28 on the pill with papilloedema, transient visual obscurations and pulsatile tinnitus: IIH first, above CVT', () => {
    // IIH: BMI 30 or more (grade C, LR+ 3.04), transient visual obscurations (C, LR+ 2.72) and pulsatile tinnitus
    // (C, LR+ 2.08), papilloedema LR+ 35.3 (Korsbaek 2023; same raised-intracranial-pressure group as the obscurations,
    // so only the stronger counts). CVT keeps the pill (LR+ 1.9) and papilloedema (LR+ 20.7).
    const r = run('headache', 'primary-care', 28, 'female', [
      ...pillAndDiscs,
      '+transient-visual-obscurations',
      '+pulsatile-tinnitus',
      '+bmi-30-or-more',
    ]);
    expect(rankOf(r, 'idiopathic-intracranial-hypertension')).toBe(1);
    expect(p(r, 'idiopathic-intracranial-hypertension')).toBeGreaterThan(p(r, 'cerebral-venous-thrombosis'));
  });

  test('a negative D-dimer in the emergency department puts CVT below IIH in a woman on the pill with papilloedema', () => {
    // Alons 2015 (headache patients in the emergency department): D-dimer sensitivity 97.8%, specificity 84.9%, so a
    // negative result gives LR- 0.026 for CVT; IIH has no D-dimer ratio.
    const without = run('headache', 'emergency', 28, 'female', pillAndDiscs);
    const r = run('headache', 'emergency', 28, 'female', [...pillAndDiscs, '-d-dimer-positive']);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeLessThan(p(without, 'cerebral-venous-thrombosis'));
    expect(p(r, 'idiopathic-intracranial-hypertension')).toBeGreaterThan(p(r, 'cerebral-venous-thrombosis'));
    expect(findingStepOf(r, 'cerebral-venous-thrombosis', 'd-dimer-positive')?.lr).toBeLessThan(0.1);
  });

  test('a headache at 75 with its onset unrecorded: migraine lower than at 30, tension-type headache first in the emergency department', () => {
    // Ruiz 2014 / Pedraza 2015 (one specialist headache clinic): migraine diagnoses in patients 65 or over 0.0561,
    // other headache diagnoses 0.2031; LR+ 0.276 at 65 or over, LR- 1.18 under 65. Tension-type headache: 9.9% prior
    // (Garcia-Azorin 2020), no current-age step.
    const young = run('headache', 'primary-care', 30, 'female', []);
    const old = run('headache', 'primary-care', 75, 'female', []);
    expect(p(old, 'migraine')).toBeLessThan(p(young, 'migraine') / 2);
    const step = findingStepOf(old, 'migraine', 'age-over-65');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeCloseTo(0.276, 2);
    const ed = run('headache', 'emergency', 75, 'male', []);
    expect(rankOf(ed, 'tension-type-headache')).toBe(1);
    expect(p(ed, 'tension-type-headache')).toBeGreaterThan(p(ed, 'migraine'));
  });

  test('a headache that began at 65 or over and age 65 or over count once for migraine (one correlation group)', () => {
    // Onset at 65 or over implies age 65 or over: only the stronger step counts (Song 2016 onset LR+ 0.17 against the
    // clinic's age LR+ 0.276).
    const r = run('headache', 'primary-care', 75, 'female', ['+headache-onset-at-65-or-over']);
    expect(findingStepOf(r, 'migraine', 'headache-onset-at-65-or-over')?.counted).toBe(true);
    expect(findingStepOf(r, 'migraine', 'age-over-65')?.counted).toBe(false);
  });

  test('the D-dimer ratio is not applied to CVT in general practice (its study population was emergency patients)', () => {
    // infneuro-headache.json: CVT x D-dimer is limited to emergency headache (Alons 2015).
    const r = run('headache', 'primary-care', 28, 'female', [...pillAndDiscs, '-d-dimer-positive']);
    expect(findingStepOf(r, 'cerebral-venous-thrombosis', 'd-dimer-positive')?.counted ?? false).toBe(false);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeCloseTo(p(run('headache', 'primary-care', 28, 'female', pillAndDiscs), 'cerebral-venous-thrombosis'), 6);
  });

  test('fever, neck stiffness and confusion in the emergency department: bacterial meningitis first, above migraine', () => {
    // Bacterial meningitis: neck stiffness LR+ 12.0 (van de Beek 2004 83% / Perry 2010 6.9%), fever (grade C, 3.08),
    // confusion (grade C, 2.76); prior 0.44% (Tantarattanapong 2019). Migraine keeps its 24.3% prior (no ratio for these
    // findings could be cited).
    const r = run('headache', 'emergency', 35, 'female', ['+fever', '+neck-stiffness', '+confusion']);
    expect(rankOf(r, 'bacterial-meningitis')).toBe(1);
    expect(p(r, 'bacterial-meningitis')).toBeGreaterThan(p(r, 'migraine'));
  });

  test('a headache that began at 65 or over: migraine falls below tension-type headache and below its value in a bare headache', () => {
    // Song 2016 with Kim 2016 (1,627 first-visit headache patients): onset at 65 or over in 17/697 migraines (0.0244)
    // against 135/930 other headaches (0.1452), LR+ 0.17; tension-type headache LR+ 2.27 in primary care.
    const bare = run('headache', 'primary-care', 75, 'female', []);
    const r = run('headache', 'primary-care', 75, 'female', ['+headache-onset-at-65-or-over']);
    expect(p(r, 'migraine')).toBeLessThan(p(bare, 'migraine'));
    expect(p(r, 'tension-type-headache')).toBeGreaterThan(p(r, 'migraine'));
    expect(rankOf(r, 'migraine')).toBeGreaterThan(2);
  });
});

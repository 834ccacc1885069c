/**
 * Confusion, dizziness, headache, nausea and vomiting, seizure (session 34, curator "neuro"): the breadth-development
 * misses of these complaints, read from the miss list only (no vignette file), and the textbook picture of the one that a
 * cited figure could fix, entered as a clinician would (problem, setting, age, sex, findings), on the real knowledge base.
 *
 * What was wrong:
 * - Ménière's disease in dizziness: a sensation of fullness or pressure in the ear, one of the disease's cardinal aural
 *   symptoms (Lopez-Escamez 2015 criteria: fluctuating aural symptoms, hearing, tinnitus or fullness), carried no ratio
 *   for it, so a patient with spinning spells, roaring tinnitus and ear pressure (attack duration and audiogram not yet
 *   recorded) had only tinnitus (Havia 2002) and vertigo counted: fourth in both settings, behind benign positional
 *   vertigo, anxiety and vestibular neuritis.
 * Added (evidence/s34-neuro.json, dizziness only):
 * - menieres-disease x aural-fullness LR+ 2.72, LR- 0.43, grade C: aural fullness in 68% of 726 members of the Finnish
 *   Ménière Association (Levo 2014 Audiol Neurotol 19:395-9, doi 10.1159/000363211, abstract, Results) over the model's
 *   policy background (gradeCPolicyBackground 0.25), as the Havia 2002 tinnitus and hearing entries are derived.
 * After (calibration off, before the lead's refit): the picture with tinnitus and ear fullness puts Ménière's disease
 *   third in primary care (behind positional vertigo and anxiety, both on cited priors) and second in the emergency
 *   department; the full picture (attacks of 20 minutes to 12 hours, hearing loss, tinnitus, fullness) is first in both.
 *
 * Gaps (reported, not fixed; no cited figure found in the time available):
 * - `aural-fullness` has no chart code (no SNOMED CT or ICD-10-CM code for ear fullness could be confirmed), so only a
 *   clinician's entry reads it: a chart that records ear pressure as free text still leaves Ménière's disease fourth.
 * - Posterior circulation stroke in emergency dizziness with headache, severe hypertension and nystagmus: sixth. Nystagmus
 *   weighs only for vestibular neuritis (grade C, obligate by the Bárány criteria); headache and measured blood pressure
 *   carry no ratio for stroke among dizzy patients (Chase 2014 PMID 24393411 Table 2 and Chen 2016 PMC5020437 give odds
 *   ratios in the abstracts only; their per-feature frequencies were not readable). Central signs (HINTS, truncal
 *   instability) already count when entered.
 * - Intracerebral haemorrhage in confusion and in nausea and vomiting: policy priors; the Sirisena 2017 inpatient figure was
 *   already declined in confusion, and the Runchey 2010 ratios measure haemorrhage against infarction among strokes.
 * - Epileptic seizure in confusion (a chart with nothing but the complaint), brain tumour in headache (photophobia takes the
 *   patient to migraine) and in seizure (no focal-onset finding or figure), carbon monoxide poisoning in headache (policy
 *   prior; the 1987 winter cohort stays a reason), migraine in nausea and vomiting (policy prior, headache-cohort ratios).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const menieresFull = ['+vertigo', '+vertigo-episodes-20-minutes-to-12-hours', '+hearing-loss', '+tinnitus', '+aural-fullness', '+nausea-or-vomiting'];
const menieresAural = ['+vertigo', '+tinnitus', '+aural-fullness', '+nausea-or-vomiting'];

describe('dizziness: Ménière disease with ear fullness (session 34, neuro)', () => {
  test.each(settings)('a woman of 45 with spontaneous vertigo attacks of hours, fluctuating hearing loss, tinnitus and ear fullness: Ménière disease first (%s)', (setting) => {
    const r = run('dizziness', setting, 45, 'female', menieresFull);
    expect(rankOf(r, 'menieres-disease')).toBe(1);
    expect(p(r, 'menieres-disease')).toBeGreaterThan(p(r, 'benign-paroxysmal-positional-vertigo'));
    expect(p(r, 'menieres-disease')).toBeGreaterThan(p(r, 'vestibular-neuritis'));
  });

  test.each(settings)('a woman of 45 with spinning spells, tinnitus and ear fullness before attack duration or audiogram is recorded: Ménière disease in the first three (%s)', (setting) => {
    // Before session 34: fourth in both settings (ear fullness carried no ratio).
    const r = run('dizziness', setting, 45, 'female', menieresAural);
    expect(rankOf(r, 'menieres-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'menieres-disease')).toBeLessThanOrEqual(3);
    expect(p(r, 'menieres-disease')).toBeGreaterThan(p(r, 'vestibular-neuritis'));
    const withoutFullness = run('dizziness', setting, 45, 'female', ['+vertigo', '+tinnitus', '+nausea-or-vomiting']);
    // ear fullness (LR+ 2.72) raises it by half or more once recalibrated (slope 0.65 on the logit)
    expect(p(r, 'menieres-disease')).toBeGreaterThanOrEqual(1.5 * p(withoutFullness, 'menieres-disease'));
  });

  test('ear fullness weighs for Ménière disease only within dizziness (its comparison)', () => {
    const r = run('dizziness', 'primary-care', 45, 'female', menieresAural);
    expect(findingStepOf(r, 'menieres-disease', 'aural-fullness')?.note ?? '').not.toMatch(/not applicable here/);
    const vomiting = run('nausea-and-vomiting', 'primary-care', 45, 'female', ['+vertigo', '+tinnitus', '+aural-fullness']);
    const step = findingStepOf(vomiting, 'menieres-disease', 'aural-fullness');
    expect(step?.counted ?? false).toBe(false);
  });
});

/**
 * Cardiorespiratory complaints (session 36, curator "cardioresp"): the engine's view of charts ranked badly in chest
 * pain, chronic cough, cough, dyspnoea, haemoptysis, wheeze, palpitations, syncope and insomnia, and the leads of
 * sessions 34-35.
 *
 * What was wrong:
 * - Heart failure x NT-proBNP: the ICON age-related strategy (Januzzi 2006, sensitivity 90%, specificity 84%) was entered
 *   as sensitivity and specificity on `nt-probnp-above-age-cut-point`, so every value below the patient's age cut-point
 *   took the strategy's negative ratio, LR- 0.119, and `nt-probnp-under-450` took the same 0.119 as a present ratio. That
 *   negative result pools two kinds of value: those under the age-independent rule-out cut-off of 300 pg/mL and the
 *   "grey zone" between 300 pg/mL and the age cut-point. In the same ICON cohort 116 of the 215 grey-zone patients (54%)
 *   had acute heart failure, about the whole cohort's 57.3% (van Kimmenade et al., Am J Cardiol 2006,
 *   doi 10.1016/j.amjcard.2006.02.043, abstract): a grey-zone value carries almost no information (odds 116/99 against
 *   720/536, about 0.87; ICON-RELOADED's band figures give about 0.9 at 50-75), yet it was read as a rule-out. A breathless
 *   woman of 54 with orthopnoea, PND, crackles and leg oedema and an NT-proBNP between 450 and 900 pg/mL had heart
 *   failure twelfth in emergency insomnia.
 * Added or changed:
 * - Citation januzzi-2018-jacc-icon-reloaded-nt-probnp (ICON-RELOADED, PMID 29544601, doi 10.1016/j.jacc.2018.01.021),
 *   verified in the PubMed abstract: 1,461 dyspnoeic emergency patients, 277 with acute HF; rule-out cut-off 300 pg/mL
 *   sensitivity 93.9%, NPV 98.0%, LR- 0.09 (95% CI 0.05-0.13).
 * - Findings: nt-probnp-under-300 (< 300 pg/mL, normal result), nt-probnp-300-or-more, nt-probnp-under-900,
 *   nt-probnp-under-1800 (thresholds on LOINC 33762-6, group natriuretic-peptide-raised) and nt-probnp-grey-zone, derived
 *   per ICON age band (a value of 300 or more and below the band's cut-point).
 * - evidence/s36-cardioresp.json: heart-failure x nt-probnp-under-300, LR 0.09 (present only), grade A, ICON-RELOADED.
 * - evidence/s25-cardio.json (heart-failure x nt-probnp-above-age-cut-point, sensitivity and specificity kept so that
 *   NT-proBNP stays a next test): `requiresAbsent: nt-probnp-grey-zone`, so the strategy's LR- no longer applies in the
 *   grey zone; the population says why.
 * - evidence/chart-c-derived-labs.json: heart-failure x nt-probnp-under-450 (0.119 as a present ratio) withdrawn: a value of
 *   300-449 pg/mL is in the grey zone at every age, and a value under 300 now takes the rule-out ratio measured for it.
 * Session 37: the derived nt-probnp-grey-zone finding (and nt-probnp-under-450/-900/-1800, read only to derive it) is
 *   removed. It was last used as a redundant `requiresAbsent` on the ICON-RELOADED band entries, which now exclude atrial
 *   fibrillation instead (s37-cardioresp); a grey-zone value needs no finding to carry no ratio (no band's threshold is
 *   met, and the pooled entry needs a value under 300), so the tests below check the ratios, not the derived name.
 * Examined and declined:
 * - Heart failure's age-55 ratio (Barasa 2014, 95.9% of HF hospitalisations aged 55 or over, LR- 0.082 over the 0.5
 *   policy background): a cliff, but an honest one under the one-age-finding-per-condition rule. Barasa's own bands (1.0%
 *   aged 18-44, 3.0% aged 45-54) show the mean under-55 ratio overstates a 45-54-year-old's penalty about twofold; a cut
 *   at 45 would give 45-54-year-olds LR+ 1.98, a tenfold error the other way. Kept; a second band needs the engine.
 * - "Malignancy" beside lung cancer in haemoptysis: the broader diagnosis is shown at least as likely as its likeliest
 *   form by design (model 2.46.0, formOf); an engine matter, not a knowledge one.
 * - Aortic dissection: a pulse-deficit finding already exists (pulse-or-bp-differential, LR+ 5.7, grade A); what it lacks
 *   is chart codes, and none was confirmed. DAShED (McLatchie, Emerg Med J 2024;41(3):136-144, online first
 *   emermed-2023-213266; no PMID or DOI displayed) counts 14 acute aortic syndromes in 5,353 patients with chest, back or
 *   abdominal pain, syncope or malperfusion symptoms together: no per-complaint share, so no prior.
 * - Sick sinus syndrome x bradycardia (grade C 2.0 from "at least 50%" tachy-brady): Hawks 2021 AFP (PMID 34383451) names
 *   sinus bradycardia among the ECG findings but gives no frequency; no figure for bradycardia among syncope patients
 *   without it was found. Weber 1996's per-rhythm table and Clementy 2018 (PMC6076186; ventricular arrhythmias 8% of the
 *   arrhythmias, PVCs and VT together, in a specialised outpatient unit) give no VT share in emergency palpitations.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { buildQuantity } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();

const presentation = presentationRunner(kb);
/** A presentation in the shared runner, with an NT-proBNP result (pg/mL) on the chart when one is given. */
const run = (problem: string, setting: 'primary-care' | 'emergency', age: number, sex: 'female' | 'male', ntProBnp: number | undefined, findings: string[]): DifferentialResult =>
  presentation(problem, setting, age, sex, findings, ntProBnp === undefined ? [] : [buildQuantity('ntprobnp', '33762-6', ntProBnp, 'pg/mL', { effectiveDateTime: '2026-06-01T08:00:00Z' })]);

const known = (r: DifferentialResult, id: string): boolean | undefined => r.findingsUsed.find((f) => f.findingId === id)?.present;

describe('classic presentations, session 36 (cardioresp)', () => {
  // ICON / ICON-RELOADED: a breathless adult in the emergency department with paroxysmal nocturnal dyspnoea.
  const pnd = ['+paroxysmal-nocturnal-dyspnoea'];

  test('a grey-zone NT-proBNP (300 to the age cut-point) is not read as ruling heart failure out', () => {
    const none = run('dyspnoea', 'emergency', 61, 'male', undefined, pnd);
    const grey = run('dyspnoea', 'emergency', 61, 'male', 600, pnd);
    expect(findingStepOf(grey, 'heart-failure', 'nt-probnp-over-900')?.counted ?? false).toBe(false);
    expect(findingStepOf(grey, 'heart-failure', 'nt-probnp-under-300')?.counted ?? false).toBe(false);
    expect(known(grey, 'nt-probnp-above-age-cut-point')).toBe(false);
    expect(findingStepOf(grey, 'heart-failure', 'nt-probnp-above-age-cut-point')?.counted ?? false).toBe(false);
    expect(p(grey, 'heart-failure')).toBeGreaterThanOrEqual(0.8 * p(none, 'heart-failure'));
    expect(rankOf(grey, 'heart-failure')).toBeLessThanOrEqual(rankOf(none, 'heart-failure'));
  });

  test('an NT-proBNP under 300 pg/mL rules heart failure out with the rule-out ratio, counted once', () => {
    const none = run('dyspnoea', 'emergency', 61, 'male', undefined, pnd);
    const low = run('dyspnoea', 'emergency', 61, 'male', 150, pnd);
    const grey = run('dyspnoea', 'emergency', 61, 'male', 600, pnd);
    const step = findingStepOf(low, 'heart-failure', 'nt-probnp-under-300');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 1).toBeLessThanOrEqual(0.1);
    expect(findingStepOf(low, 'heart-failure', 'nt-probnp-above-age-cut-point')?.counted ?? false).toBe(false);
    expect(p(low, 'heart-failure')).toBeLessThan(0.5 * p(none, 'heart-failure'));
    expect(p(grey, 'heart-failure')).toBeGreaterThanOrEqual(2 * p(low, 'heart-failure'));
    expect(rankOf(low, 'heart-failure')).toBeGreaterThan(rankOf(grey, 'heart-failure'));
  });

  test('a value above the age cut-point still raises heart failure; the grey zone follows the age band', () => {
    const grey = run('dyspnoea', 'emergency', 61, 'male', 600, pnd);
    const high = run('dyspnoea', 'emergency', 61, 'male', 1500, pnd);
    // ICON-RELOADED's ratio for the 50-75 band (round 2, s36b-bands) counts; the pooled entry stands aside.
    expect(findingStepOf(high, 'heart-failure', 'nt-probnp-over-900')?.counted).toBe(true);
    expect(findingStepOf(high, 'heart-failure', 'nt-probnp-above-age-cut-point')?.counted ?? false).toBe(false);
    expect(p(high, 'heart-failure')).toBeGreaterThan(p(grey, 'heart-failure'));
    expect(rankOf(high, 'heart-failure')).toBe(1);
    // 600 pg/mL is above the cut-point under 50 (450), in the grey zone at 50-75 (900).
    const young = run('dyspnoea', 'emergency', 40, 'male', 600, pnd);
    expect(known(young, 'nt-probnp-above-age-cut-point')).toBe(true);
    expect(findingStepOf(young, 'heart-failure', 'nt-probnp-over-450')?.counted).toBe(true);
    const youngGrey = run('dyspnoea', 'emergency', 40, 'male', 400, pnd);
    expect(findingStepOf(youngGrey, 'heart-failure', 'nt-probnp-over-450')?.counted ?? false).toBe(false);
    expect(findingStepOf(youngGrey, 'heart-failure', 'nt-probnp-under-300')?.counted ?? false).toBe(false);
  });

  test('congestive signs with a grey-zone NT-proBNP bring heart failure into the first five in emergency insomnia', () => {
    const picture = ['+dyspnoea', '+orthopnoea', '+paroxysmal-nocturnal-dyspnoea', '+crackles-on-auscultation', '+leg-swelling-sign'];
    const grey = run('insomnia', 'emergency', 60, 'female', 700, picture);
    const low = run('insomnia', 'emergency', 60, 'female', 150, picture);
    const rank = rankOf(grey, 'heart-failure');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(5);
    expect(p(grey, 'heart-failure')).toBeGreaterThanOrEqual(2 * p(low, 'heart-failure'));
  });
});

/**
 * Seizure or transient loss of consciousness, headache, dizziness, confusion, focal weakness and fever (session 36, curator
 * "neuro"): the development and breadth misses of these complaints, read from the engine's views only (no vignette file),
 * and the textbook pictures that a cited figure could fix, entered as a clinician would, on the real knowledge base.
 *
 * What was wrong:
 * - In the seizure complaint nothing weighed against vasovagal syncope for a confusion or a focal deficit: a febrile,
 *   confused, aphasic man of 45 with a recorded seizure had vasovagal syncope FIRST in the emergency department (Day 1982's
 *   40% vasovagal/psychogenic share of all transient loss of consciousness), encephalitis sixth.
 * - A recorded seizure (SNOMED CT 91175000, the complaint's head code, read as `new-onset-seizure`) took the priors of all
 *   transient loss of consciousness: a woman of 28 with a recorded seizure and a headache had vasovagal syncope second
 *   (about 32%), just below epileptic seizure (37%).
 * Added (evidence/s36-neuro.json, seizure complaint only):
 * - vasovagal-syncope x postictal-disorientation LR+ 0.2, grade A: Hoefnagels 1991 J Neurol doi 10.1007/BF00319709,
 *   summary, 'a seizure five times more likely than syncope if the patient was disoriented after the event', read from
 *   the syncope side (1/5; the cohort held only seizures and syncope), as the Brigo tongue-biting entry.
 * - vasovagal-syncope x confusion LR+ 0.2, grade A, the same figure for a charted confusion (not when the post-event
 *   disorientation itself is entered: requiresAbsent, counted once).
 * - vasovagal-syncope x focal-neurological-deficit and x aphasia LR+ 0.1 (no LR-), grade C: NICE CG109 (NBK555202),
 *   Introduction, transient loss of consciousness is 'spontaneous loss of consciousness with complete recovery ... without
 *   any residual neurological deficit' (excluded, very rare class 0.025 over the 0.25 policy background, as the s13/s35
 *   criterion entries); aphasia not counted when another focal deficit is charted (one criterion, counted once).
 * Changed (problems/seizure.json, emergency): priors for a patient with a recorded or entered seizure (populationWith
 * new-onset-seizure) from EPIC2 (Dickson 2017 BMJ Open, PMID 28706099, abstract: 91 adults taken to hospital by ambulance
 * after a suspected seizure): epileptic seizure 59/91 = 0.648 (acute symptomatic seizures left to their causes), psychogenic
 * non-epileptic seizures 10/91 = 0.110, vasovagal syncope 9/91 = 0.099 (all cardiogenic events, an upper bound).
 * Orthostatic hypotension's Martin 1984 syncope figure is set aside for such a patient in both settings (populationWithout;
 * otherwise the primary-care copy is borrowed); cardiac arrhythmia keeps its figure (the can't-miss cause of a convulsive
 * faint, no figure among recorded seizures read).
 * Not done in primary care: EPIC2's 0.648 for epileptic seizure in primary care put the event above its cause in the
 * s33-neuro5 guard (a man of 62 with a new seizure, confusion, memory loss and a focal deficit: brain tumour 1 -> 2), so the
 * primary-care priors are unchanged and left to the lead.
 * Before -> after (knowledge as edited, calibration as shipped):
 * - emergency seizure, man of 45, recorded seizure + fever + confusion + aphasia: vasovagal syncope 1 -> 16th (prior 0.099
 *   x 0.2 x 0.1); encephalitis 6 -> 5 (behind epileptic seizure, psychogenic seizures, alcohol withdrawal, arrhythmia: in
 *   the seizure complaint its confusion ratio is limited to headache and fever, and the seizure is the complaint itself).
 *   With the ratios alone (Day 1982 priors, primary care): vasovagal syncope 9th, encephalitis 7th.
 * - emergency seizure, woman of 28, recorded seizure + headache: vasovagal syncope 2 (about 32%) -> 3 (about 12%), below
 *   psychogenic non-epileptic seizures.
 * Declined (no figure read, or a dead end of sessions 34-35):
 * - Tarnutzer 2011 CMAJ (doi 10.1503/cmaj.100174): only its opening pages were reachable (abcdocz, doczz, docplayer,
 *   cmaj.ca); the headache or neck pain LR+ 3.2 was not read, so Paciaroni 2001's grade C entry stays.
 * - Chase 2014 (PMC3928680) and Chen 2016 risk-factor tables: only the abstracts (odds ratios) were reachable.
 * - Viral meningitis has no ratio for a measured normal temperature, so it stays above cerebral venous thrombosis in an
 *   afebrile young woman with headache; but the UK viral meningitis cohort (McGill 2018, PMC6105576, quoted by BMJ Best
 *   Practice) found fever on admission in only 19%, so a normal temperature would barely lower it. Not added.
 * - Carbon monoxide in headache (winter-only cohorts, already declined in s27), brain tumour in headache, seizure and focal
 *   weakness (nothing on those charts that a cited ratio reads), malaria without a coded travel history, meningococcal
 *   disease in fever (a rash ratio over the policy background would move it from 18th by about 2.5-fold only).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('seizure: confusion and focal deficits count against a faint (session 36, neuro)', () => {
  // Herpes simplex encephalitis: fever, confusion, aphasia and a seizure.
  const encephalitic = ['+temperature-38-or-over', '+confusion', '+aphasia', '+new-onset-seizure'];

  test.each(settings)('a febrile, confused, aphasic man of 45 with a recorded seizure: vasovagal syncope below encephalitis and out of the first five (%s)', (setting) => {
    // Before session 36 (emergency): vasovagal syncope first, encephalitis sixth.
    const r = run('seizure', setting, 45, 'male', encephalitic);
    expect(rankOf(r, 'vasovagal-syncope') === 0 || rankOf(r, 'vasovagal-syncope') > 5).toBe(true);
    expect(p(r, 'encephalitis')).toBeGreaterThan(p(r, 'vasovagal-syncope'));
  });

  test.each(settings)('confusion lowers vasovagal syncope one and a half times or more (Hoefnagels 1991, seizure five times likelier than syncope) (%s)', (setting) => {
    const confused = run('seizure', setting, 30, 'female', ['+confusion']);
    const clear = run('seizure', setting, 30, 'female', []);
    expect(p(clear, 'vasovagal-syncope')).toBeGreaterThanOrEqual(1.5 * p(confused, 'vasovagal-syncope'));
  });

  test.each(settings)('a residual hemiparesis or aphasia lowers vasovagal syncope by half or more; its absence does not raise it (%s)', (setting) => {
    const base = run('seizure', setting, 30, 'female', []);
    for (const deficit of ['+focal-neurological-deficit', '+aphasia']) {
      const r = run('seizure', setting, 30, 'female', [deficit]);
      expect(p(base, 'vasovagal-syncope')).toBeGreaterThanOrEqual(2 * p(r, 'vasovagal-syncope'));
    }
    const none = run('seizure', setting, 30, 'female', ['-focal-neurological-deficit', '-aphasia']);
    expect(findingStepOf(none, 'vasovagal-syncope', 'focal-neurological-deficit')?.counted ?? false).toBe(false);
    expect(p(none, 'vasovagal-syncope')).toBeLessThanOrEqual(p(base, 'vasovagal-syncope') * 1.01);
  });

  test('one observation, one step: disorientation entered beside a charted confusion counts once, and aphasia beside a hemiparesis counts once', () => {
    const r = run('seizure', 'emergency', 30, 'female', ['+confusion', '+postictal-disorientation', '+aphasia', '+focal-neurological-deficit']);
    expect(findingStepOf(r, 'vasovagal-syncope', 'postictal-disorientation')?.counted ?? false).toBe(true);
    expect(findingStepOf(r, 'vasovagal-syncope', 'confusion')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'vasovagal-syncope', 'focal-neurological-deficit')?.counted ?? false).toBe(true);
    expect(findingStepOf(r, 'vasovagal-syncope', 'aphasia')?.counted ?? false).toBe(false);
  });

  test('the ratios are limited to the seizure complaint (the syncope complaint was left to its curator)', () => {
    // Session 36, curator faint (evidence/s36b-faint.json): in the syncope complaint the deficit ratios now count (NICE
    // CG109's definition holds there too), but vasovagal syncope x confusion does not (there the seizure side counts).
    const r = run('syncope', 'emergency', 45, 'male', ['+confusion', '+aphasia']);
    expect(findingStepOf(r, 'vasovagal-syncope', 'confusion')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'vasovagal-syncope', 'aphasia')?.counted ?? false).toBe(true);
  });

  test.each(settings)('the textbook faint (prolonged standing, pallor, prodrome, no bitten tongue, no seizure recorded) keeps vasovagal syncope first (%s)', (setting) => {
    const r = run('seizure', setting, 22, 'female', ['+syncope-after-prolonged-standing', '+pallor-during-syncope', '+prodrome-before-syncope', '-tongue-biting']);
    expect(rankOf(r, 'vasovagal-syncope')).toBe(1);
  });
});

describe('seizure: a recorded seizure takes the suspected-seizure cohort (EPIC2), emergency department, and primary care as other-setting (sessions 36 neuro and 36b faint)', () => {
  test.each(settings)('a woman of 28 with a recorded seizure and a headache: epileptic seizure first, vasovagal syncope under half of it and below psychogenic non-epileptic seizures (%s)', (setting) => {
    // Before session 36: vasovagal syncope second, close behind epileptic seizure (Day 1982 transient loss of consciousness priors).
    const r = run('seizure', setting, 28, 'female', ['+new-onset-seizure', '+headache']);
    expect(rankOf(r, 'epileptic-seizure')).toBe(1);
    expect(p(r, 'vasovagal-syncope')).toBeLessThan(0.5 * p(r, 'epileptic-seizure'));
    expect(p(r, 'psychogenic-non-epileptic-seizures')).toBeGreaterThan(p(r, 'vasovagal-syncope'));
    expect(priorStepOf(r, 'epileptic-seizure')?.populationWith).toBe('new-onset-seizure');
    expect(priorStepOf(r, 'vasovagal-syncope')?.populationWith).toBe('new-onset-seizure');
  });

  test.each(settings)('without a recorded seizure (a blackout) the transient loss of consciousness priors stand: vasovagal syncope one and a half times or more its share after a recorded seizure (%s)', (setting) => {
    const blackout = run('seizure', setting, 28, 'female', ['+headache']);
    const seizure = run('seizure', setting, 28, 'female', ['+new-onset-seizure', '+headache']);
    expect(priorStepOf(blackout, 'vasovagal-syncope')?.populationWith).toBeUndefined();
    expect(p(blackout, 'vasovagal-syncope')).toBeGreaterThanOrEqual(1.5 * p(seizure, 'vasovagal-syncope'));
  });

  test('cardiac arrhythmia keeps its cited figure after a recorded seizure (a convulsive faint is its can\'t-miss form); orthostatic hypotension falls to the policy prior', () => {
    const r = run('seizure', 'emergency', 70, 'male', ['+new-onset-seizure']);
    expect(priorStepOf(r, 'cardiac-arrhythmia')?.policy ?? false).toBe(false);
    expect(rankOf(r, 'cardiac-arrhythmia')).toBeGreaterThan(0);
    expect(p(r, 'cardiac-arrhythmia')).toBeGreaterThan(p(r, 'orthostatic-hypotension'));
  });
});

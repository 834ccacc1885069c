/**
 * Textbook presentations of focal weakness, seizure or transient loss of consciousness, and neck pain, entered as a
 * clinician would (findings only, no vignette), on the real knowledge base (session 29, round 3, curator r3neuro).
 * Expectations are about order (rank, or one diagnosis against another in one run), or about the direction one finding
 * moves one diagnosis, never exact percentages: the recalibration (monotone, slope about 0.63 on the log odds) is
 * refitted whenever the knowledge changes.
 *
 * Before this round: a brain tumour with progressive weakness, headache and a first seizure ranked 6th in focal
 * weakness (behind stroke, intracerebral haemorrhage, epileptic seizure, sepsis, hypoglycaemia); psychogenic
 * non-epileptic seizures with eye closure, a long event and side-to-side movements ranked 3rd behind epileptic seizure
 * and vasovagal syncope; bacterial meningitis with fever, neck stiffness and headache ranked 5th in neck pain.
 *
 * Session 36 (curator neuro4): two entries of this round were removed and their guards changed. Epileptic seizure x event
 * over 2 minutes (LR+ 0.108, Seneviratne 2017) and vasovagal syncope x eyes closed (LR+ 0.072, PMID 23873974) were the
 * mirror images of the psychogenic entries (9.29, 37.5): each compared the diagnosis with psychogenic attacks alone,
 * while in this complaint the other causes are mostly epileptic seizures and syncopes (psychogenic seizures 11% of
 * suspected seizures, EPIC2), so a ratio against the whole complaint is much nearer 1 and no cited figure gives it (the
 * engine scores each diagnosis against all the others, not pairwise). The old "psychogenic seizures lead" expectation
 * held only through those two misapplied ratios: with the Day 1982 transient-loss-of-consciousness priors epileptic
 * seizure and vasovagal syncope stay above it. It now expects the cited direction (the psychogenic ratio raises it, in
 * the first three) and that the two signs are not counted against the other diagnoses.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('focal weakness: a brain tumour against stroke and its mimics (session 29, r3neuro)', () => {
  const tumour = ['+headache', '+new-onset-seizure', '+focal-deficit-progressive-over-days-or-weeks'];

  test('a 52-year-old woman with arm weakness progressing over three weeks, headaches and a first seizure: brain tumour in the top three, above epileptic seizure', () => {
    // Only 11 of 224 brain tumours (4.9%) were first thought to be strokes (Morgenstern 1999, PMID 10582668): a
    // non-abrupt presentation 0.895 (capped) over the 0.25 policy background, LR+ 3.58. Headache in 48% of 111 brain
    // tumours (Forsyth 1993), LR+ 1.92. Declined at review (session 29): brain tumour x first seizure in focal weakness
    // (Snyder 1993's ED tumours against Kim 2022's code-stroke seizure-like movements, LR+ 10.8) put a tumour first in a
    // 35-year-old's post-ictal weakness, above epileptic seizure, which has no seizure ratio in this complaint. Still
    // wrong: acute stroke stays first, since it has no ratio for a progressive course.
    const r = run('focal-weakness', 'primary-care', 52, 'female', tumour);
    expect(rankOf(r, 'brain-tumour')).toBeGreaterThan(0);
    expect(rankOf(r, 'brain-tumour')).toBeLessThanOrEqual(3);
    expect(p(r, 'brain-tumour')).toBeGreaterThan(p(r, 'epileptic-seizure'));
  });

  test('a deficit that progressed over days or weeks raises brain tumour', () => {
    // Morgenstern 1999 (LR+ 3.58, grade C).
    const without = run('focal-weakness', 'primary-care', 52, 'female', ['+headache', '+new-onset-seizure']);
    const withProgression = run('focal-weakness', 'primary-care', 52, 'female', tumour);
    expect(p(withProgression, 'brain-tumour')).toBeGreaterThan(p(without, 'brain-tumour'));
    expect(rankOf(withProgression, 'brain-tumour')).toBeLessThan(rankOf(without, 'brain-tumour'));
  });

  test('a 72-year-old man with sudden facial droop, arm drift and slurred speech: stroke first, brain tumour outside the top three', () => {
    // Facial paresis, arm drift or abnormal speech: LR+ 5.5 (Goldstein & Simel 2005); no progressive course entered,
    // so the tumour keeps its code-stroke prior (11 of 409, Kim 2022).
    const r = run('focal-weakness', 'emergency', 72, 'male', ['+facial-paresis-arm-drift-or-abnormal-speech', '+sudden-onset-neurological-symptoms']);
    expect(rankOf(r, 'acute-stroke')).toBe(1);
    expect(rankOf(r, 'brain-tumour')).toBeGreaterThan(3);
  });
});

describe('seizure or transient loss of consciousness: psychogenic, syncopal and provoked events (session 29, r3neuro)', () => {
  test('a 28-year-old woman whose witnessed event lasted several minutes with the eyes closed and side-to-side movements: psychogenic non-epileptic seizures raised and in the first three', () => {
    // PNES: eyes closed 50/52 against 4/156 epileptic seizures (Chung 2006), LR+ 37.5 (one group with duration and
    // side-to-side movements, so only the strongest counts). Was "psychogenic seizures lead" until session 36: that held
    // only through two mirror-image ratios against psychogenic attacks alone (removed, see the header).
    const bare = run('seizure', 'emergency', 28, 'female', []);
    const r = run('seizure', 'emergency', 28, 'female', ['+eyes-closed-during-event', '+event-duration-over-2-minutes', '+side-to-side-head-or-body-movement-during-event']);
    expect(p(r, 'psychogenic-non-epileptic-seizures')).toBeGreaterThanOrEqual(1.5 * p(bare, 'psychogenic-non-epileptic-seizures'));
    expect(rankOf(r, 'psychogenic-non-epileptic-seizures')).toBeGreaterThan(0);
    expect(rankOf(r, 'psychogenic-non-epileptic-seizures')).toBeLessThanOrEqual(3);
  });

  test('eyes closed and a long event count for psychogenic seizures, not against vasovagal syncope or epileptic seizure (session 36)', () => {
    // Chung 2006 and Seneviratne 2017 compared psychogenic with epileptic seizures; PMID 23873974 compared vasovagal
    // faints with psychogenic pseudosyncope. None measured these signs against the whole complaint, so only the
    // psychogenic side is entered (was "eyes closed lowers vasovagal syncope, a long event lowers epileptic seizure").
    const bare = run('seizure', 'emergency', 28, 'female', []);
    const eyes = run('seizure', 'emergency', 28, 'female', ['+eyes-closed-during-event']);
    const long = run('seizure', 'emergency', 28, 'female', ['+event-duration-over-2-minutes']);
    expect(p(eyes, 'psychogenic-non-epileptic-seizures')).toBeGreaterThanOrEqual(1.5 * p(bare, 'psychogenic-non-epileptic-seizures'));
    expect(p(long, 'psychogenic-non-epileptic-seizures')).toBeGreaterThanOrEqual(1.5 * p(bare, 'psychogenic-non-epileptic-seizures'));
    expect(findingStepOf(eyes, 'vasovagal-syncope', 'eyes-closed-during-event')?.counted ?? false).toBe(false);
    expect(findingStepOf(long, 'epileptic-seizure', 'event-duration-over-2-minutes')?.counted ?? false).toBe(false);
    expect(p(eyes, 'vasovagal-syncope')).toBeCloseTo(p(bare, 'vasovagal-syncope'), 6);
    expect(p(long, 'epileptic-seizure')).toBeCloseTo(p(bare, 'epileptic-seizure'), 6);
  });

  test('a 22-year-old woman who collapsed after standing long, pale, without a bitten tongue or postictal confusion (jerks do not make it a seizure): vasovagal syncope first', () => {
    // Tongue biting: sensitivity 33%, specificity 96% for epileptic seizure against syncope (Brigo 2012, PMID 22770819),
    // LR- 0.695, and LR+ 0.122 for syncope; postictal disorientation LR+ 5 (Hoefnagels 1991); prolonged standing and pallor
    // (Graham 2001).
    const r = run('seizure', 'emergency', 22, 'female', ['+syncope-after-prolonged-standing', '+pallor-during-syncope', '-tongue-biting', '-postictal-disorientation']);
    expect(rankOf(r, 'vasovagal-syncope')).toBe(1);
    expect(p(r, 'vasovagal-syncope')).toBeGreaterThan(p(r, 'epileptic-seizure'));
  });

  test('a 60-year-old man with diabetes who had a fit with a capillary glucose of 3.9 mmol/L or less: hypoglycaemia is established, not estimated', () => {
    // Level 1 hypoglycaemia: glucose 3.9 mmol/L (70 mg/dL) or less in a person with diabetes (International
    // Hypoglycaemia Study Group 2017), the condition's definition.
    const r = run('seizure', 'emergency', 60, 'male', ['+history-of-diabetes-mellitus', '+glucose-3-9-or-less']);
    expect(r.established.map((d) => d.conditionId)).toContain('hypoglycaemia');
    const noDiabetesRecorded = run('seizure', 'emergency', 60, 'male', []);
    expect(noDiabetesRecorded.established.map((d) => d.conditionId)).not.toContain('hypoglycaemia');
  });

  test('a 45-year-old man with alcohol use disorder who had a fit: alcohol withdrawal in the top three and higher than without the history', () => {
    // Alcohol withdrawal 74.1% of acute symptomatic seizures in Berlin emergency rooms (Reinecke 2021, the prior);
    // alcohol use disorder LR+ 3.44 (VHA inpatients, grade C). Still short of first: no seizure-cohort background for
    // alcohol misuse, and no readable ratio for tremor or the time since the last drink.
    const bare = run('seizure', 'emergency', 45, 'male', []);
    const r = run('seizure', 'emergency', 45, 'male', ['+history-of-alcohol-use-disorder']);
    expect(rankOf(r, 'alcohol-withdrawal')).toBeLessThanOrEqual(3);
    expect(p(r, 'alcohol-withdrawal')).toBeGreaterThan(p(bare, 'alcohol-withdrawal'));
  });
});

describe('neck pain: meningitis against mechanical neck pain (session 29, r3neuro)', () => {
  test('a 25-year-old man in the emergency department with neck pain, fever, neck stiffness, headache and confusion, no injury: bacterial meningitis in the top two, above whiplash and radiculopathy', () => {
    // Bacterial meningitis (van de Beek 2004, 696 episodes): neck stiffness 83% over the 0.25 policy background (LR+ 3.32);
    // headache 87% against 58.7% of non-traumatic neck pain (Verwoerd 2024), LR+ 1.48; fever LR+ 3.08; confusion LR+ 2.76.
    // No injury: whiplash mechanism absent, LR- 0.14 for whiplash. Still wrong: nonspecific neck pain stays first, since
    // no frequency of fever among mechanical neck pain could be read.
    const r = run('neck-pain', 'emergency', 25, 'male', ['+fever', '+neck-stiffness', '+headache', '+confusion', '-whiplash-mechanism-neck-injury']);
    expect(rankOf(r, 'bacterial-meningitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'bacterial-meningitis')).toBeLessThanOrEqual(2);
    expect(p(r, 'bacterial-meningitis')).toBeGreaterThan(p(r, 'whiplash-associated-disorder'));
    expect(p(r, 'bacterial-meningitis')).toBeGreaterThan(p(r, 'cervical-radiculopathy'));
  });

  test('neck stiffness raises bacterial and viral meningitis in neck pain; its absence lowers bacterial meningitis', () => {
    // van de Beek 2004 (83%, LR+ 3.32, LR- 0.23) and Sanaee 2016 (46.4%, LR+ 1.86), both over the policy background.
    const fever = run('neck-pain', 'emergency', 25, 'male', ['+fever']);
    const stiff = run('neck-pain', 'emergency', 25, 'male', ['+fever', '+neck-stiffness']);
    const supple = run('neck-pain', 'emergency', 25, 'male', ['+fever', '-neck-stiffness']);
    expect(p(stiff, 'bacterial-meningitis')).toBeGreaterThan(p(fever, 'bacterial-meningitis'));
    expect(p(stiff, 'viral-meningitis')).toBeGreaterThan(p(fever, 'viral-meningitis'));
    expect(p(supple, 'bacterial-meningitis')).toBeLessThan(p(fever, 'bacterial-meningitis'));
  });

  test('a 40-year-old woman in primary care with neck pain, no fever and no neck stiffness: nonspecific neck pain first, meningitis outside the top three', () => {
    // Non-traumatic neck pain 0.725 of the primary-care prior (Vos 2008); absent neck stiffness LR- 0.23 and absent fever
    // lower bacterial meningitis.
    const r = run('neck-pain', 'primary-care', 40, 'female', ['-fever', '-neck-stiffness']);
    expect(rankOf(r, 'nonspecific-neck-pain')).toBe(1);
    expect(rankOf(r, 'bacterial-meningitis')).not.toBe(0);
    expect(rankOf(r, 'bacterial-meningitis')).toBeGreaterThan(3);
  });
});

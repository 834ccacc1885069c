/**
 * Depth round (session 27, d-neuro): more graded findings and a discriminating test for three causes added in 2.144.0
 * (carbon monoxide poisoning, functional neurological disorder, psychogenic non-epileptic seizures), and their textbook
 * pictures entered as a clinician would (findings only, no vignette). Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as prob, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('psychogenic non-epileptic seizures: event semiology (session 27, d-neuro)', () => {
  test('a long event with the eyes closed that the patient remembers: psychogenic non-epileptic seizures lead', () => {
    // Ictal eye closure 50/52 PNES vs 4/156 ES (Chung 2006); event over 123.5 s: sensitivity 65%, specificity 93%
    // (Seneviratne 2017); memory recall 77-88% of patients, specificity 90% (Avbersek & Sisodiya 2010, Table 3).
    const r = run('seizure', 'emergency', 28, 'female', ['+eyes-closed-during-event', '+event-duration-over-2-minutes', '+recall-of-events-during-attack']);
    expect(rankOf(r, 'psychogenic-non-epileptic-seizures')).toBe(1);
    const eyesOnly = run('seizure', 'emergency', 28, 'female', ['+eyes-closed-during-event']);
    expect(rankOf(eyesOnly, 'psychogenic-non-epileptic-seizures')).toBeGreaterThan(1);
  });

  test('a long event the patient remembers raises psychogenic non-epileptic seizures into the top three', () => {
    const bare = run('seizure', 'emergency', 28, 'female', []);
    const r = run('seizure', 'emergency', 28, 'female', ['+event-duration-over-2-minutes', '+recall-of-events-during-attack']);
    expect(rankOf(r, 'psychogenic-non-epileptic-seizures')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'psychogenic-non-epileptic-seizures')).toBeLessThan(rankOf(bare, 'psychogenic-non-epileptic-seizures'));
  });

  test('a short event with a bitten tongue, no recall and postictal disorientation keeps epileptic seizure first', () => {
    const r = run('seizure', 'emergency', 28, 'female', ['+tongue-biting', '-event-duration-over-2-minutes', '-recall-of-events-during-attack', '+postictal-disorientation']);
    expect(rankOf(r, 'epileptic-seizure')).toBe(1);
    expect(rankOf(r, 'psychogenic-non-epileptic-seizures')).toBeGreaterThan(3);
  });

  test('a fluctuating course and side-to-side movements count once (one movement-pattern group)', () => {
    const one = run('seizure', 'emergency', 28, 'female', ['+fluctuating-course-during-event']);
    const both = run('seizure', 'emergency', 28, 'female', ['+fluctuating-course-during-event', '+side-to-side-head-or-body-movement-during-event']);
    expect(prob(both, 'psychogenic-non-epileptic-seizures')).toBeCloseTo(prob(one, 'psychogenic-non-epileptic-seizures'), 6);
  });
});

describe('functional weakness: positive signs (session 27, d-neuro)', () => {
  test('arm weakness with drift without pronation: functional weakness in the top two', () => {
    // Drift without pronation in 26/26 functional vs 2/28 organic arm pareses (Daum & Aybek 2013).
    const bare = run('focal-weakness', 'emergency', 30, 'female', []);
    const r = run('focal-weakness', 'emergency', 30, 'female', ['+drift-without-pronation']);
    expect(rankOf(r, 'functional-neurological-disorder')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'functional-neurological-disorder')).toBeLessThan(rankOf(bare, 'functional-neurological-disorder'));
  });

  test("the hip abductor sign and Hoover's sign count once (one hip-sign group), and a stroke picture keeps stroke first", () => {
    // Abductor sign: all 33 legs classified correctly (Sonoo 2004); same principle as Hoover's sign on the same leg.
    const hoover = run('focal-weakness', 'emergency', 30, 'female', ['+hoover-sign-positive']);
    const both = run('focal-weakness', 'emergency', 30, 'female', ['+hoover-sign-positive', '+hip-abductor-sign-positive']);
    expect(prob(both, 'functional-neurological-disorder')).toBeCloseTo(prob(hoover, 'functional-neurological-disorder'), 6);
    const abductor = run('focal-weakness', 'emergency', 30, 'female', ['+hip-abductor-sign-positive']);
    expect(prob(abductor, 'functional-neurological-disorder')).toBeGreaterThan(prob(run('focal-weakness', 'emergency', 30, 'female', []), 'functional-neurological-disorder'));
    const stroke = run('focal-weakness', 'emergency', 70, 'male', ['+facial-paresis-arm-drift-or-abnormal-speech', '-drift-without-pronation']);
    expect(rankOf(stroke, 'acute-stroke')).toBe(1);
    expect(rankOf(stroke, 'functional-neurological-disorder')).toBeGreaterThan(3);
  });
});

describe('carbon monoxide poisoning: carboxyhaemoglobin (session 27, d-neuro)', () => {
  test('winter dizziness with symptomatic cohabitants and a carboxyhaemoglobin above 10%: carbon monoxide poisoning in the top three', () => {
    // Carboxyhaemoglobin above 10% is the reference standard of the occult-CO cohorts (Heckerling 1987, 1988, 1990).
    const before = run('dizziness', 'emergency', 50, 'male', ['+symptomatic-cohabitants']);
    const r = run('dizziness', 'emergency', 50, 'male', ['+symptomatic-cohabitants', '+carboxyhaemoglobin-over-10-percent']);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThan(rankOf(before, 'carbon-monoxide-poisoning'));
  });

  test('a raised carboxyhaemoglobin raises carbon monoxide poisoning; a normal one is not counted against it (the level falls with time and oxygen)', () => {
    const withCohab = run('headache', 'emergency', 35, 'female', ['+symptomatic-cohabitants']);
    const raised = run('headache', 'emergency', 35, 'female', ['+symptomatic-cohabitants', '+carboxyhaemoglobin-over-10-percent']);
    const normal = run('headache', 'emergency', 35, 'female', ['+symptomatic-cohabitants', '-carboxyhaemoglobin-over-10-percent']);
    expect(prob(raised, 'carbon-monoxide-poisoning')).toBeGreaterThan(prob(withCohab, 'carbon-monoxide-poisoning'));
    expect(prob(normal, 'carbon-monoxide-poisoning')).toBeCloseTo(prob(withCohab, 'carbon-monoxide-poisoning'), 6);
  });
});

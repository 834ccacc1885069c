/**
 * Neurological and mental-health complaints: transfer audit (session 37, curator "tnp", gaps-np). Textbook pictures
 * entered as a clinician would (problem, setting, age, sex, findings; no vignette). Order and direction, not percentages.
 *
 * What was wrong: hallmark features counted for a diagnosis in one complaint but not in another where its patients
 * present.
 * - Focal weakness: intracerebral haemorrhage read a recorded GCS below 15 not at all (only a clinician-entered coma).
 *   Subarachnoid haemorrhage had no thunderclap-headache ratio.
 * - Confusion: the same chart headache was not read for haemorrhage beside a recorded deficit; epileptic seizure (cited
 *   prior 0.075) had only tongue-biting, not a known epilepsy.
 * - Dizziness: carbon monoxide x home heated by a gas space heater or stove counted in headache only.
 * - Fatigue: coeliac disease had antibodies, anaemia, weight loss and ALT but not diarrhoea.
 * Changed (evidence/s37-tnp.json; new entries only, same citations, numbers and grades as the originals):
 * - intracerebral-haemorrhage x headache, LR+ 2.9, grade A (Runchey 2010 JAMA RCE, PMID 20530782), confusion only, with
 *   requiresPresent focal-neurological-deficit and requiresAbsent headache-with-focal-neurological-symptoms (as s35-gi in
 *   nausea and vomiting): haemorrhagic against ischaemic stroke, whose comparison group is most of the other patients
 *   with a stroke-like deficit (session 36 two-group rule). The same entry in focal weakness was withdrawn before
 *   finishing: it put haemorrhage (0.123) just above subdural haematoma (0.115) in s27-neuromsk's anticoagulated faller,
 *   a guard this session may not change, and subdural haematoma has no citable headache ratio to balance it (lead).
 * - intracerebral-haemorrhage x gcs-below-15, LR+ 2.0 / LR- 0.35 (drowsy / alert rows), grade A, focal weakness.
 * - subarachnoid-haemorrhage x thunderclap-headache, Sn 0.65 Sp 0.90, grade A (MacGrory 2018), focal weakness: headache
 *   patients without SAH have an instantly peaking headache at least as often as strokes and mimics (conservative).
 * - carbon-monoxide-poisoning x home-heated-by-gas-space-heater-or-stove, LR+ 3.21 / LR- 0.66, grade B (PMID 3580051),
 *   dizziness: home heating does not depend on the presenting complaint.
 * - epileptic-seizure x previous-seizure-or-epilepsy, LR+ 2.76 / LR- 0.41, grade C (EPIC2, Dickson 2017), confusion:
 *   the 25% policy background is above the share of known epilepsy in the complaint's other causes (conservative).
 * - coeliac-disease x diarrhoea, LR+ 2.16 / LR- 0.61, grade C (Aarhus cohort, 54%), fatigue: policy background above
 *   diarrhoea's frequency in the commoner causes of fatigue (conservative).
 * Declined: Runchey's ratios (coma, neck stiffness, seizure, diastolic pressure, vomiting, headache) in headache and
 * dizziness and neck stiffness in confusion (comparison group ischaemic stroke is not most of those patients; meningitis
 * and SAH share neck stiffness); bacterial meningitis x fever in confusion and seizure, sedative withdrawal x diaphoresis
 * in seizure, cardiac arrhythmia's syncope and palpitations ratios outside their complaints, orthostatic symptoms in
 * dizziness, GCA x visual disturbance in headache, bipolar x decreased need for sleep in low mood, coeliac x ferritin in
 * fatigue (each scoped on purpose by its original entry, reasons still hold); stroke x AF in confusion (code-stroke
 * mimics, 3% with AF, are younger than the confusion complaint's elderly infective and subdural patients: would
 * overstate); epileptic seizure x previous seizure in focal weakness (the mirror stroke x history-of-epilepsy entry
 * counts there); UTI x urine microscopy and culture in confusion (measured in symptomatic women; asymptomatic
 * bacteriuria is common in confused elderly); CO occult-exposure rule in dizziness (its items already count);
 * tongue-biting and disorientation (session 36 rule) and Hamilton's brain-tumour ratios untouched.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('focal weakness: haemorrhage features (session 37, tnp)', () => {
  test('a GCS below 15 raises haemorrhage and an alert patient lowers it', () => {
    const base = probOf(run('focal-weakness', 'emergency', 65, 'male', []), 'intracerebral-haemorrhage');
    expect(probOf(run('focal-weakness', 'emergency', 65, 'male', ['+gcs-below-15']), 'intracerebral-haemorrhage')).toBeGreaterThan(base);
    expect(probOf(run('focal-weakness', 'emergency', 65, 'male', ['-gcs-below-15']), 'intracerebral-haemorrhage')).toBeLessThan(base);
  });

  test('hypertensive stroke picture with headache, vomiting and drowsiness puts haemorrhage second to stroke, above mimics', () => {
    const r = run('focal-weakness', 'emergency', 65, 'male', ['+headache-with-focal-neurological-symptoms', '+gcs-below-15', '+nausea-or-vomiting', '+diastolic-bp-over-110']);
    expect(rankOf(r, 'intracerebral-haemorrhage')).toBeLessThanOrEqual(2);
    expect(probOf(r, 'intracerebral-haemorrhage')).toBeGreaterThan(probOf(r, 'epileptic-seizure'));
  });

  test('a thunderclap headache raises subarachnoid haemorrhage, into the first three with neck stiffness', () => {
    const base = probOf(run('focal-weakness', 'emergency', 50, 'female', []), 'subarachnoid-haemorrhage');
    expect(probOf(run('focal-weakness', 'emergency', 50, 'female', ['+thunderclap-headache']), 'subarachnoid-haemorrhage')).toBeGreaterThan(base);
    expect(probOf(run('focal-weakness', 'emergency', 50, 'female', ['-thunderclap-headache']), 'subarachnoid-haemorrhage')).toBeLessThan(base);
    const r = run('focal-weakness', 'emergency', 50, 'female', ['+headache', '+thunderclap-headache', '+neck-stiffness', '+nausea-or-vomiting']);
    expect(rankOf(r, 'subarachnoid-haemorrhage')).toBeLessThanOrEqual(3);
  });
});

describe('confusion: haemorrhage beside a deficit, known epilepsy (session 37, tnp)', () => {
  test('a charted headache raises haemorrhage only beside a focal deficit', () => {
    const deficit = probOf(run('confusion', 'emergency', 70, 'male', ['+focal-neurological-deficit']), 'intracerebral-haemorrhage');
    const both = run('confusion', 'emergency', 70, 'male', ['+focal-neurological-deficit', '+headache']);
    expect(probOf(both, 'intracerebral-haemorrhage')).toBeGreaterThan(deficit);
    const headacheOnly = run('confusion', 'emergency', 70, 'male', ['+headache']);
    expect(findingStepOf(headacheOnly, 'intracerebral-haemorrhage', 'headache')?.counted ?? false).toBe(false);
  });

  test('known epilepsy raises epileptic seizure; with a bitten tongue it comes first in a young man', () => {
    const base = probOf(run('confusion', 'emergency', 30, 'male', []), 'epileptic-seizure');
    expect(probOf(run('confusion', 'emergency', 30, 'male', ['+previous-seizure-or-epilepsy']), 'epileptic-seizure')).toBeGreaterThan(base);
    expect(probOf(run('confusion', 'emergency', 30, 'male', ['-previous-seizure-or-epilepsy']), 'epileptic-seizure')).toBeLessThan(base);
    const r = run('confusion', 'emergency', 30, 'male', ['+history-of-epilepsy', '+tongue-biting', '-fever']);
    expect(rankOf(r, 'epileptic-seizure')).toBe(1);
  });
});

describe('dizziness: carbon monoxide exposure (session 37, tnp)', () => {
  test('gas space heating raises carbon monoxide poisoning; with symptomatic cohabitants and headache it is in the first five', () => {
    const base = probOf(run('dizziness', 'emergency', 40, 'female', []), 'carbon-monoxide-poisoning');
    expect(probOf(run('dizziness', 'emergency', 40, 'female', ['+home-heated-by-gas-space-heater-or-stove']), 'carbon-monoxide-poisoning')).toBeGreaterThan(base);
    const r = run('dizziness', 'emergency', 40, 'female', ['+home-heated-by-gas-space-heater-or-stove', '+symptomatic-cohabitants', '+headache', '+nausea-or-vomiting']);
    expect(rankOf(r, 'carbon-monoxide-poisoning')).toBeLessThanOrEqual(5);
  });
});

describe('fatigue: coeliac disease (session 37, tnp)', () => {
  test('diarrhoea raises coeliac disease; with weight loss and anaemia it leads in a young woman', () => {
    const base = probOf(run('fatigue', 'primary-care', 30, 'female', []), 'coeliac-disease');
    expect(probOf(run('fatigue', 'primary-care', 30, 'female', ['+diarrhoea']), 'coeliac-disease')).toBeGreaterThan(base);
    expect(probOf(run('fatigue', 'primary-care', 30, 'female', ['-diarrhoea']), 'coeliac-disease')).toBeLessThan(base);
    const r = run('fatigue', 'primary-care', 30, 'female', ['+diarrhoea', '+unintentional-weight-loss', '+haemoglobin-below-120']);
    expect(rankOf(r, 'coeliac-disease')).toBeLessThanOrEqual(2);
  });
});

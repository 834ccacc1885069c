/**
 * Textbook presentations of focal weakness or numbness (stroke-like symptoms) entered as a clinician would (problem,
 * setting, age, sex, findings; no vignette), on the real knowledge base (session 33, round 4, curator weak5). Every cause
 * of the problem that had no classic-presentation guard (drug or alcohol intoxication, intracerebral and subarachnoid
 * haemorrhage, sepsis, TIA, Bell's palsy, hyponatraemia, posterior circulation stroke, anxiety disorder) was entered once
 * in both settings; the pictures are guarded as they are.
 *
 * What was wrong: no knowledge was changed this round (no cited, graded figure with an identifier could be read within
 * the round's time for the worst pictures). Ranks found (emergency and primary care alike, the figures being shared):
 * - Intracerebral haemorrhage (hypertensive man, headache with the deficit, vomiting, diastolic over 110, GCS below 15):
 *   second, behind acute stroke (its broader category), by Runchey & McGee's grade A ratios. Right.
 * - Subarachnoid haemorrhage (thunderclap headache, neck stiffness, vomiting, a deficit): third. Acceptable.
 * - Drug or alcohol intoxication (alcohol on the breath, GCS below 15, agitation, alcohol use disorder): first. Right.
 * - TIA (resolved weakness and aphasia, ABCD2 4 or more, hypertension): second behind acute stroke. Right.
 * - Bell's palsy (facial weakness involving the forehead, postauricular pain, taste change, dry eye, no limb deficit):
 *   second behind acute stroke. Acceptable (forehead sparing is the stroke sign; see gaps).
 * - Hyponatraemia (an old woman on a thiazide, confused, falling, sodium below 135): established by its laboratory
 *   definition. Right.
 * Gaps (not fixed, recorded for the lead):
 * - Posterior circulation stroke (vertigo, diplopia, nystagmus, severe truncal instability, sudden onset, hypertension):
 *   twelfth (policy prior 0.5%; only vertigo, grade C, and truncal instability, grade A, count; diplopia and nystagmus
 *   have no entry). Acute stroke, its broader category, is first, so the patient is not missed; a frequency of diplopia,
 *   nystagmus or limb ataxia in vertebrobasilar stroke (e.g. the NEMC Posterior Circulation Registry) was not read.
 * - Sepsis (an 84-year-old woman with fever, confusion, tachycardia, tachypnoea and a deficit): fourth in the emergency
 *   department, fifth in primary care, on its prior only: qSOFA is not applicable outside fever, and fever has no sepsis
 *   entry in focal weakness.
 * - Anxiety disorder (young woman, anxiety, paraesthesia, panic disorder, insomnia, no deficit): eleventh, behind
 *   functional neurological disorder (second), which is the diagnosis that carries this picture's figures.
 *
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['emergency', 'primary-care'] as const;
const listedBy = (rank: number, bound: number): boolean => rank > 0 && rank <= bound;

describe('classic presentations of focal weakness (session 33, round 4, weak5)', () => {
  for (const setting of settings) {
    test(`${setting}: a 70-year-old hypertensive man with a sudden deficit, headache, vomiting, a diastolic over 110 and a lowered GCS: intracerebral haemorrhage in the first two, above migraine, by grade A steps`, () => {
      const r = run('focal-weakness', setting, 70, 'male', ['+facial-paresis-arm-drift-or-abnormal-speech', '+sudden-onset-neurological-symptoms', '+headache-with-focal-neurological-symptoms', '+nausea-or-vomiting', '+diastolic-bp-over-110', '+history-of-hypertension', '+gcs-below-15']);
      expect(listedBy(rankOf(r, 'intracerebral-haemorrhage'), 2)).toBe(true);
      expect(p(r, 'intracerebral-haemorrhage')).toBeGreaterThan(p(r, 'migraine'));
      expect(findingStepOf(r, 'intracerebral-haemorrhage', 'diastolic-bp-over-110')?.grade).toBe('A');
    });

    test(`${setting}: a 52-year-old woman with a thunderclap headache, neck stiffness, vomiting and a deficit: subarachnoid haemorrhage in the first three, raised by the picture`, () => {
      const bare = run('focal-weakness', setting, 52, 'female', ['+facial-paresis-arm-drift-or-abnormal-speech']);
      const r = run('focal-weakness', setting, 52, 'female', ['+facial-paresis-arm-drift-or-abnormal-speech', '+sudden-onset-neurological-symptoms', '+thunderclap-headache', '+headache', '+neck-stiffness', '+nausea-or-vomiting']);
      expect(listedBy(rankOf(r, 'subarachnoid-haemorrhage'), 3)).toBe(true);
      expect(rankOf(r, 'subarachnoid-haemorrhage')).toBeLessThan(rankOf(bare, 'subarachnoid-haemorrhage'));
    });

    test(`${setting}: a 30-year-old man with alcohol on the breath, a lowered GCS, agitation and an unsteady gait: intoxication first, above acute stroke`, () => {
      const r = run('focal-weakness', setting, 30, 'male', ['+alcohol-odour-on-breath', '+gcs-below-15', '+agitation', '+history-of-alcohol-use-disorder', '+gait-disturbance']);
      expect(rankOf(r, 'drug-or-alcohol-intoxication')).toBe(1);
      expect(p(r, 'drug-or-alcohol-intoxication')).toBeGreaterThan(p(r, 'acute-stroke'));
    });

    test(`${setting}: an 84-year-old woman with fever, confusion, tachycardia, tachypnoea and a deficit: sepsis in the first five (on its prior; a gap)`, () => {
      const r = run('focal-weakness', setting, 84, 'female', ['+facial-paresis-arm-drift-or-abnormal-speech', '+fever', '+confusion', '+heart-rate-over-100', '+respiratory-rate-22-or-more', '+qsofa-score-2-or-more']);
      expect(listedBy(rankOf(r, 'sepsis'), 5)).toBe(true);
    });

    test(`${setting}: a 72-year-old hypertensive man whose sudden weakness and aphasia have resolved, ABCD2 4 or more: TIA second, above seizure`, () => {
      const r = run('focal-weakness', setting, 72, 'male', ['+transient-motor-weakness', '+sudden-onset-neurological-symptoms', '+aphasia', '+history-of-hypertension', '+abcd2-score-4-or-more', '-focal-neurological-deficit']);
      expect(listedBy(rankOf(r, 'transient-ischaemic-attack'), 2)).toBe(true);
      expect(p(r, 'transient-ischaemic-attack')).toBeGreaterThan(p(r, 'epileptic-seizure'));
    });

    test(`${setting}: a 40-year-old woman with facial weakness involving the forehead, pain behind the ear, altered taste and a dry eye, no limb deficit: Bell's palsy in the first two, above seizure`, () => {
      const r = run('focal-weakness', setting, 40, 'female', ['+facial-weakness-involving-forehead', '+postauricular-pain', '+taste-disturbance', '+dry-eye-with-facial-weakness', '-focal-neurological-deficit']);
      expect(listedBy(rankOf(r, 'bells-palsy'), 2)).toBe(true);
      expect(p(r, 'bells-palsy')).toBeGreaterThan(p(r, 'epileptic-seizure'));
    });

    test(`${setting}: an 82-year-old woman on a thiazide, confused and falling, with a sodium below 135: hyponatraemia established`, () => {
      const r = run('focal-weakness', setting, 82, 'female', ['+thiazide-diuretic-use', '+confusion', '+recent-fall', '+nausea-or-vomiting', '+sodium-below-135']);
      expect(r.established.map((d) => d.conditionId)).toContain('hyponatraemia');
    });

    test(`${setting}: a 66-year-old hypertensive man with sudden vertigo, diplopia, nystagmus and severe truncal instability: acute stroke first, posterior circulation stroke listed and raised (a gap: not in the first ten)`, () => {
      const bare = run('focal-weakness', setting, 66, 'male', ['+sudden-onset-neurological-symptoms']);
      const r = run('focal-weakness', setting, 66, 'male', ['+vertigo', '+diplopia', '+gait-truncal-instability-grade-2-or-3', '+nystagmus', '+sudden-onset-neurological-symptoms', '+history-of-hypertension']);
      expect(rankOf(r, 'acute-stroke')).toBe(1);
      expect(rankOf(r, 'posterior-circulation-stroke')).toBeGreaterThan(0);
      expect(p(r, 'posterior-circulation-stroke')).toBeGreaterThan(p(bare, 'posterior-circulation-stroke'));
    });

    test(`${setting}: a 28-year-old woman with anxiety, panic disorder, insomnia and paraesthesia, no deficit: functional neurological disorder in the first three, anxiety disorder listed below it (a gap)`, () => {
      const r = run('focal-weakness', setting, 28, 'female', ['+anxiety-or-tension', '+paraesthesia', '+history-of-panic-disorder', '+insomnia-symptom', '-focal-neurological-deficit']);
      expect(listedBy(rankOf(r, 'functional-neurological-disorder'), 3)).toBe(true);
      expect(rankOf(r, 'anxiety-disorder')).toBeGreaterThan(0);
      expect(p(r, 'functional-neurological-disorder')).toBeGreaterThan(p(r, 'anxiety-disorder'));
    });
  }
});

/**
 * Textbook syncope presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (session 31, curator sss: sick sinus syndrome, the seizure-like collapse of an older man, the young vasovagal faint).
 *
 * Sick sinus syndrome is defined (Semelka 2013 AFP, abstract) by the arrhythmia recorded on the ECG or an ambulatory
 * monitor together with the symptoms. With syncope recorded beside the recording the engine establishes it by that
 * definition and shows cardiac arrhythmia, its broader diagnosis, as "found as" sick sinus syndrome (subsumed) rather than
 * as a separate estimate; the syncope problem is then explained and the differential lists the alternatives.
 *
 * Gaps (not fixed here, recorded for the next session):
 * - A presenting problem entered by the clinician (syncope) does not count as its own complaint finding
 *   (`syncope-or-near-syncope`) in a definition, although a charted syncope code does: with only the problem and the
 *   ECG finding, sick sinus syndrome stays a grade C estimate (ratio 3.58 over the 25% policy background) below
 *   vasovagal and orthostatic syncope in a 79-year-old. Engine change needed (complaintFindings read into definitionMet).
 * - No cited frequency of sinus node dysfunction on the ECG or Holter among patients presenting with syncope was read
 *   (ESC 2018 and the Del Rosso 2008 EGSYS item table were not readable past their openings; Nishijima 2018 gives
 *   adjusted odds ratios for other ECG items only), so that ratio stays grade C.
 * - The sick sinus syndrome prior (18/4030, Canadian Syncope Risk Score Table 2) counts events after disposition only.
 *
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, priorStepOf, rankOf, findingStepOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of syncope (session 31, sick sinus syndrome and seizure-like collapse)', () => {
  for (const setting of ['emergency', 'primary-care'] as const) {
    test(`${setting}: a 79-year-old woman with syncope, a slow pulse and sinus pauses on the Holter: sick sinus syndrome is established and cardiac arrhythmia is found as it`, () => {
      // Semelka 2013 (AFP): the diagnosis is made by recording the arrhythmia in conjunction with the symptoms.
      const r = run('syncope', setting, 79, 'female', ['+syncope-or-near-syncope', '+ecg-or-monitor-sinus-node-dysfunction', '+bradycardia', '-prodrome-before-syncope']);
      expect(r.established.map((d) => d.conditionId)).toContain('sick-sinus-syndrome');
      expect(r.subsumed?.find((s) => s.conditionId === 'cardiac-arrhythmia')?.form.conditionId).toBe('sick-sinus-syndrome');
      expect(rankOf(r, 'cardiac-arrhythmia')).toBe(0);
    });

    test(`${setting}: the recording alone raises sick sinus syndrome above its bare rank, with a graded step`, () => {
      const bare = run('syncope', setting, 79, 'female', []);
      const r = run('syncope', setting, 79, 'female', ['+ecg-or-monitor-sinus-node-dysfunction', '+bradycardia']);
      expect(p(r, 'sick-sinus-syndrome')).toBeGreaterThan(p(bare, 'sick-sinus-syndrome'));
      expect(rankOf(r, 'sick-sinus-syndrome')).toBeLessThan(rankOf(bare, 'sick-sinus-syndrome'));
      expect(findingStepOf(r, 'sick-sinus-syndrome', 'ecg-or-monitor-sinus-node-dysfunction')?.grade).toBe('C');
    });
  }

  test('a 68-year-old man: the vasovagal prior is the geriatric cohort share of true syncope (other-setting), epileptic seizure the emergency syncope cohort that included first seizures (exact)', () => {
    // Ungar 2006: 231 of 242 referrals for transient loss of consciousness had syncope (11 syncope-like conditions left
    // out); neuroreflex forms 62.3% at 65-74. Martin 1984: 170 emergency syncope presentations, first seizure 8.8%.
    const r = run('syncope', 'emergency', 68, 'male', []);
    const vv = priorStepOf(r, 'vasovagal-syncope');
    expect(vv?.source?.citation).toBe('ungar-2006-jags-syncope-older-geriatric-departments');
    expect(vv?.populationMatch).toBe('other-setting');
    expect(vv?.populationAgeYears).toEqual({ min: 65, max: 74 });
    const sz = priorStepOf(r, 'epileptic-seizure');
    expect(sz?.source?.citation).toBe('martin-1984-annemergmed-syncope-prospective');
    expect(sz?.populationMatch).toBe('exact');
    expect(p(r, 'vasovagal-syncope')).toBeGreaterThan(p(r, 'epileptic-seizure'));
  });

  for (const setting of ['emergency', 'primary-care'] as const) {
    test(`${setting}: a 68-year-old man whose collapse was seizure-like (bitten tongue, disoriented afterwards): epileptic seizure first, above vasovagal syncope`, () => {
      // Brigo 2012 tongue biting (A) and Hoefnagels 1991 post-ictal disorientation (A), both in transient loss of consciousness.
      const r = run('syncope', setting, 68, 'male', ['+tongue-biting', '+postictal-disorientation']);
      expect(rankOf(r, 'epileptic-seizure')).toBe(1);
      expect(p(r, 'epileptic-seizure')).toBeGreaterThan(p(r, 'vasovagal-syncope'));
    });

    test(`${setting}: a 22-year-old woman who fainted on standing in a hot crowded room after nausea and sweating keeps vasovagal syncope first`, () => {
      const r = run('syncope', setting, 22, 'female', ['+syncope-vasovagal-predisposition', '+autonomic-prodrome-before-syncope', '+syncope-after-prolonged-standing']);
      expect(rankOf(r, 'vasovagal-syncope')).toBe(1);
      expect(p(r, 'vasovagal-syncope')).toBeGreaterThan(p(r, 'sick-sinus-syndrome'));
      expect(p(r, 'vasovagal-syncope')).toBeGreaterThan(p(r, 'cardiac-arrhythmia'));
    });
  }
});

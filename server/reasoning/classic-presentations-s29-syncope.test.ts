/**
 * Textbook syncope presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (session 29, syncope curator). The EGSYS history items had no findings: a vasovagal trigger (warm crowded place,
 * prolonged standing, fear, emotion or pain), a prodrome (and an autonomic prodrome, nausea, sweating or feeling warm,
 * which implies one) and a left bundle branch block now carry ratios for cardiac arrhythmia from the Canadian Syncope
 * Risk Score derivation cohort (Thiruganasambandamoorthy 2016 CMAJ, Table 3 read in PMC5008955: 30-day serious adverse
 * events, two thirds cardiac, against none), applied in emergency-department syncope only and in the EGSYS correlation
 * group so that one patient's history counts once beside the EGSYS score and "heart disease or abnormal ECG".
 * Syncope during effort, while supine and palpitations before syncope still have no readable ratio (the Del Rosso 2008
 * and Alboni 2001 item tables were not reachable). Expectations are about order, not percentages, since the
 * recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of syncope (session 29, syncope curator)', () => {
  test('a 22-year-old woman who fainted in a hot crowded place after nausea and sweating: vasovagal first, cardiac arrhythmia lower than with nothing said', () => {
    // CSRS Table 3: predisposition to vasovagal syncope in 12.9% with a 30-day serious adverse event against 43.0% without
    // (LR+ 0.30); prodrome 56.9% against 76.1% (LR+ 0.75). One correlation group, so the stronger (0.30) counts.
    const bare = run('syncope', 'emergency', 22, 'female', []);
    const r = run('syncope', 'emergency', 22, 'female', ['+syncope-vasovagal-predisposition', '+autonomic-prodrome-before-syncope']);
    expect(rankOf(r, 'vasovagal-syncope')).toBe(1);
    expect(p(r, 'cardiac-arrhythmia')).toBeLessThan(p(bare, 'cardiac-arrhythmia'));
    expect(p(r, 'vasovagal-syncope')).toBeGreaterThan(p(r, 'cardiac-arrhythmia'));
  });

  test('a 78-year-old man with a first faint, no warning, no trigger and a left bundle branch block: cardiac arrhythmia first, above orthostatic and vasovagal syncope', () => {
    // CSRS Table 3: left bundle branch block 11.4% against 2.3% (LR+ 4.96), in the EGSYS group with the absent prodrome
    // (LR- 1.80) and trigger (LR- 1.53), so only the bundle branch block counts there; Albassam 2019 (JAMA RCE): age at
    // first syncope 35 or over LR 3.3. Without the ECG finding cardiac arrhythmia stays below orthostatic hypotension.
    const history = ['-prodrome-before-syncope', '-syncope-vasovagal-predisposition', '+age-at-first-syncope-35-or-over'];
    const withoutEcg = run('syncope', 'emergency', 78, 'male', history);
    const r = run('syncope', 'emergency', 78, 'male', [...history, '+ecg-left-bundle-branch-block']);
    expect(rankOf(r, 'cardiac-arrhythmia')).toBe(1);
    expect(p(r, 'cardiac-arrhythmia')).toBeGreaterThan(p(r, 'orthostatic-hypotension'));
    expect(p(r, 'cardiac-arrhythmia')).toBeGreaterThan(p(r, 'vasovagal-syncope'));
    expect(p(r, 'cardiac-arrhythmia')).toBeGreaterThan(p(withoutEcg, 'cardiac-arrhythmia'));
  });

  test('no prodrome and no vasovagal trigger raise cardiac arrhythmia in a 78-year-old man, but count once beside heart disease or an abnormal ECG', () => {
    // CSRS Table 3: absent prodrome LR- 0.431/0.239 = 1.80; absent predisposition LR- 0.871/0.570 = 1.53. Albassam 2019:
    // heart disease, abnormal ECG or both LR 2.3, the same EGSYS group, so it alone counts when present.
    const bare = run('syncope', 'emergency', 78, 'male', []);
    const none = run('syncope', 'emergency', 78, 'male', ['-prodrome-before-syncope', '-syncope-vasovagal-predisposition']);
    expect(p(none, 'cardiac-arrhythmia')).toBeGreaterThan(p(bare, 'cardiac-arrhythmia'));
    const heart = run('syncope', 'emergency', 78, 'male', ['+heart-disease-or-abnormal-ecg']);
    const both = run('syncope', 'emergency', 78, 'male', ['+heart-disease-or-abnormal-ecg', '-prodrome-before-syncope', '-syncope-vasovagal-predisposition']);
    expect(p(both, 'cardiac-arrhythmia')).toBeCloseTo(p(heart, 'cardiac-arrhythmia'), 6);
  });

  test('syncope after prolonged standing is a vasovagal trigger: it lowers cardiac arrhythmia as the trigger itself does', () => {
    // CSRS Table 4 footnote: the predisposition is a warm crowded place, prolonged standing, fear, emotion or pain, so
    // prolonged standing implies it (derivedFrom, present only): cardiac arrhythmia LR+ 0.30 as for the trigger entered.
    const bare = run('syncope', 'emergency', 40, 'female', []);
    const standing = run('syncope', 'emergency', 40, 'female', ['+syncope-after-prolonged-standing']);
    const trigger = run('syncope', 'emergency', 40, 'female', ['+syncope-vasovagal-predisposition']);
    expect(p(standing, 'cardiac-arrhythmia')).toBeLessThan(p(bare, 'cardiac-arrhythmia'));
    expect(p(standing, 'cardiac-arrhythmia')).toBeCloseTo(p(trigger, 'cardiac-arrhythmia'), 6);
  });

  test('the emergency-department ratios of the Canadian cohort are not used in primary care', () => {
    // appliesTo settings emergency: the CSRS cohort enrolled emergency-department patients only.
    const bare = run('syncope', 'primary-care', 22, 'female', []);
    const trigger = run('syncope', 'primary-care', 22, 'female', ['+syncope-vasovagal-predisposition']);
    expect(p(trigger, 'cardiac-arrhythmia')).toBeCloseTo(p(bare, 'cardiac-arrhythmia'), 6);
  });
});

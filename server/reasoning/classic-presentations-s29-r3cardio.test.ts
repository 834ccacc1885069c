/**
 * Textbook presentations of chest pain, syncope and palpitations entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 29, round 3, cardiovascular curator r3cardio).
 * - Aortic dissection: the Rational Clinical Examination items (Klompas 2002: sudden onset, pulse or blood-pressure
 *   differential, widened mediastinum, focal deficit, diastolic murmur) and the tearing quality (Ohle 2018) were already
 *   findings with ratios; the aortic dissection detection risk score alone was not (only combined with a D-dimer). It is
 *   now three strata (0, 1, 2 or more) with the Ren 2024 meta-analysis summary estimates, read as a score whose items are
 *   the findings above, so that a score entered beside its items counts once.
 * - Sick sinus syndrome in syncope is established (Semelka 2013 definition: the arrhythmia recorded with symptoms) when
 *   the chart carries the syncope; the presentation runner passes the complaint as a problem only, which is not a chart
 *   finding, so that test builds a chart.
 * - Palpitations: SVT, atrial fibrillation and anxiety each lead with their hallmark (Thavendiranathan 2009; Taggar 2016).
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';
import { buildEncounter, buildPatient } from '../../tests/builders/chart-builder';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of aortic dissection in emergency chest pain (session 29, r3cardio)', () => {
  test('a 68-year-old hypertensive man with sudden tearing chest pain radiating to the back and a pulse deficit: aortic dissection first', () => {
    // Klompas 2002 (JAMA RCE, abstract): pulse or blood-pressure differential LR+ 5.7; sudden onset in 84%. Ohle 2018
    // (Acad Emerg Med, abstract): tearing or ripping pain LR+ 42.1 (lower 95% limit 9.9 used). Hagan 2000 (IRAD): back
    // pain 53.2%, hypertension 72%.
    const r = run('chest-pain', 'emergency', 68, 'male', ['+sudden-onset-pain', '+tearing-or-ripping-pain', '+back-pain', '+history-of-hypertension', '+pulse-or-bp-differential']);
    expect(rankOf(r, 'aortic-dissection')).toBe(1);
    expect(p(r, 'aortic-dissection')).toBeGreaterThan(p(r, 'acute-coronary-syndrome'));
  });

  test('the tearing quality moves aortic dissection into the top three; without it (sudden onset, back pain, hypertension) it is listed lower', () => {
    // Ohle 2018: tearing or ripping pain LR+ 9.9 (lower 95% limit), emergency truncal pain.
    const without = run('chest-pain', 'emergency', 68, 'male', ['+sudden-onset-pain', '+back-pain', '+history-of-hypertension']);
    const tearing = run('chest-pain', 'emergency', 68, 'male', ['+sudden-onset-pain', '+tearing-or-ripping-pain', '+back-pain', '+history-of-hypertension']);
    expect(rankOf(without, 'aortic-dissection')).toBeGreaterThan(0);
    expect(rankOf(tearing, 'aortic-dissection')).toBeLessThanOrEqual(3);
    expect(rankOf(tearing, 'aortic-dissection')).toBeLessThan(rankOf(without, 'aortic-dissection'));
  });

  test('an ADD-RS of 0 lowers aortic dissection and an ADD-RS of 2 or more raises it', () => {
    // Ren 2024 (PLOS ONE, abstract): ADD-RS>0 sensitivity 94.6%, specificity 34.7% (a score of 0: LR 0.054/0.347 = 0.16);
    // ADD-RS>1 sensitivity 43.4%, specificity 89.3% (LR+ 4.06).
    const bare = run('chest-pain', 'emergency', 68, 'male', []);
    const zero = run('chest-pain', 'emergency', 68, 'male', ['+add-rs-score-0']);
    const high = run('chest-pain', 'emergency', 68, 'male', ['+add-rs-score-2-or-more']);
    expect(p(zero, 'aortic-dissection')).toBeLessThan(p(bare, 'aortic-dissection'));
    expect(p(high, 'aortic-dissection')).toBeGreaterThan(p(bare, 'aortic-dissection'));
  });

  test('an ADD-RS entered beside one of its items counts once (the tearing pain is an item of the score)', () => {
    // The score's pain-feature category holds abrupt onset and a ripping or tearing quality (ADD-RS); the score is a rule
    // with items, so the item's own ratio (Ohle 2018, 9.9) is not counted again when the score counts.
    const score = run('chest-pain', 'emergency', 68, 'male', ['+add-rs-score-2-or-more']);
    const both = run('chest-pain', 'emergency', 68, 'male', ['+add-rs-score-2-or-more', '+tearing-or-ripping-pain']);
    expect(p(both, 'aortic-dissection')).toBeCloseTo(p(score, 'aortic-dissection'), 6);
  });

  test('the ADD-RS ratios are not used in primary care (the pooled studies were of emergency patients)', () => {
    const bare = run('chest-pain', 'primary-care', 68, 'male', []);
    const high = run('chest-pain', 'primary-care', 68, 'male', ['+add-rs-score-2-or-more']);
    expect(p(high, 'aortic-dissection')).toBeCloseTo(p(bare, 'aortic-dissection'), 6);
  });
});

describe('sick sinus syndrome in syncope (session 29, r3cardio)', () => {
  const analyse = (overrides: { findingId: string; state: 'present' | 'absent' }[]) =>
    analyzeSync(kb, {
      chart: [buildPatient({ gender: 'female', birthDate: '1950-01-01' }), buildEncounter('271594007')],
      setting: 'emergency',
      overrides,
      extractOptions: { asOf: '2026-11-20T12:00:00Z' },
    }).result;

  test('a 76-year-old woman seen for syncope whose monitoring shows sinus pauses: sick sinus syndrome is established, not ranked', () => {
    // Semelka 2013 (Am Fam Physician, abstract): the diagnosis 'is ultimately made by electrocardiographic identification
    // of the arrhythmia in conjunction with the presence of symptoms'; syncope or near-fainting in about one-half.
    const r = analyse([{ findingId: 'ecg-or-monitor-sinus-node-dysfunction', state: 'present' }]);
    expect(r.established.map((d) => d.conditionId)).toContain('sick-sinus-syndrome');
  });

  test('the same woman with bradycardia but no recorded sinus node dysfunction: sick sinus syndrome is ranked, not established', () => {
    const r = analyse([{ findingId: 'bradycardia', state: 'present' }]);
    expect(r.established.map((d) => d.conditionId)).not.toContain('sick-sinus-syndrome');
    expect(r.differential.map((d) => d.conditionId)).toContain('sick-sinus-syndrome');
  });
});

describe('classic presentations of palpitations (session 29, r3cardio)', () => {
  test('a 30-year-old woman with sudden, rapid, regular palpitations and a pounding sensation in the neck: SVT above anxiety and atrial fibrillation', () => {
    // Thavendiranathan 2009 (JAMA RCE, abstract): regular rapid-pounding sensation in the neck LR 177 for AV nodal re-entry.
    const r = run('palpitations', 'primary-care', 30, 'female', ['+sudden-onset-rapid-regular-palpitations', '+regular-rapid-pounding-in-neck']);
    expect(p(r, 'supraventricular-tachycardia')).toBeGreaterThan(p(r, 'anxiety-disorder'));
    expect(rankOf(r, 'supraventricular-tachycardia')).toBeLessThan(rankOf(r, 'atrial-fibrillation'));
  });

  test('a 70-year-old man with palpitations and an irregular pulse: atrial fibrillation above anxiety and SVT', () => {
    // Taggar 2016 (meta-analysis): irregular pulse sensitivity 92%, specificity 82% for atrial fibrillation.
    const r = run('palpitations', 'primary-care', 70, 'male', ['+irregular-pulse']);
    expect(p(r, 'atrial-fibrillation')).toBeGreaterThan(p(r, 'anxiety-disorder'));
    expect(rankOf(r, 'atrial-fibrillation')).toBeLessThan(rankOf(r, 'supraventricular-tachycardia'));
  });

  test('a 28-year-old woman with panic disorder and palpitations lasting under five minutes: anxiety first, arrhythmia lower than with nothing said', () => {
    // Thavendiranathan 2009: panic disorder LR 0.26 and palpitations lasting under 5 minutes LR 0.38 for an arrhythmia.
    const bare = run('palpitations', 'primary-care', 28, 'female', []);
    const r = run('palpitations', 'primary-care', 28, 'female', ['+history-of-panic-disorder', '+palpitations-under-5-minutes']);
    expect(rankOf(r, 'anxiety-disorder')).toBe(1);
    expect(p(r, 'cardiac-arrhythmia')).toBeLessThan(p(bare, 'cardiac-arrhythmia'));
  });
});

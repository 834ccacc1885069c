/**
 * Textbook syncope presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (session 28, syncope curator r4). The EGSYS item "abnormal ECG and/or heart disease" had no finding; it now carries
 * the Albassam 2019 JAMA Rational Clinical Examination ratios for cardiac syncope ("Heart disease, abnormal ECG, or
 * both" LR+ 2.3; absence LR- 0.20, summary table read in TheNNT's reproduction), applied in syncope only, and shares a
 * correlation group with the EGSYS score and known severe structural heart disease so that one patient's heart disease
 * counts once. Expectations are about order, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of syncope (session 28, r4)', () => {
  test('a 25-year-old woman with no heart disease and a normal ECG: vasovagal first, cardiac arrhythmia lower than with nothing said', () => {
    // Albassam 2019 (JAMA RCE, summary table via TheNNT): absence of heart disease, abnormal ECG or both, LR 0.20.
    const bare = run('syncope', 'emergency', 25, 'female', []);
    const none = run('syncope', 'emergency', 25, 'female', ['-heart-disease-or-abnormal-ecg']);
    expect(rankOf(none, 'vasovagal-syncope')).toBe(1);
    expect(p(none, 'cardiac-arrhythmia')).toBeLessThan(p(bare, 'cardiac-arrhythmia'));
  });

  test('heart disease or an abnormal ECG raises cardiac arrhythmia in a 60-year-old, but counts once beside known severe structural heart disease', () => {
    // Albassam 2019: heart disease, abnormal ECG or both LR 2.3; known severe structural heart disease LR 3.3 (lower
    // bound); one correlation group (the EGSYS item, the EGSYS score and severe structural heart disease).
    const bare = run('syncope', 'emergency', 60, 'male', []);
    const item = run('syncope', 'emergency', 60, 'male', ['+heart-disease-or-abnormal-ecg']);
    expect(p(item, 'cardiac-arrhythmia')).toBeGreaterThan(p(bare, 'cardiac-arrhythmia'));
    const severe = run('syncope', 'emergency', 60, 'male', ['+severe-structural-heart-disease']);
    const both = run('syncope', 'emergency', 60, 'male', ['+severe-structural-heart-disease', '+heart-disease-or-abnormal-ecg']);
    expect(rankOf(both, 'cardiac-arrhythmia')).toBe(rankOf(severe, 'cardiac-arrhythmia'));
    expect(p(both, 'cardiac-arrhythmia')).toBeCloseTo(p(severe, 'cardiac-arrhythmia'), 6);
  });
});

/**
 * Textbook presentations of breathlessness entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 28, curator r3-cap). Before this session pneumonia had no fever or cough ratio in the
 * breathlessness complaint (fever was limited to cough and chest pain, cough to fever, confusion and chest pain), so a
 * breathless patient without fever or cough kept pneumonia's whole emergency prior (lower respiratory tract infection,
 * 24.9%, Laribi 2019) and a febrile coughing one gained nothing from it. Pneumonia now takes, in breathlessness only, the
 * history ratios of the Rational Clinical Examination (Metlay, Kapoor & Fine 1997 JAMA, history table read as adapted by
 * the University of Washington Advanced Physical Diagnosis evidence page): fever LR+ 1.7 / LR- 0.71 (least informative
 * ends of 1.7-2.1 and 0.59-0.71), cough LR+ 1.8 / LR- 0.31. Fever shares the systemic-inflammatory-response group with
 * the heart rate, so with a tachycardia only the stronger counts. Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of breathlessness with and without fever and cough (session 28, r3-cap)', () => {
  test('a breathless 55-year-old woman in the emergency department with fever, cough and crackles: pneumonia above heart failure', () => {
    // Metlay 1997 RCE: fever LR+ 1.7, cough LR+ 1.8 (breathlessness variants); crackles LR+ 2.42 (Htun 2019) against
    // heart failure's rales LR+ 2.8 (Wang 2005) and its age ratio. Before: heart failure first.
    const r = run('dyspnoea', 'emergency', 55, 'female', ['+fever', '+cough', '+crackles-on-auscultation']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThan(rankOf(r, 'heart-failure'));
  });

  test('a breathless 30-year-old woman with sudden onset and pleuritic pain, no cough and no fever: pulmonary embolism above pneumonia', () => {
    // Metlay 1997 RCE: absent cough LR- 0.31, absent fever LR- 0.71. Before: pneumonia first on its prior alone.
    const r = run('dyspnoea', 'emergency', 30, 'female', ['+sudden-onset-dyspnoea', '+pleuritic-chest-pain', '-cough', '-fever']);
    expect(rankOf(r, 'pulmonary-embolism')).toBeGreaterThan(0);
    expect(rankOf(r, 'pulmonary-embolism')).toBeLessThan(rankOf(r, 'community-acquired-pneumonia'));
  });

  test('a wheezy breathless 30-year-old woman without cough or fever: asthma above pneumonia', () => {
    // Metlay 1997 RCE: absent cough LR- 0.31, absent fever LR- 0.71 (the wheeze itself carries no pneumonia ratio here).
    const r = run('dyspnoea', 'emergency', 30, 'female', ['+wheeze', '-cough', '-fever']);
    expect(rankOf(r, 'asthma')).toBeLessThan(rankOf(r, 'community-acquired-pneumonia'));
  });

  test('a breathless 30-year-old woman in general practice with fever, cough and tachycardia: pneumonia above asthma', () => {
    // Metlay 1997 RCE: cough LR+ 1.8; heart rate over 100 LR+ 2.79 (Htun 2019) counts in place of fever (same group).
    const r = run('dyspnoea', 'primary-care', 30, 'female', ['+fever', '+cough', '+heart-rate-over-100']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThan(rankOf(r, 'asthma'));
  });

  test('in breathlessness, the absence of cough and fever lowers pneumonia, their presence raises it', () => {
    const base = ['+pleuritic-chest-pain', '+heart-rate-over-100'];
    const bare = run('dyspnoea', 'emergency', 40, 'female', base);
    const neither = run('dyspnoea', 'emergency', 40, 'female', [...base, '-fever', '-cough']);
    const both = run('dyspnoea', 'emergency', 40, 'female', [...base, '+fever', '+cough']);
    expect(p(neither, 'community-acquired-pneumonia')).toBeLessThan(p(bare, 'community-acquired-pneumonia'));
    expect(p(both, 'community-acquired-pneumonia')).toBeGreaterThan(p(bare, 'community-acquired-pneumonia'));
  });
});

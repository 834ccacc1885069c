/**
 * Textbook chest-pain presentations entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 28, chest-pain curator "chest2"). Before this session a 45-year-old man with pleuritic chest pain, fever
 * and cough was chest wall pain, pericarditis and stable coronary disease before pneumonia (4th), because pneumonia's
 * fever ratio was limited to the cough complaint and it had no pleuritic-pain entry in chest pain; and chest pain
 * radiating to the left arm had no finding at all. Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic chest-pain presentations (session 28, chest2)', () => {
  test('pleuritic chest pain with fever and cough in primary care: pneumonia above pericarditis and stable coronary disease', () => {
    // Fever: Riquelme 1997 abstract, 64 of 101 CAP patients (grade C over the policy background, chest pain only);
    // pleuritic pain: Ticona 2021 abstract, 'typically include ... pleuritic pain' (HPO frequent, chest pain only);
    // cough: Riquelme 1997, 67 of 101 (existing entry).
    const r = run('chest-pain', 'primary-care', 45, 'male', ['+pleuritic-chest-pain', '+fever', '+cough']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThan(rankOf(r, 'pericarditis'));
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThan(rankOf(r, 'stable-coronary-heart-disease'));
  });

  test('pleuritic chest pain with fever and cough in the emergency department: pneumonia leads', () => {
    // Same sources as above; the emergency prior of chest wall pain (Mandrekar 2021, 16%) is lower than in primary care.
    const r = run('chest-pain', 'emergency', 45, 'male', ['+pleuritic-chest-pain', '+fever', '+cough']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBe(1);
  });

  test('an older woman in the emergency department with chest pain, fever and cough: pneumonia leads', () => {
    // Fever in chest pain: Riquelme 1997 (elderly CAP inpatients, 64 of 101), chest-pain-limited grade C entry.
    const r = run('chest-pain', 'emergency', 70, 'female', ['+fever', '+cough']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBe(1);
  });

  test('chest pain radiating to the left arm in a 55-year-old man in the emergency department: acute coronary syndrome leads', () => {
    // Swap & Nagurney 2005 (JAMA), radiation to the left arm LR 2.3 (read in the Clinical Advisor, EMJ and RCEM tables).
    const r = run('chest-pain', 'emergency', 55, 'male', ['+pain-radiating-left-arm']);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBe(1);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBeLessThan(rankOf(r, 'chest-wall-pain'));
  });

  test('left-arm radiation raises acute coronary syndrome, but less than right-arm radiation', () => {
    // Swap 2005: right arm or shoulder LR 4.7 > left arm 2.3; both findings share the chest-pain-radiation group.
    const none = run('chest-pain', 'emergency', 55, 'male', []);
    const left = run('chest-pain', 'emergency', 55, 'male', ['+pain-radiating-left-arm']);
    const right = run('chest-pain', 'emergency', 55, 'male', ['+pain-radiating-right-arm']);
    expect(p(left, 'acute-coronary-syndrome')).toBeGreaterThan(p(none, 'acute-coronary-syndrome'));
    expect(p(right, 'acute-coronary-syndrome')).toBeGreaterThan(p(left, 'acute-coronary-syndrome'));
  });
});

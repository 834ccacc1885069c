/**
 * Textbook presentations of breathlessness entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 27, curator tag chestdysp). Chest pain accompanying breathlessness had no ratio for any cause
 * of dyspnoea, so a young smoker with chest pain and a silent hemithorax, or an older man with chest pain and sweating,
 * ranked pneumothorax or the acute coronary syndrome fourth or fifth behind the complaint's common causes. Three grade C
 * ratios (server/knowledge/data/evidence/s27-chestdysp.json, limited to dyspnoea, presence only) fixed it:
 * pneumothorax 90.3% chest pain (Sousa 2011), pulmonary embolism 56% and 39% (Miniati 2012), acute coronary syndrome
 * 91.6% (GRACE, Brieger 2004), each over the 25% policy background. Expectations are about order, not percentages,
 * since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as probabilityOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations (session 27, chest pain accompanying breathlessness)', () => {
  // Sousa 2011 (J Clin Med Res, 93 episodes): chest pain the most frequent initial symptom (90.3%), diminished breath
  // sounds 81.7%. Before the chest-pain ratio the young smoker ranked pneumothorax 4th, behind pneumonia, asthma and PE.
  test('emergency breathlessness in a young male smoker with chest pain, sudden onset and reduced breath sounds: pneumothorax is in the top two, above PE', () => {
    const r = run('dyspnoea', 'emergency', 22, 'male', ['+chest-pain', '+sudden-onset-dyspnoea', '+reduced-breath-sounds', '+current-smoker']);
    expect(rankOf(r, 'pneumothorax')).toBeGreaterThan(0);
    expect(rankOf(r, 'pneumothorax')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'pneumothorax')).toBeLessThan(rankOf(r, 'pulmonary-embolism'));
  });

  test('primary-care breathlessness in a young man with chest pain, sudden onset and reduced breath sounds: pneumothorax is in the top three', () => {
    const r = run('dyspnoea', 'primary-care', 22, 'male', ['+chest-pain', '+sudden-onset-dyspnoea', '+reduced-breath-sounds']);
    expect(rankOf(r, 'pneumothorax')).toBeGreaterThan(0);
    expect(rankOf(r, 'pneumothorax')).toBeLessThanOrEqual(3);
  });

  // Miniati 2012 (PLoS One, 800 PE patients): sudden-onset dyspnoea 81/78%, chest pain 56/39%, haemoptysis 7/5%.
  test('emergency sudden breathlessness with chest pain, a swollen leg and haemoptysis: PE is in the top two (was 4th behind COPD and pneumonia)', () => {
    const r = run('dyspnoea', 'emergency', 55, 'male', ['+sudden-onset-dyspnoea', '+chest-pain', '+leg-swelling-sign', '+haemoptysis']);
    expect(rankOf(r, 'pulmonary-embolism')).toBeGreaterThan(0);
    expect(rankOf(r, 'pulmonary-embolism')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'pulmonary-embolism')).toBeLessThan(rankOf(r, 'copd'));
  });

  // Brieger 2004 (GRACE, 20,881 ACS): 8.4% presented without chest pain.
  test('emergency breathlessness in a 66-year-old man with chest pain, sweating and nausea: acute coronary syndrome leads', () => {
    const r = run('dyspnoea', 'emergency', 66, 'male', ['+chest-pain', '+diaphoresis', '+nausea-or-vomiting']);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBe(1);
  });

  test('emergency breathlessness in a 66-year-old man with chest pain and sweating: acute coronary syndrome is in the top two (was 5th)', () => {
    const r = run('dyspnoea', 'emergency', 66, 'male', ['+chest-pain', '+diaphoresis']);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBeGreaterThan(0);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBeLessThanOrEqual(2);
  });

  // Presence only: the series count chest pain among all patients with the disease, not those presenting with
  // breathlessness, where painless acute coronary syndromes (GRACE's painless group often had dyspnoea) are commoner.
  test('breathlessness without chest pain does not lower the acute coronary syndrome, PE or pneumothorax (presence-only ratios)', () => {
    const bare = run('dyspnoea', 'emergency', 70, 'female', []);
    const without = run('dyspnoea', 'emergency', 70, 'female', ['-chest-pain']);
    for (const id of ['acute-coronary-syndrome', 'pulmonary-embolism', 'pneumothorax']) {
      expect(probabilityOf(without, id)).toBeGreaterThan(0);
      expect(probabilityOf(without, id)).toBeCloseTo(probabilityOf(bare, id), 6);
    }
  });

  test('the chest-pain ratios stay in breathlessness: in the chest-pain complaint the finding is the complaint and moves none of them', () => {
    const bare = run('chest-pain', 'emergency', 60, 'male', []);
    const withFinding = run('chest-pain', 'emergency', 60, 'male', ['+chest-pain']);
    for (const id of ['acute-coronary-syndrome', 'pulmonary-embolism', 'pneumothorax']) {
      expect(probabilityOf(withFinding, id)).toBeCloseTo(probabilityOf(bare, id), 6);
    }
  });
});

/**
 * Breadth round (session 27, round 3, cardiovascular curator b-cardio): causes that standard texts give for chest pain,
 * palpitations and red eye but that the bare complaints did not list, and the textbook picture of each once attached.
 * - Red eye: episcleritis (new condition), named with conjunctivitis among the minor causes of the acute red eye (Gilani
 *   2017, West J Emerg Med, PMID 28435504); graded by Sainz de la Maza 2012 (decrease in vision 2.3%, ocular hypertension
 *   3.5% of 85 episcleritis patients) and the phenylephrine blanching sign (Morris 2024).
 * - Palpitations: sick sinus syndrome and high-degree atrioventricular block, the bradyarrhythmias the EHRA position paper
 *   (Raviele 2011, Europace, page 922) names as more rarely perceived as palpitations.
 * - Chest pain: aortic stenosis (StatPearls NBK557628: 'Patients go on to develop chest pain, heart failure, and syncope')
 *   and oesophageal dysmotility (Fass & Achem 2011: a minority mechanism of non-cardiac chest pain).
 * All on the policy prior (no share among patients with the complaint could be read). Expectations are about order, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('breadth of chest pain, palpitations and red eye (session 27, round 3, b-cardio)', () => {
  test('the bare complaints list the added causes', () => {
    // Red eye: episcleritis (Gilani 2017). Palpitations: the bradyarrhythmias (Raviele 2011). Chest pain: aortic stenosis
    // (StatPearls) and oesophageal dysmotility (Fass & Achem 2011).
    expect(rankOf(run('red-eye', 'primary-care', 36, 'female', []), 'episcleritis')).toBeGreaterThan(0);
    const palp = run('palpitations', 'emergency', 68, 'male', []);
    expect(rankOf(palp, 'sick-sinus-syndrome')).toBeGreaterThan(0);
    expect(rankOf(palp, 'high-grade-atrioventricular-block')).toBeGreaterThan(0);
    const chest = run('chest-pain', 'primary-care', 68, 'male', []);
    expect(rankOf(chest, 'aortic-stenosis')).toBeGreaterThan(0);
    expect(rankOf(chest, 'oesophageal-motility-disorder')).toBeGreaterThan(0);
  });

  test('painless red eye with normal vision whose injection blanches with phenylephrine: episcleritis above scleritis', () => {
    // Vision decreased in 2.3% of episcleritis (Sainz de la Maza 2012); the injection blanches with phenylephrine in
    // episcleritis, not in scleritis (Morris 2024).
    const r = run('red-eye', 'primary-care', 35, 'female', ['-visual-disturbance', '-purulent-eye-discharge', '-phenylephrine-test-redness-persists', '-eye-pain']);
    expect(rankOf(r, 'episcleritis')).toBeGreaterThan(0);
    expect(rankOf(r, 'episcleritis')).toBeLessThan(rankOf(r, 'scleritis'));
  });

  test('older man with exertional chest pain, a late-peaking systolic murmur and a slow carotid upstroke: aortic stenosis in the top three', () => {
    // Etchells 1997 (JAMA RCE): late-peaking murmur LR+ 8.0, slow carotid upstroke LR+ 2.8.
    const r = run('chest-pain', 'primary-care', 78, 'male', ['+exertional-chest-pain', '+late-peaking-systolic-murmur', '+slow-carotid-upstroke']);
    expect(rankOf(r, 'aortic-stenosis')).toBeGreaterThan(0);
    expect(rankOf(r, 'aortic-stenosis')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'aortic-stenosis')).toBeLessThan(rankOf(r, 'anxiety-disorder'));
  });

  test('palpitations with syncope and high-grade AV block on the ECG: the block is established, not left off the list', () => {
    // The ECG reading is the diagnosis (its definition); before this round palpitations did not list the block at all.
    const r = run('palpitations', 'emergency', 78, 'male', ['+ecg-high-grade-av-block', '+syncope']);
    expect(r.established.map((d) => d.conditionId)).toContain('high-grade-atrioventricular-block');
  });

  test('older woman with palpitations, bradycardia, near-syncope and known atrial fibrillation: sick sinus syndrome in the top five', () => {
    // Semelka 2013 (AFP) frequencies for bradycardia, syncope or near-syncope and atrial fibrillation (tachy-brady).
    const r = run('palpitations', 'primary-care', 75, 'female', ['+bradycardia', '+syncope-or-near-syncope', '+history-of-atrial-fibrillation']);
    expect(rankOf(r, 'sick-sinus-syndrome')).toBeGreaterThan(0);
    expect(rankOf(r, 'sick-sinus-syndrome')).toBeLessThanOrEqual(5);
    expect(rankOf(r, 'sick-sinus-syndrome')).toBeLessThan(rankOf(r, 'hyperthyroidism'));
  });
});

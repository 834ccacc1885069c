/**
 * Textbook presentations of acute aortic dissection in chest pain, entered as a clinician would (problem, setting, age,
 * sex, findings; no vignette), on the real knowledge base (session 31, curator aorta). No knowledge was changed in this
 * round: these tests are guards of rankings that were already right, and the header records the gaps that remain.
 *
 * Presentations (emergency department):
 * - A hypertensive man of 62 with sudden tearing chest pain radiating to the back, a pulse or blood-pressure differential
 *   and a widened mediastinum: aortic dissection leads (Klompas 2002 JAMA RCE: pulse or blood-pressure differential LR+
 *   5.7, widened mediastinum LR+ 2.0, sudden onset in 84%; Ohle 2018 Acad Emerg Med: tearing or ripping pain, lower 95%
 *   limit 9.9; Hagan 2000 IRAD: back pain 53.2%, hypertension 72%).
 * - The same man with the pain alone (sudden, tearing, to the back; no examination sign, no imaging): aortic dissection in
 *   the top three beside acute coronary syndrome.
 * - A woman of 45 with pleuritic chest pain reproduced by palpation: aortic dissection not in the top three (guard).
 *
 * Gaps (not fixed here; see the session-31 report):
 * - Primary care: the tearing quality counts only in the emergency department (evidence/s17-cardio.json limits Ohle 2018 to
 *   `settings: ["emergency"]`, since its controls were emergency truncal-pain patients), and a pair holds one entry per
 *   problem, so no primary-care ratio can be added beside it in another file. The full presentation in primary care puts
 *   aortic dissection second, behind chest wall pain (Bösner 2009 prior 46.6%, moved by none of these findings); the pain
 *   alone leaves it seventh, though it is on the can't-miss list. DAShED (McLatchie 2024 Emerg Med J, Table 1: tearing or
 *   ripping pain in 124 of 4,810 emergency attendances with possible acute aortic syndrome, 14 of 5,353 of whom had one)
 *   shows that tearing pain is rare without the disease in an unselected population too; a change to the s17 entry is
 *   proposed in the report, not made.
 * - Sudden onset (grade C, policy background) and tearing pain (grade A) are counted as independent, though both are the
 *   ADD-RS's single pain-feature category; when the score itself is entered the items count once (session 29).
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf, findingStepOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const PAIN = ['+history-of-hypertension', '+sudden-onset-pain', '+tearing-or-ripping-pain', '+back-pain'];
const FULL = [...PAIN, '+pulse-or-bp-differential', '+cxr-widened-mediastinum'];
const GUARD = ['+pleuritic-chest-pain', '+chest-pain-reproducible-by-palpation'];

describe('acute aortic dissection in emergency chest pain (session 31, aorta)', () => {
  test('a hypertensive man of 62 with sudden tearing pain to the back, a pulse deficit and a widened mediastinum: aortic dissection first', () => {
    const r = run('chest-pain', 'emergency', 62, 'male', FULL);
    expect(rankOf(r, 'aortic-dissection')).toBe(1);
    expect(p(r, 'aortic-dissection')).toBeGreaterThan(p(r, 'acute-coronary-syndrome'));
    expect(p(r, 'aortic-dissection')).toBeGreaterThan(p(r, 'chest-wall-pain'));
    expect(findingStepOf(r, 'aortic-dissection', 'pulse-or-bp-differential')?.grade).toBe('A');
    expect(findingStepOf(r, 'aortic-dissection', 'cxr-widened-mediastinum')?.grade).toBe('A');
  });

  test('the same man with the pain alone (no examination sign, no imaging): aortic dissection and acute coronary syndrome both in the top three', () => {
    const r = run('chest-pain', 'emergency', 62, 'male', PAIN);
    expect(rankOf(r, 'aortic-dissection')).toBeGreaterThan(0);
    expect(rankOf(r, 'aortic-dissection')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBeLessThanOrEqual(3);
    // the examination signs and the radiograph still add to the pain
    expect(p(run('chest-pain', 'emergency', 62, 'male', FULL), 'aortic-dissection')).toBeGreaterThan(p(r, 'aortic-dissection'));
  });

  test('a woman of 45 with pleuritic chest pain reproduced by palpation: aortic dissection not in the top three, chest wall pain above it', () => {
    const r = run('chest-pain', 'emergency', 45, 'female', GUARD);
    const rank = rankOf(r, 'aortic-dissection');
    expect(rank === 0 || rank > 3).toBe(true);
    expect(p(r, 'chest-wall-pain')).toBeGreaterThan(p(r, 'aortic-dissection'));
  });
});

describe('acute aortic dissection in primary-care chest pain (session 31, aorta; gaps in the header)', () => {
  test('the full presentation: aortic dissection in the top three and above acute coronary syndrome (chest wall pain still leads: gap)', () => {
    const r = run('chest-pain', 'primary-care', 62, 'male', FULL);
    expect(rankOf(r, 'aortic-dissection')).toBeGreaterThan(0);
    expect(rankOf(r, 'aortic-dissection')).toBeLessThanOrEqual(3);
    expect(p(r, 'aortic-dissection')).toBeGreaterThan(p(r, 'acute-coronary-syndrome'));
  });

  test('the pain alone: aortic dissection raised from the bare complaint and on the can\u2019t-miss list', () => {
    const bare = run('chest-pain', 'primary-care', 62, 'male', []);
    const r = run('chest-pain', 'primary-care', 62, 'male', PAIN);
    expect(p(r, 'aortic-dissection')).toBeGreaterThan(p(bare, 'aortic-dissection'));
    expect(rankOf(r, 'aortic-dissection')).toBeLessThan(rankOf(bare, 'aortic-dissection'));
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('aortic-dissection');
  });

  test('a woman of 45 with pleuritic chest pain reproduced by palpation: aortic dissection not in the top three', () => {
    const r = run('chest-pain', 'primary-care', 45, 'female', GUARD);
    const rank = rankOf(r, 'aortic-dissection');
    expect(rank === 0 || rank > 3).toBe(true);
    expect(r.cantMiss.map((d) => d.conditionId)).not.toContain('aortic-dissection');
  });
});

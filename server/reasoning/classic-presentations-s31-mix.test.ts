/**
 * Textbook presentations of chronic cough and constipation entered as a clinician would (findings only, no vignette), on
 * the real knowledge base (session 31, curator "mix").
 *
 * What changed (evidence/s31-mix.json):
 * - Finger clubbing had no ratio for lung cancer. Hamilton 2004 (Fam Pract, structured review of lung cancer in primary
 *   care; abstract) gives approximate likelihood ratios for haemoptysis 13, weight loss 2.9 (both already in the base) and
 *   finger clubbing 3.9: entered as grade A, present only, for chronic cough (both settings), like the weight-loss ratio.
 *   A 66-year-old smoker of 40 pack-years with ten weeks of cough, haemoptysis, weight loss and clubbing now has lung
 *   cancer first in primary care (it was second, just below upper-airway cough syndrome).
 *
 * Still wrong and not fixed here (see the session report):
 * - In the emergency department the same patient has lung cancer fourth, below upper-airway cough syndrome, COPD and
 *   reflux: the haemoptysis ratio (Hamilton 2004, LR 13) is limited to primary care in evidence/depth-k1b-cardioresp.json
 *   (a choice made for acute cough, where pulmonary embolism and pneumonia compete), and that entry already names chronic
 *   cough, so a second entry cannot name it again. Extending that entry's settings for chronic cough is proposed.
 * - Constipation with bowel obstruction's features in primary care (woman of 70, previous abdominal surgery, new absolute
 *   constipation, vomiting, abnormal bowel sounds): obstruction is second, behind functional constipation. It has no
 *   primary-care prior (the emergency figure, Driver 2020, is an upper bound there, so the 0.5% policy prior is used), and
 *   abdominal pain and distension carry obstruction ratios only in acute abdominal pain and vomiting: both are common in
 *   constipation of any cause, and no frequency of either among patients presenting with constipation could be read to
 *   make a grade B ratio. Böhner 1998 and Eskelinen 1994 measured their features among acute abdominal pain (relative
 *   risks and sensitivities only in the abstracts), not among constipation.
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the knowledge
 * changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const lungCancerFeatures = ['+current-smoker', '+smoking-over-40-pack-years', '+haemoptysis', '+unintentional-weight-loss', '+finger-clubbing'];

describe('classic presentations, session 31 (chronic cough and constipation)', () => {
  test('chronic cough in a 66-year-old smoker with haemoptysis, weight loss and clubbing: lung cancer leads in primary care', () => {
    const r = run('chronic-cough', 'primary-care', 66, 'male', lungCancerFeatures);
    expect(rankOf(r, 'lung-cancer')).toBe(1);
    const lc = listedProbOf(r, 'lung-cancer');
    expect(lc).toBeGreaterThan(p(r, 'upper-airway-cough-syndrome'));
    expect(lc).toBeGreaterThan(p(r, 'asthma'));
    expect(lc).toBeGreaterThan(p(r, 'gastro-oesophageal-reflux-disease'));
    // Hamilton 2004: finger clubbing, approximate LR 3.9 (grade A, present only).
    expect(findingStepOf(r, 'lung-cancer', 'finger-clubbing')?.grade).toBe('A');
  });

  test('in chronic cough, finger clubbing raises lung cancer in both settings; in the emergency department it passes asthma', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const without = run('chronic-cough', setting, 66, 'male', lungCancerFeatures.filter((f) => f !== '+finger-clubbing'));
      const withClubbing = run('chronic-cough', setting, 66, 'male', lungCancerFeatures);
      expect(listedProbOf(withClubbing, 'lung-cancer')).toBeGreaterThan(listedProbOf(without, 'lung-cancer'));
      expect(rankOf(withClubbing, 'lung-cancer')).toBeLessThan(rankOf(without, 'lung-cancer'));
    }
    const ed = run('chronic-cough', 'emergency', 66, 'male', lungCancerFeatures);
    expect(listedProbOf(ed, 'lung-cancer')).toBeGreaterThan(p(ed, 'asthma'));
    expect(listedProbOf(ed, 'lung-cancer')).toBeGreaterThan(p(ed, 'bronchiectasis'));
  });

  test('guard: chronic cough with postnasal drip in a woman of 35 has upper-airway cough syndrome first, lung cancer low', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('chronic-cough', setting, 35, 'female', ['+postnasal-drip-sensation']);
      expect(rankOf(r, 'upper-airway-cough-syndrome')).toBe(1);
      expect(rankOf(r, 'lung-cancer') === 0 || rankOf(r, 'lung-cancer') > 5).toBe(true);
    }
  });

  test('emergency constipation in a woman of 70 after abdominal surgery, with new absolute constipation, vomiting and abnormal bowel sounds: obstruction leads', () => {
    // Guard of existing knowledge (sessions 24 and 29): absent flatus 3.6, vomiting 2.74, previous surgery 1.96 (grade C,
    // constipation only), abnormal bowel sounds 1.91 (Breum 2015, grade A), recent onset lowering functional constipation
    // and IBS (Rome IV, 0.1 each).
    const features = ['+constipation-began-within-3-months', '+history-of-abdominal-surgery', '+unable-to-pass-flatus', '+abdominal-pain', '+vomiting', '+abdominal-distension-or-increased-girth', '+abnormal-bowel-sounds'];
    const ed = run('constipation', 'emergency', 70, 'female', features);
    expect(rankOf(ed, 'bowel-obstruction')).toBe(1);
    expect(listedProbOf(ed, 'bowel-obstruction')).toBeGreaterThan(p(ed, 'functional-constipation'));
    expect(listedProbOf(ed, 'bowel-obstruction')).toBeGreaterThan(p(ed, 'drug-induced-constipation'));
    // Primary care: second, above drug-induced constipation and IBS, below functional constipation (gap in the header).
    const pc = run('constipation', 'primary-care', 70, 'female', features);
    expect(rankOf(pc, 'bowel-obstruction')).toBeLessThanOrEqual(2);
    expect(listedProbOf(pc, 'bowel-obstruction')).toBeGreaterThan(p(pc, 'drug-induced-constipation'));
    expect(listedProbOf(pc, 'bowel-obstruction')).toBeGreaterThan(p(pc, 'irritable-bowel-syndrome'));
  });

  test('guard: lifelong constipation in a woman of 30 without alarm features has functional constipation first', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('constipation', setting, 30, 'female', ['+constipation-over-6-months']);
      expect(rankOf(r, 'functional-constipation')).toBe(1);
      expect(p(r, 'bowel-obstruction')).toBeLessThan(p(r, 'functional-constipation'));
    }
  });
});

/**
 * Textbook presentations of abdominal pain entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 31, abdominal pain curator "abdo").
 *
 * What changed (evidence/s31-abdo.json, each limited to acute abdominal pain):
 * - Free air under the diaphragm on an erect chest radiograph was weighed for a perforated viscus against the 25% policy
 *   background (LR+ 3.4). It is now grade B: 85.1% of 250 surgically proven perforations (Chen 2009, Am J Emerg Med) over the
 *   7.5% false-positive rate of radiographs among emergency patients with abdominal pain whose CT showed no pneumoperitoneum
 *   (Nazerian 2015, specificity 92.5%): LR+ 11.3, LR- 0.16.
 * - Age over 65 for a perforated viscus (60.9% of 2,061 perforated ulcers, Christensen 2007) and for the aneurysm (median age
 *   78 among 216 ruptures, mapped to 0.545) is weighed against the share of emergency abdominal-pain visits aged over 65
 *   (24.2%, derived from Cervellin 2016's overall and age-specific rates of renal colic) instead of an even split.
 *
 * Still wrong and not fixed here (see the session report):
 * - Acute mesenteric ischaemia in a 78-year-old woman with atrial fibrillation, pain out of proportion and a raised lactate
 *   stays about eleventh: it keeps the 0.5% policy prior (no share among patients presenting with abdominal pain was found),
 *   and a second age band cannot be added beside age-55-or-over.
 * - The classic ruptured aneurysm before imaging is second, behind non-specific abdominal pain (no prior; the hypotension
 *   ratio still uses the policy background, since no frequency of hypotension among emergency abdominal pain was read).
 * - Pancreatic cancer with epigastric pain to the back, weight loss, diabetes and jaundice in primary care stays fifth: the
 *   weight-loss and jaundice pairs for this complaint sit in other curators' files (a grade B weight-loss ratio against the
 *   7% of dyspeptic patients without cancer who report weight loss, Fransen 2004, is proposed in the report).
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the knowledge
 * changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const perforation = ['+sudden-onset-pain', '+epigastric-pain', '+abdominal-rigidity', '+nsaid-use'];

describe('classic presentations of abdominal pain (session 31, abdo)', () => {
  test('a 65-year-old man on an NSAID with sudden epigastric pain, a rigid abdomen and free air under the diaphragm: perforated viscus first', () => {
    // Before: second behind non-specific abdominal pain, the free air weighed at LR+ 3.4 (grade C, policy background).
    const r = run('acute-abdominal-pain', 'emergency', 65, 'male', [...perforation, '+cxr-free-subdiaphragmatic-air']);
    expect(rankOf(r, 'perforated-viscus')).toBe(1);
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'nonspecific-abdominal-pain'));
    expect(p(r, 'perforated-viscus')).toBeGreaterThan(p(r, 'acute-pancreatitis'));
    const step = findingStepOf(r, 'perforated-viscus', 'cxr-free-subdiaphragmatic-air');
    expect(step?.grade).toBe('B');
    expect(step?.lr).toBeGreaterThan(5);
  });

  test('an erect chest radiograph without free air lowers a perforated viscus', () => {
    const unknown = run('acute-abdominal-pain', 'emergency', 65, 'male', perforation);
    const clear = run('acute-abdominal-pain', 'emergency', 65, 'male', [...perforation, '-cxr-free-subdiaphragmatic-air']);
    expect(p(clear, 'perforated-viscus')).toBeLessThan(p(unknown, 'perforated-viscus'));
  });

  test('age over 65 weighs a perforated viscus against the age split of emergency abdominal pain (grade B), before any film', () => {
    // Before: LR+ 1.22 against an even split, and perforation was eighth with these findings.
    const r = run('acute-abdominal-pain', 'emergency', 65, 'male', perforation);
    const step = findingStepOf(r, 'perforated-viscus', 'age-over-65');
    expect(step?.grade).toBe('B');
    expect(step?.lr).toBeGreaterThan(2);
    expect(rankOf(r, 'perforated-viscus')).toBeGreaterThan(0);
    expect(rankOf(r, 'perforated-viscus')).toBeLessThanOrEqual(3);
  });

  test('a 70-year-old man with abdominal and back pain, hypotension and a pulsatile mass: the aneurysm in the top two, above renal colic', () => {
    // Before: third, just below urolithiasis (age over 65 weighed at LR+ 1.09 against an even split).
    const r = run('acute-abdominal-pain', 'emergency', 70, 'male', ['+back-pain', '+hypotension', '+widened-aortic-pulsation-on-palpation']);
    expect(rankOf(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(0);
    expect(rankOf(r, 'abdominal-aortic-aneurysm')).toBeLessThanOrEqual(2);
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(r, 'urolithiasis'));
    expect(p(r, 'abdominal-aortic-aneurysm')).toBeGreaterThan(p(r, 'gallstone-disease'));
  });

  test('the age ratios measured against emergency abdominal pain stay in that complaint', () => {
    // Cervellin 2016's age split describes acute abdominal pain only; elsewhere the default (even-split) entries apply.
    const r = run('low-back-pain', 'emergency', 70, 'male', ['+hypotension']);
    const step = findingStepOf(r, 'abdominal-aortic-aneurysm', 'age-over-65');
    if (step) {
      expect(step.lr).toBeLessThan(1.5);
    }
  });

  test('a 50-year-old man on an NSAID with epigastric pain in primary care: peptic ulcer disease above reflux disease and IBS (guard)', () => {
    // Ford 2010 priors (peptic ulcer 8%, erosive oesophagitis 13.4%), NSAID use LR+ 2.08, epigastric pain LR+ 3.02.
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 50, 'male', ['+epigastric-pain', '+nsaid-use']);
    expect(rankOf(r, 'peptic-ulcer-disease')).toBe(1);
    expect(p(r, 'peptic-ulcer-disease')).toBeGreaterThan(p(r, 'gastro-oesophageal-reflux-disease'));
    expect(p(r, 'peptic-ulcer-disease')).toBeGreaterThan(p(r, 'irritable-bowel-syndrome'));
  });
});

/**
 * Textbook urological presentations entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 27, curator tag `uro`). Expectations are about order, not percentages, since the recalibration is
 * refitted whenever the knowledge changes.
 *
 * Fix behind these cases: the Bent 2002 JAMA Rational Clinical Examination ratios for fever (LR+ 1.6, CI 1.0-2.6),
 * back pain (1.6) and costovertebral-angle tenderness (1.7) were measured for culture-confirmed urinary tract infection
 * of any level in symptomatic women (JAMAevidence: UTI "should be considered in all adult women who present with 1 or
 * more suggestive symptoms (frequency, dysuria, hematuria, fever, flank, or abdominal pain)"). They had been applied to
 * the base's acute uncomplicated cystitis, although acute pyelonephritis is its own condition here with its own fever
 * (Pinson 1997) and loin-pain (Ferry 1987, upper vs lower UTI) ratios: fever, back pain and loin tenderness mark the
 * upper-tract share of Bent's target (session 21 review), so they raised cystitis above pyelonephritis in a febrile
 * woman with flank pain, loin tenderness and vomiting. The three cystitis entries were withdrawn (session 26 rule: a
 * ratio for a broader target is used for the narrower one only where the narrower one carries the finding).
 * Costovertebral-angle tenderness keeps a cited use: ureteric stone in acute unilateral back or abdominal pain
 * (Higuchi 2023, J Gen Fam Med, PMID 36605912: sensitivity 0.65, specificity 0.50).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { listedProbOf as probabilityOf, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic urological presentations (session 27, uro)', () => {
  test('primary-care dysuria with fever, flank pain, loin tenderness and vomiting: pyelonephritis leads, above cystitis', () => {
    const r = run('dysuria', 'primary-care', 30, 'female', ['+dysuria', '+fever', '+flank-pain', '+costovertebral-angle-tenderness', '+nausea-or-vomiting']);
    expect(rankOf(r, 'acute-pyelonephritis')).toBe(1);
    expect(rankOf(r, 'urinary-tract-infection')).toBeGreaterThan(1);
  });

  test('emergency dysuria with fever, flank pain, loin tenderness and vomiting: pyelonephritis leads in a woman and in a man', () => {
    const woman = run('dysuria', 'emergency', 30, 'female', ['+dysuria', '+fever', '+flank-pain', '+costovertebral-angle-tenderness', '+nausea-or-vomiting']);
    expect(rankOf(woman, 'acute-pyelonephritis')).toBe(1);
    const man = run('dysuria', 'emergency', 45, 'male', ['+dysuria', '+fever', '+flank-pain', '+costovertebral-angle-tenderness', '+nausea-or-vomiting']);
    expect(rankOf(man, 'acute-pyelonephritis')).toBe(1);
  });

  test('fever, back pain and loin tenderness no longer raise uncomplicated cystitis (they mark the upper tract)', () => {
    const bare = run('dysuria', 'primary-care', 30, 'female', ['+dysuria']);
    const upper = run('dysuria', 'primary-care', 30, 'female', ['+dysuria', '+fever', '+back-pain', '+costovertebral-angle-tenderness']);
    expect(probabilityOf(upper, 'urinary-tract-infection')).toBeCloseTo(probabilityOf(bare, 'urinary-tract-infection'), 6);
    expect(probabilityOf(upper, 'acute-pyelonephritis')).toBeGreaterThan(probabilityOf(bare, 'acute-pyelonephritis'));
  });

  test('classic cystitis (dysuria, frequency, urgency; no fever, flank pain or discharge) still leads in both settings', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('dysuria', setting, 25, 'female', ['+dysuria', '+urinary-frequency', '+urinary-urgency', '-fever', '-flank-pain', '-costovertebral-angle-tenderness', '-vaginal-discharge']);
      expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
      expect(rankOf(r, 'acute-pyelonephritis')).toBeGreaterThan(1);
    }
  });

  test('loin tenderness raises ureteric stone in acute abdominal pain (Higuchi 2023) and only in the complaints it was measured in', () => {
    const bare = run('acute-abdominal-pain', 'emergency', 40, 'male', []);
    const tender = run('acute-abdominal-pain', 'emergency', 40, 'male', ['+costovertebral-angle-tenderness']);
    expect(probabilityOf(tender, 'urolithiasis')).toBeGreaterThan(probabilityOf(bare, 'urolithiasis'));
    const haematuria = run('haematuria', 'emergency', 40, 'male', []);
    const haematuriaTender = run('haematuria', 'emergency', 40, 'male', ['+costovertebral-angle-tenderness']);
    expect(probabilityOf(haematuriaTender, 'urolithiasis')).toBeCloseTo(probabilityOf(haematuria, 'urolithiasis'), 6);
  });
});

/**
 * Textbook genitourinary presentations entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 27, breadth round, curator tag `b-gu`). Expectations are about order, not percentages, since the
 * recalibration is refitted whenever the knowledge changes.
 *
 * Fixes behind these cases:
 * - The base had no male urethral-discharge finding (a gap named by earlier curators), so a young man with dysuria and
 *   a urethral discharge ranked acute pyelonephritis first and chlamydial or gonococcal urethritis fourth. The finding
 *   `urethral-discharge` (ICD-10-CM R36.0, R36.9; male anatomy) now carries a grade B ratio for sexually transmitted
 *   genitourinary infection in dysuria: discharge in 82.1% of 223 men with urethritis symptoms and a positive test
 *   against 8.5% of 142 men with the same symptoms and all tests negative (Hsu 2023, Scientific Reports,
 *   doi 10.1038/s41598-023-44733-z, read in the authors' AUA 2023 abstract and preprint of the same 365-man cohort),
 *   LR+ 9.66, LR- 0.20, restricted to dysuria and to the cohort's ages (20-50).
 * - Breadth: the AFP review of acute pelvic pain in women (Frasca 2023, PMID 37590858) names sexually transmitted
 *   infections among its causes; the condition is now listed for pelvic pain (policy prior).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { listedProbOf as probabilityOf, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const STI = 'sexually-transmitted-genitourinary-infection';

describe('classic genitourinary presentations (session 27, b-gu)', () => {
  test('a young man with dysuria and a urethral discharge: urethritis (chlamydia, gonorrhoea) leads in both settings', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('dysuria', setting, 24, 'male', ['+dysuria', '+urethral-discharge']);
      expect(rankOf(r, STI)).toBe(1);
      expect(rankOf(r, 'acute-pyelonephritis')).toBeGreaterThan(1);
    }
  });

  test('a urethral discharge raises urethritis in a young man, and its absence lowers it', () => {
    const bare = run('dysuria', 'primary-care', 24, 'male', ['+dysuria']);
    const discharge = run('dysuria', 'primary-care', 24, 'male', ['+dysuria', '+urethral-discharge']);
    const noDischarge = run('dysuria', 'primary-care', 24, 'male', ['+dysuria', '-urethral-discharge']);
    expect(probabilityOf(discharge, STI)).toBeGreaterThan(probabilityOf(bare, STI));
    expect(probabilityOf(noDischarge, STI)).toBeLessThan(probabilityOf(bare, STI));
  });

  test('a man with dysuria, fever, flank pain and loin tenderness and no discharge: pyelonephritis still leads', () => {
    const r = run('dysuria', 'emergency', 30, 'male', ['+dysuria', '-urethral-discharge', '+fever', '+flank-pain', '+costovertebral-angle-tenderness']);
    expect(rankOf(r, 'acute-pyelonephritis')).toBe(1);
  });

  test('the urethral-discharge ratio stays in its cohort: men aged 20-50, the dysuria complaint, male anatomy', () => {
    const older = run('dysuria', 'primary-care', 60, 'male', ['+dysuria']);
    const olderDischarge = run('dysuria', 'primary-care', 60, 'male', ['+dysuria', '+urethral-discharge']);
    expect(probabilityOf(olderDischarge, STI)).toBeCloseTo(probabilityOf(older, STI), 6);
    const woman = run('dysuria', 'primary-care', 24, 'female', ['+dysuria']);
    const womanDischarge = run('dysuria', 'primary-care', 24, 'female', ['+dysuria', '+urethral-discharge']);
    expect(probabilityOf(womanDischarge, STI)).toBeCloseTo(probabilityOf(woman, STI), 6);
  });

  test('classic cystitis in a young woman still leads (the new finding does not touch it)', () => {
    const r = run('dysuria', 'primary-care', 28, 'female', ['+dysuria', '+urinary-frequency', '+urinary-urgency', '-vaginal-discharge', '-fever']);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
  });

  test('bare acute pelvic pain in a woman of 36 lists sexually transmitted infection (Frasca 2023) in both settings', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('pelvic-pain', setting, 36, 'female', []);
      expect(rankOf(r, STI)).toBeGreaterThan(0);
    }
  });
});

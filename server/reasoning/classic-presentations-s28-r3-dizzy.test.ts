/**
 * Textbook presentations of dizziness entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 28, dizziness and syncope curator r3-dizzy). Before this change a 70-year-old in the emergency department
 * with vertigo, spontaneous nystagmus, a focal neurological sign and severe truncal ataxia had benign paroxysmal
 * positional vertigo first: nothing in the base said that a focal sign is against BPPV, whose diagnostic criteria require
 * attacks "without concomitant neurological symptoms" (von Brevern 2007 J Neurol Neurosurg Psychiatry, PMID 17135456,
 * abstract Methods; grade C, very rare class 0.025 over the 0.25 policy background: LR+ 0.1, LR- 1.3, dizziness only).
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of dizziness (session 28, r3-dizzy)', () => {
  test('vertigo with nystagmus, a focal sign and severe truncal ataxia at 70: posterior circulation stroke above BPPV', () => {
    // BPPV x focal sign: von Brevern 2007 criteria (LR+ 0.1); stroke x truncal instability grade 2-3: Martinez 2024
    // meta-analysis (sensitivity 70.8%, specificity 82.7%).
    const r = run('dizziness', 'emergency', 70, 'male', ['+vertigo', '+nystagmus', '+focal-neurological-deficit', '+gait-truncal-instability-grade-2-or-3']);
    expect(rankOf(r, 'posterior-circulation-stroke')).toBeGreaterThan(0);
    expect(rankOf(r, 'posterior-circulation-stroke')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'posterior-circulation-stroke')).toBeLessThan(rankOf(r, 'benign-paroxysmal-positional-vertigo') || Infinity);
  });

  test('vertigo with a focal sign and diplopia in a hypertensive 70-year-old: stroke and TIA above BPPV', () => {
    // BPPV x focal sign: von Brevern 2007 (LR+ 0.1); stroke x general neurological examination: Saber Tehrani 2018
    // Table 2 (sensitivity 18.8%, specificity 95%).
    const r = run('dizziness', 'emergency', 70, 'male', ['+vertigo', '+focal-neurological-deficit', '+diplopia', '+history-of-hypertension']);
    const bppv = rankOf(r, 'benign-paroxysmal-positional-vertigo') || Infinity;
    expect(rankOf(r, 'posterior-circulation-stroke')).toBeLessThan(bppv);
    expect(rankOf(r, 'transient-ischaemic-attack')).toBeLessThan(bppv);
  });

  test('brief positional vertigo on rolling over with a positive Dix-Hallpike and no focal sign: BPPV still leads in both settings', () => {
    // Guard: the absent focal sign (LR- 1.3, von Brevern 2007) must not displace BPPV; rolling over in bed and spells
    // under a minute (depth-k3 entries), Dix-Hallpike (general-dizziness entry).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('dizziness', setting, 60, 'female', ['+vertigo', '+dizziness-provoked-by-rolling-over-in-bed', '+dizziness-spells-under-1-minute', '+dix-hallpike-positive', '-focal-neurological-deficit']);
      expect(rankOf(r, 'benign-paroxysmal-positional-vertigo')).toBe(1);
    }
  });
});

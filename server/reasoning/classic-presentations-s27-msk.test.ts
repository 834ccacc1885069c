/**
 * Textbook presentations of joint pain and knee pain entered as a clinician would (findings only, no vignette), on the
 * real knowledge base (session 27, curator tag msk). Each case was ranked in a way a clinician would call absurd before a
 * cited weight was added or corrected (evidence/s27-msk.json; systemic-lupus-erythematosus × malar-rash in
 * evidence/depth-k6b-msk-endo.json). Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, joint and knee pain (session 27, msk)', () => {
  // Acute red first MTP joint (podagra) in a middle-aged man: gout was second to osteoarthritis (its bare prior) because
  // erythema carried no weight. EULAR 2006 gout recommendations, 'Erythema (LR 2.44)' (quoted in Peláez-Ballestas 2010).
  test('a red, swollen first MTP joint in a man of 55: gout leads, above osteoarthritis, in primary care and the emergency department', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('joint-pain', setting, 55, 'male', ['+first-mtp-joint-arthritis', '+monoarthritis', '+joint-erythema']);
      expect(rankOf(r, 'gout')).toBe(1);
      expect(rankOf(r, 'osteoarthritis')).toBeGreaterThan(1);
    }
  });

  test('erythema raises gout (it carried no weight before session 27)', () => {
    const p = (r: DifferentialResult) => r.differential.find((d) => d.conditionId === 'gout')!.probability;
    expect(p(run('joint-pain', 'primary-care', 55, 'male', ['+first-mtp-joint-arthritis', '+joint-erythema']))).toBeGreaterThan(
      p(run('joint-pain', 'primary-care', 55, 'male', ['+first-mtp-joint-arthritis'])),
    );
  });

  // Septic arthritis risk factors (JAMA Rational Clinical Examination, Margaretten 2007): a hip or knee prosthesis with a
  // skin infection LR+ 15, recent joint surgery LR+ 6.9, age over 80 LR+ 3.5, diabetes LR+ 2.7. Before session 27 none of
  // them counted, and a febrile knee effusion ranked septic arthritis below osteoarthritis's bare prior.
  test('emergency knee pain with fever, an effusion and a knee prosthesis with a skin infection: septic arthritis leads', () => {
    const r = run('knee-pain', 'emergency', 72, 'male', ['+fever', '+knee-effusion', '+hip-or-knee-prosthesis-with-skin-infection']);
    expect(rankOf(r, 'septic-arthritis')).toBe(1);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('septic-arthritis');
  });

  test('emergency knee pain with fever and an effusion after recent joint surgery: septic arthritis leads', () => {
    const r = run('knee-pain', 'emergency', 65, 'female', ['+fever', '+knee-effusion', '+recent-joint-surgery']);
    expect(rankOf(r, 'septic-arthritis')).toBe(1);
  });

  test('emergency joint pain, febrile monoarthritis in a man of 72 with a prosthetic joint and a skin infection: septic arthritis leads', () => {
    const r = run('joint-pain', 'emergency', 72, 'male', ['+monoarthritis', '+fever', '+hip-or-knee-prosthesis-with-skin-infection']);
    expect(rankOf(r, 'septic-arthritis')).toBe(1);
  });

  test('the prosthesis and the prosthesis with a skin infection count once for septic arthritis (one correlation group)', () => {
    const p = (r: DifferentialResult) => r.differential.find((d) => d.conditionId === 'septic-arthritis')!.probability;
    const one = run('knee-pain', 'emergency', 72, 'male', ['+fever', '+hip-or-knee-prosthesis-with-skin-infection']);
    const both = run('knee-pain', 'emergency', 72, 'male', ['+fever', '+hip-or-knee-prosthesis-with-skin-infection', '+hip-or-knee-prosthesis']);
    expect(p(both)).toBeCloseTo(p(one), 6);
  });

  // Malar rash in early SLE 50% vs 6% in SLE-mimicking conditions (Mosca 2019), replacing a grade C 1.24 against the
  // policy background: SLE was fourth behind rheumatoid, reactive and osteoarthritis.
  test('polyarthritis, a malar rash and a positive ANA in a woman of 30: SLE leads', () => {
    const r = run('joint-pain', 'primary-care', 30, 'female', ['+arthritis-in-more-than-one-joint', '+malar-rash', '+antinuclear-antibody-positive']);
    expect(rankOf(r, 'systemic-lupus-erythematosus')).toBe(1);
  });
});

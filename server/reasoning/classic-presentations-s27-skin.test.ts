/**
 * Textbook presentations of an adult rash (session 27, skin curator), entered as a clinician would (findings only, no
 * vignette), on the real knowledge base. Each case was ranked in a way a clinician would call absurd before a cited
 * definition was added; the test keeps it from coming back. Expectations are about order and establishment, not
 * percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const established = (r: DifferentialResult): string[] => r.established.map((d) => d.conditionId);

describe('classic presentations of an adult rash (session 27)', () => {
  // IDSA/AAN/ACR 2020 Lyme guideline (Lantos, doi 10.1093/cid/ciaa1215): a lesion compatible with erythema migrans after
  // possible tick exposure is diagnosed clinically, without laboratory testing. Before, erythema migrans was only a grade C
  // ratio (3.5) on a 0.5% policy prior, and Lyme disease ranked 11th in a primary-care rash, below eczema, cellulitis and
  // urticaria.
  test('erythema migrans after a tick bite establishes Lyme disease in a primary-care and an emergency rash', () => {
    expect(established(run('rash', 'primary-care', 45, 'male', ['+erythema-migrans']))).toContain('lyme-disease');
    expect(established(run('rash', 'primary-care', 45, 'male', ['+erythema-migrans', '+myalgia', '+fever']))).toContain('lyme-disease');
    expect(established(run('rash', 'emergency', 30, 'female', ['+erythema-migrans']))).toContain('lyme-disease');
  });

  test('the definition is sufficient, not necessary: without erythema migrans Lyme disease stays a candidate, not established and not excluded', () => {
    const r = run('rash', 'primary-care', 45, 'male', ['-erythema-migrans', '+joint-pain-symptom']);
    expect(established(r)).not.toContain('lyme-disease');
    expect(r.excluded.map((d) => d.conditionId)).not.toContain('lyme-disease');
    expect(rankOf(r, 'lyme-disease')).toBeGreaterThan(0);
  });
});

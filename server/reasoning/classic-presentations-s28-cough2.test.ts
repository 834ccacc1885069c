/**
 * Textbook chronic-cough presentations entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 28, curator cough2: chronic cough and wheeze). Current ACE-inhibitor therapy and a cough that settled
 * after stopping the drug are both read from the same guideline definitions (Dicpinigaitis 2006, ACCP guideline on
 * ACE-inhibitor cough: "a well-described class effect"; "Resolution typically occurs within 1 to 4 weeks after the
 * cessation of therapy"), so they now share the correlation group `ace-inhibitor-cough-exposure` (CURATION, session-27
 * audit: "two findings read from the same definitions share a correlation group (a recent drug and a positive
 * dechallenge)") and count once. Expectations are about order, not percentages, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of chronic cough (session 28, cough2)', () => {
  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`a 62-year-old woman on an ACE inhibitor whose cough settled after stopping it (${setting}): the drug and the dechallenge count once`, () => {
      // Dicpinigaitis 2006 (Chest, ACCP guideline), abstract: both grade C entries (0.895 over the 0.25 policy
      // background) come from the same definitions, so only the stronger of the two counts for ACE-inhibitor cough.
      const bare = run('chronic-cough', setting, 62, 'female', ['+dry-cough']);
      const settledOnly = run('chronic-cough', setting, 62, 'female', ['+dry-cough', '+cough-resolved-after-stopping-ace-inhibitor']);
      const both = run('chronic-cough', setting, 62, 'female', ['+dry-cough', '+ace-inhibitor-use', '+cough-resolved-after-stopping-ace-inhibitor']);
      expect(rankOf(settledOnly, 'ace-inhibitor-cough')).toBeLessThan(rankOf(bare, 'ace-inhibitor-cough'));
      expect(probOf(both, 'ace-inhibitor-cough')).toBeCloseTo(probOf(settledOnly, 'ace-inhibitor-cough'), 10);
      expect(rankOf(both, 'ace-inhibitor-cough')).toBe(rankOf(settledOnly, 'ace-inhibitor-cough'));
    });
  }

  test('the ACE-inhibitor group does not touch angioedema: the drug still counts for it alone', () => {
    // ace-inhibitor-use keeps its own angioedema entry; the dechallenge finding has none, so the group changes nothing there.
    const drug = run('wheeze', 'emergency', 62, 'female', ['+ace-inhibitor-use']);
    const both = run('wheeze', 'emergency', 62, 'female', ['+ace-inhibitor-use', '+cough-resolved-after-stopping-ace-inhibitor']);
    expect(rankOf(drug, 'angioedema')).toBeGreaterThan(0);
    expect(probOf(both, 'angioedema')).toBeCloseTo(probOf(drug, 'angioedema'), 10);
  });
});

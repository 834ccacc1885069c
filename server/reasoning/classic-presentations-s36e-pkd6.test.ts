/**
 * Polycystic kidney disease back to five graded findings (session 36, curator pkd6).
 *
 * Examined: PKD (a member of the haematuria problem only) had four graded findings after its proteinuria ratio was
 * withdrawn (Fraile 2010, a late-diagnosed renal-failure cohort): ultrasound >=2 renal cysts (Pei 2009, A), history of
 * hypertension (Fraile 2010, C), family history of PKD (Reed 2008, C), flank pain (Casteleijn 2017, C).
 *
 * Added (evidence/s36e-pkd6.json): visible haematuria, grade B, in haematuria only. Frequency in the disease: 42% of
 * 191 adults with ADPKD had ever had gross haematuria (abstract of PMID 1496966; citation unverified: title, authors
 * and journal not displayed). Background: 948 of 1,930 haematuria-clinic referrals had visible haematuria (Khadra 2000,
 * PMID 10647670). LR+ 0.855, LR- 1.14: near neutral, i.e. visible against non-visible haematuria barely separates PKD.
 * A policy background (25%) was not used because a cited background in the same complaint exists: over it the lifetime
 * 42% would have raised PKD in every visible-haematuria chart (LR 1.68) without support.
 *
 * Declined: Delaney 1985 (Am J Kidney Dis 5:104; presenting flank pain 30%, hypertension 21%, gross haematuria 19%,
 * palpable masses 15%) - no PMID or DOI seen. Replacing Fraile's hypertension ratio: the only figure read with an
 * identifier is the REPQRAD young-adult cohort (PMID 37260991: prevalence 28% at ages 18-30), an age stratum, not a
 * prevalence at diagnosis in all ages; not used. Expectations are order and direction only.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const PKD = 'polycystic-kidney-disease';

describe('polycystic kidney disease in haematuria (session 36, pkd6)', () => {
  test('visible haematuria counts as a grade B step near 1 (cited background, not the policy one)', () => {
    const r = run('haematuria', 'primary-care', 35, 'male', ['+visible-haematuria']);
    const step = findingStepOf(r, PKD, 'visible-haematuria');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('B');
    expect(step!.lr).toBeLessThan(1);
    expect(step!.lr).toBeGreaterThan(0.7);
  });

  test('visible haematuria does not raise PKD', () => {
    const bare = run('haematuria', 'primary-care', 35, 'male', []);
    const vis = run('haematuria', 'primary-care', 35, 'male', ['+visible-haematuria']);
    expect(probOf(vis, PKD)).toBeLessThanOrEqual(probOf(bare, PKD) * 1.01);
  });

  test('textbook picture: haematuria with a family history of PKD, loin pain and hypertension raises PKD', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const bare = run('haematuria', setting, 35, 'male', []);
      const textbook = run('haematuria', setting, 35, 'male', [
        '+family-history-of-polycystic-kidney-disease',
        '+flank-pain',
        '+history-of-hypertension',
      ]);
      expect(probOf(textbook, PKD)).toBeGreaterThan(1.5 * probOf(bare, PKD));
    }
  });

  test('PKD keeps at least five graded findings', () => {
    const findings = new Set(kb.evidence.filter((e) => e.condition === PKD).map((e) => e.finding));
    expect(findings.size).toBeGreaterThanOrEqual(5);
  });
});

/**
 * Textbook presentations of focal weakness entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 29, curator misc). The gap: a 30-year-old woman with a positive Hoover's sign still had acute
 * stroke first, because functional weakness had only the 0.5% policy prior (the cited focal-weakness priors summed to
 * 0.978 and the 8.4% of Gargalas 2017 could not be added). Jones, O'Connell & David 2020 (Eur J Neurol, doi
 * 10.1111/ene.14069), a meta-analysis of 114 suspected-stroke studies, pools functional stroke mimics at 2% of suspected
 * strokes (95% CI 2-3%), which fits under the cited sum (0.998) without lowering any cited prior: it is now the prior.
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 *
 * Not fixed and not tested here (reported instead): a molar-looking scan still leaves gestational trophoblastic disease
 * fourth in early-pregnancy bleeding (no specificity of ultrasound for mole could be read with an identifier), and acute
 * pancreatitis without a lipase is still fifth for epigastric pain radiating to the back with vomiting (no readable
 * frequency of back radiation, vomiting or alcohol among the other causes of acute abdominal pain).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, listedProbOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of focal weakness (session 29, misc)', () => {
  test("a 30-year-old woman in the emergency department with a weak leg and a positive Hoover's sign: functional weakness first, above acute stroke", () => {
    // Prior: functional stroke mimics 2% of suspected strokes (Jones 2020 meta-analysis, abstract). Hoover's sign:
    // sensitivity 63%, specificity 100% (lower 95% bound 97%) among suspected-stroke patients with leg weakness (McWhirter
    // 2011): LR+ 21. Acute stroke: 69.4% of code-stroke patients (Kim 2022) and LR 0.198 under 50 (Vroomen 2008: 69 of
    // 637 strokes but 18 of 33 mimics under 50). Female: 63.3% of functional mimics against 46.1% (Gargalas 2017).
    const r = run('focal-weakness', 'emergency', 30, 'female', ['+hoover-sign-positive']);
    expect(rankOf(r, 'functional-neurological-disorder')).toBe(1);
    expect(listedProbOf(r, 'functional-neurological-disorder')).toBeGreaterThan(p(r, 'acute-stroke'));
  });

  test("the same woman without the sign: acute stroke leads, and functional weakness is not in the top three", () => {
    // The 2% prior alone (Jones 2020) is far below stroke's 69.4% (Kim 2022) even after the under-50 ratio (Vroomen 2008);
    // Hoover's sign recorded absent gives LR- 0.38 (McWhirter 2011).
    const bare = run('focal-weakness', 'emergency', 30, 'female', []);
    expect(rankOf(bare, 'acute-stroke')).toBe(1);
    expect(rankOf(bare, 'functional-neurological-disorder')).not.toBe(1);
    const negative = run('focal-weakness', 'emergency', 30, 'female', ['-hoover-sign-positive']);
    expect(rankOf(negative, 'acute-stroke')).toBe(1);
    const fnd = rankOf(negative, 'functional-neurological-disorder');
    expect(fnd === 0 || fnd > 3).toBe(true);
    expect(p(negative, 'functional-neurological-disorder')).toBeLessThan(p(bare, 'functional-neurological-disorder'));
  });

  test("a positive Hoover's sign at 72: acute stroke still leads, since mimics are rare after 50", () => {
    // Vroomen 2008: stroke mimics 3% of 583 suspected-stroke admissions aged 50 or over against 21% of 87 under 50
    // (age 50 or over: LR+ 1.96 for stroke).
    const old = run('focal-weakness', 'emergency', 72, 'female', ['+hoover-sign-positive']);
    expect(rankOf(old, 'acute-stroke')).toBe(1);
    expect(p(old, 'acute-stroke')).toBeGreaterThan(p(old, 'functional-neurological-disorder'));
  });

  test('a 72-year-old man with new atrial fibrillation on the ECG: acute stroke first and functional weakness outside the top three', () => {
    // Atrial fibrillation on the initial ECG 11.6% of strokes against 3.2% of mimics (Kim 2022, Table 1); the functional
    // prior is 2% (Jones 2020) and no finding raises it.
    const r = run('focal-weakness', 'emergency', 72, 'male', ['+ecg-atrial-fibrillation']);
    expect(rankOf(r, 'acute-stroke')).toBe(1);
    const fnd = rankOf(r, 'functional-neurological-disorder');
    expect(fnd === 0 || fnd > 3).toBe(true);
  });
});

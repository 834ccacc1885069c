/**
 * Textbook presentations of urinary tract infection entered as a clinician would (findings only, no vignette), on the
 * real knowledge base (session 28, r3-uti curator). Before this change pyelonephritis had no urinalysis evidence: in a
 * febrile patient a strip positive for nitrite and leucocyte esterase did not move it, the bare fever list in the
 * emergency department suggested CT before a urine strip, and in dysuria a positive strip raised cystitis alone, above
 * pyelonephritis in a febrile woman with loin pain. Weights: Devillé 2004 BMC Urology meta-analysis (Table 2 emergency and
 * primary-care rows for leucocyte esterase; Table 4 emergency and family-physician predictive values for nitrite), and
 * Piccoli 2011 BMC Nephrol (lower urinary tract symptoms in 47% of acute pyelonephritis) for dysuria within fever.
 * Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of urinary tract infection (session 28, r3-uti)', () => {
  test('a febrile woman in the emergency department with nitrite and leucocyte esterase on the strip: pyelonephritis first', () => {
    // Devillé 2004, emergency setting: leucocyte esterase 0.56/0.86 (Table 2), nitrite LR+ 9.2 from Table 4 (.62 at .15).
    const r = run('fever', 'emergency', 36, 'female', ['+urine-nitrite-positive', '+urine-leukocyte-esterase-positive']);
    expect(rankOf(r, 'acute-pyelonephritis')).toBe(1);
  });

  test('a febrile woman in the emergency department with loin pain and dysuria: pyelonephritis first', () => {
    // Ferry 1987 loin pain (88% upper against 23% lower UTI); Piccoli 2011 lower urinary tract symptoms in 47% (grade C).
    const r = run('fever', 'emergency', 36, 'female', ['+flank-pain', '+dysuria']);
    expect(rankOf(r, 'acute-pyelonephritis')).toBe(1);
  });

  test('the bare fever list in the emergency department suggests a urine strip', () => {
    // Devillé 2004 Table 2/Table 4 emergency rows: the strip now discriminates pyelonephritis within fever.
    const r = run('fever', 'emergency', 36, 'female', []);
    const tests = r.nextBestTests.map((t) => t.findingId);
    expect(tests.some((id) => id === 'urine-nitrite-positive' || id === 'urine-leukocyte-esterase-positive')).toBe(true);
  });

  test('dysuria with fever, loin pain and a positive strip in the emergency department: pyelonephritis above cystitis', () => {
    // Devillé 2004 primary-care leucocyte esterase row and family-physician nitrite values, given to pyelonephritis as to
    // cystitis: the strip separates infection of either level from the other causes of dysuria; fever and loin pain
    // (Pinson 1997, Ferry 1987) separate the two levels.
    const r = run('dysuria', 'emergency', 36, 'female', ['+fever', '+flank-pain', '+urine-nitrite-positive', '+urine-leukocyte-esterase-positive']);
    expect(rankOf(r, 'acute-pyelonephritis')).toBe(1);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(2);
  });

  test('a young woman with dysuria and frequency, afebrile, with a positive strip: cystitis first, pyelonephritis below it (both settings)', () => {
    // Guard: the strip ratios given to pyelonephritis in dysuria must not lift it above cystitis without fever or loin pain.
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('dysuria', setting, 24, 'female', ['+urinary-frequency', '-fever', '+urine-nitrite-positive', '+urine-leukocyte-esterase-positive']);
      expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
      expect(rankOf(r, 'acute-pyelonephritis')).toBeGreaterThan(1);
    }
  });
});

/**
 * GI complaints (session 34, curator "gi"): breadth-development misses of acute abdominal pain, diarrhoea, GI bleeding,
 * haematemesis or melaena and rectal bleeding, fixed from the literature where a cited figure allowed it.
 *
 * What was wrong:
 * - Diabetic ketoacidosis in acute abdominal pain (hyperglycaemia, acidaemia and ketonuria): eleventh. On the policy
 *   prior only the urine ketones counted: the defining glucose criterion (glucose-over-13-9, Kitabchi 2009) was limited
 *   to nausea and vomiting, and the defining acidaemia criterion (ph-below-7-3) carried no ratio for DKA at all.
 * Added or changed:
 * - evidence/s34-gi.json: diabetic-ketoacidosis x ph-below-7-3, LR+ 3.58, LR- 0.14, grade C (defining feature capped at
 *   the HPO very-frequent midpoint 0.895 over the 0.25 policy background): Kitabchi 2009 Diabetes Care, "Hyperglycemic
 *   crises in adult patients with diabetes" (registry id kitabchi-2009-diabetescare-hyperglycaemic-crises), Table 1,
 *   arterial pH <7.3 (7.25-7.30 mild, 7.00-<7.24 moderate, <7.00 severe), read as quoted in BMJ Best Practice. It
 *   shares the metabolic-acidosis group with the anion gap, so only the stronger of the two counts.
 * - evidence/s29-r3gen.json: diabetic-ketoacidosis x glucose-over-13-9 (same source, Table 1, glucose >250 mg/dL)
 *   extended from nausea and vomiting to acute abdominal pain, where, as there, the usual causes do not raise the glucose.
 * After (calibration off): the breadth vignette's picture (a young man, glucose over 13.9 mmol/L, pH under 7.30, urine
 *   ketones, no diabetes on record) fifth in emergency acute abdominal pain, behind non-specific pain, renal colic,
 *   gastroenteritis and urinary infection on cited priors; the textbook picture below (with thirst and polyuria and
 *   vomiting) first in both settings.
 *
 * Gaps (reported, not fixed; see the session report): giardiasis (no steatorrhoea finding; no bloating frequency with an
 *   identifier seen), colorectal cancer in diarrhoea in the very old (gastroenteritis prior dominates; no anaemia ratio for
 *   a low haemoglobin without iron studies in this complaint), colorectal polyp in GI bleeding (bright red blood not read
 *   as a finding), mesenteric ischaemia in GI and rectal bleeding (no frequency of abdominal pain in acute mesenteric
 *   ischaemia with an identifier seen; the AMESI ratios are measured in suspected ischaemia), proctitis (tenesmus and
 *   urgency have no finding), Cameron lesions (no cited prior or ratio), oesophagogastric cancer at 19 (age rightly low).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 34 (gi)', () => {
  // Kitabchi 2009: polyuria and polydipsia, vomiting and abdominal pain, with glucose >250 mg/dL, pH <7.3 and ketonuria.
  const dka = ['+polyuria-or-polydipsia-symptom', '+vomiting', '+glucose-over-13-9', '+ph-below-7-3', '+urine-ketones-positive'];

  test.each(['emergency', 'primary-care'] as const)('diabetic ketoacidosis with acute abdominal pain reaches the first three (%s)', (setting) => {
    const r = run('acute-abdominal-pain', setting, 25, 'female', dka);
    const rank = rankOf(r, 'diabetic-ketoacidosis');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  test('the acidaemia and glucose criteria both count for DKA in acute abdominal pain', () => {
    const r = run('acute-abdominal-pain', 'emergency', 31, 'male', ['+glucose-over-13-9', '+ph-below-7-3', '+urine-ketones-positive']);
    const ph = findingStepOf(r, 'diabetic-ketoacidosis', 'ph-below-7-3');
    const glucose = findingStepOf(r, 'diabetic-ketoacidosis', 'glucose-over-13-9');
    expect(ph?.counted).toBe(true);
    expect(ph?.lr ?? 0).toBeGreaterThanOrEqual(2);
    expect(glucose?.counted).toBe(true);
    expect(glucose?.lr ?? 0).toBeGreaterThanOrEqual(2);
    const without = run('acute-abdominal-pain', 'emergency', 31, 'male', ['+urine-ketones-positive']);
    expect(p(r, 'diabetic-ketoacidosis')).toBeGreaterThan(p(without, 'diabetic-ketoacidosis'));
    expect(rankOf(r, 'diabetic-ketoacidosis')).toBeLessThan(rankOf(without, 'diabetic-ketoacidosis'));
  });
});

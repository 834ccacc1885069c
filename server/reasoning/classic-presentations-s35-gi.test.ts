/**
 * GI complaints (session 35, curator "gi"): misses of the development and breadth-development splits in the digestive
 * complaints, near misses first, fixed from the literature where a cited figure allowed it.
 *
 * What was wrong:
 * - Intracerebral haemorrhage in emergency nausea and vomiting: eighteenth for a hypertensive woman of 65 vomiting with
 *   headache, a focal deficit and reduced consciousness. Its headache ratio (Runchey 2010) sits on
 *   headache-with-focal-neurological-symptoms, which has no chart codes: a chart recording headache and a focal deficit
 *   as two codes never reached it.
 * Added (evidence/s35-gi.json):
 * - intracerebral-haemorrhage x headache, nausea and vomiting only, LR+ 2.9, grade A: Runchey & McGee 2010 JAMA
 *   (runchey-2010-jama-haemorrhagic-stroke-rce), abstract, headache among adults with acute stroke (haemorrhagic v
 *   ischaemic). `requiresPresent: focal-neurological-deficit` (the study's population had a stroke-like deficit) and
 *   `requiresAbsent: headache-with-focal-neurological-symptoms` (the same ratio entered by hand counts once).
 * - intracerebral-haemorrhage x gcs-below-15, nausea and vomiting only, with a focal deficit, LR+ 2.0 (drowsy, the least
 *   informative level of a GCS below 15; coma is 6.2), LR- 0.35 (alert), grade A: the same review's level-of-consciousness
 *   rows, read in TheNNT's reproduction of its table (rows checked against the abstract's coma and headache figures).
 * - mesenteric-ischaemia x abdominal-pain, GI bleeding and rectal bleeding only, LR+ 3.06 (present only), grade C: acute
 *   abdominal pain in 260 of 340 (76.5%) confirmed acute mesenteric ischaemia (AMESI, Reintam Blaser 2024 Crit Care,
 *   reintamblaser-2024-critcare-amesi-mesenteric-ischaemia, Table 2) over the 0.25 policy background; no LR- because the
 *   cohort was enrolled on suspicion, which pain prompts.
 * Before -> after (calibration off): the ICH picture below 18 -> 4 in emergency nausea and vomiting (the breadth chart's
 *   picture 18 -> 4); mesenteric ischaemia with pain and atrial fibrillation 9 -> 7 in emergency GI bleeding and 8 -> 7 in
 *   emergency rectal bleeding (the breadth charts' pictures; still outside the first five behind the cited bleeding priors).
 * Proposed, not added: bowel-obstruction x nausea-or-vomiting in constipation (LR+ 3.14, present only, grade C,
 *   Markogiannakis 2007 Table 1, vomiting 118/150 = 78.6% over the 0.25 policy background, `requiresAbsent: vomiting`;
 *   obstruction 4 -> 3 in emergency constipation with distension, pain and "nausea and vomiting"). The knowledge-base
 *   test "two findings that read the same chart code share a group" refuses it beside the vomiting entry (both read
 *   SNOMED CT 422400008) although requiresAbsent keeps them from both counting; the entry is in
 *   /work/s35/gi-proposed-bowel-obstruction-nausea-or-vomiting.json for the lead.
 * Gaps (reported, not fixed): mesenteric ischaemia in bleeding still has only policy priors; peptic ulcer in chronic
 *   abdominal pain is pulled down by the absence of haematemesis (LR- 0.23) and melaena (0.51), frequencies measured in
 *   bleeding ulcers (depth-w-r2.json, not this curator's file);
 *   Mallory-Weiss tear (no age-band figure against other upper GI bleeding; haematemesis and melaena are the complaint
 *   itself); oesophagogastric cancer in haematemesis or melaena (no anaemia, anorexia or low-albumin ratio measured in
 *   bleeders); achalasia (vomiting is not regurgitation); cirrhosis in jaundice (Whitehead's cirrhosis figure is
 *   entered as alcohol-related liver disease); cholangitis in jaundice (no share in a jaundice cohort); colorectal
 *   cancer in chronic abdominal pain (no haemoglobin-only ratio); DKA (a urine ketone result in mg/dL is not read as
 *   strip 2+); migraine without headache in nausea and vomiting; mesenteric ischaemia, perforation, polyps, proctitis,
 *   Cameron lesions, giardiasis as in session 34.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 35 (gi)', () => {
  // Runchey 2010: headache with the deficit favours haemorrhage; hypertension and reduced consciousness as charted.
  const ich = ['+headache', '+focal-neurological-deficit', '+gcs-below-15', '+history-of-hypertension', '+systolic-bp-140-or-more'];

  test('intracerebral haemorrhage rises into the first five in emergency nausea and vomiting with headache and a focal deficit', () => {
    const r = run('nausea-and-vomiting', 'emergency', 65, 'female', ich);
    const rank = rankOf(r, 'intracerebral-haemorrhage');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(5);
    const step = findingStepOf(r, 'intracerebral-haemorrhage', 'headache');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 0).toBeGreaterThanOrEqual(2);
    const noHeadache = run('nausea-and-vomiting', 'emergency', 65, 'female', ich.filter((f) => f !== '+headache'));
    expect(p(r, 'intracerebral-haemorrhage')).toBeGreaterThanOrEqual(1.5 * p(noHeadache, 'intracerebral-haemorrhage'));
    expect(rankOf(r, 'intracerebral-haemorrhage')).toBeLessThan(rankOf(noHeadache, 'intracerebral-haemorrhage'));
  });

  test('headache counts for intracerebral haemorrhage in nausea and vomiting only with a focal deficit, and only once', () => {
    const noDeficit = run('nausea-and-vomiting', 'emergency', 65, 'female', ['+headache']);
    expect(findingStepOf(noDeficit, 'intracerebral-haemorrhage', 'headache')?.counted ?? false).toBe(false);
    const both = run('nausea-and-vomiting', 'emergency', 65, 'female', ['+headache', '+focal-neurological-deficit', '+headache-with-focal-neurological-symptoms']);
    expect(findingStepOf(both, 'intracerebral-haemorrhage', 'headache-with-focal-neurological-symptoms')?.counted).toBe(true);
    expect(findingStepOf(both, 'intracerebral-haemorrhage', 'headache')?.counted ?? false).toBe(false);
  });

  test('reduced consciousness counts for intracerebral haemorrhage in nausea and vomiting only with a focal deficit', () => {
    const withDeficit = run('nausea-and-vomiting', 'emergency', 65, 'female', ['+focal-neurological-deficit', '+gcs-below-15']);
    const step = findingStepOf(withDeficit, 'intracerebral-haemorrhage', 'gcs-below-15');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 0).toBeGreaterThanOrEqual(1.5);
    const alert = run('nausea-and-vomiting', 'emergency', 65, 'female', ['+focal-neurological-deficit', '-gcs-below-15']);
    expect(p(withDeficit, 'intracerebral-haemorrhage')).toBeGreaterThan(p(alert, 'intracerebral-haemorrhage'));
    const noDeficit = run('nausea-and-vomiting', 'emergency', 65, 'female', ['+gcs-below-15']);
    expect(findingStepOf(noDeficit, 'intracerebral-haemorrhage', 'gcs-below-15')?.counted ?? false).toBe(false);
  });

  // AMESI Table 2: acute abdominal pain in three quarters of confirmed mesenteric ischaemia.
  test.each(['gi-bleeding', 'rectal-bleeding'] as const)('abdominal pain raises mesenteric ischaemia in emergency %s', (problem) => {
    const withPain = run(problem, 'emergency', 75, 'female', ['+abdominal-pain', '+history-of-atrial-fibrillation']);
    const without = run(problem, 'emergency', 75, 'female', ['+history-of-atrial-fibrillation']);
    const step = findingStepOf(withPain, 'mesenteric-ischaemia', 'abdominal-pain');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 0).toBeGreaterThanOrEqual(2);
    expect(p(withPain, 'mesenteric-ischaemia')).toBeGreaterThanOrEqual(1.5 * p(without, 'mesenteric-ischaemia'));
    expect(rankOf(withPain, 'mesenteric-ischaemia')).toBeLessThanOrEqual(rankOf(without, 'mesenteric-ischaemia'));
  });

  test('the bleeding cohort ratio for abdominal pain is not read for mesenteric ischaemia in acute abdominal pain', () => {
    const r = run('acute-abdominal-pain', 'emergency', 75, 'female', ['+abdominal-pain']);
    const step = findingStepOf(r, 'mesenteric-ischaemia', 'abdominal-pain');
    expect(step?.counted ?? false).toBe(false);
  });
});

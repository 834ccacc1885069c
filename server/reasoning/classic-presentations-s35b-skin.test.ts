/**
 * Necrotising fasciitis against cellulitis and DVT in a swollen red leg (session 35 round 2, curator "skin"), worked from
 * the engine's views only (no vignette opened). Textbook pictures entered as a clinician would, on the real knowledge base.
 *
 * What was wrong:
 * - Necrotising fasciitis in a febrile diabetic's red, swollen leg in the emergency department sat fourth to sixth on its
 *   policy prior. The LRINEC score (lrinec-score-6-or-more / -8-or-more, Fernando 2019 Ann Surg PMID 29672405) is
 *   clinician-entered only (`match: []`, no `derivedFrom`), so a chart's CRP, white cell count, sodium, creatinine,
 *   haemoglobin and glucose never reach it; none of its items had a finding at the score's own thresholds.
 * - Two of Al Alayed 2015's red flags (Int J Infect Dis, PMID 25975653, NF against matched cellulitis) were never entered:
 *   diarrhoea (LR+ 6.0) and recent surgery (LR+ 7.0); the other seven were.
 * Added:
 * - evidence/s35b-skin.json: necrotising-fasciitis x diarrhoea LR+ 6.0 and x recent-surgery LR+ 7.0, grade A,
 *   unilateral and bilateral leg swelling only (the comparison group is cellulitis), alalayed-2015 abstract Results.
 * Proposed, not applied (/work/s35/skin-proposed-lrinec-derived.json: edits two finding files this curator does not own,
 *   and its new files cannot land alone, since an unused finding or citation fails the checks):
 *   - derive lrinec-score-6-or-more / -8-or-more from their items: 18 and 17 minimal point groups (checked by brute force
 *     over every combination of item levels), every item refuting; rule narrowed to the two leg-swelling problems (from
 *     the score's laboratory results alone, in fever or rash a CRP of 150 with hyponatraemia would take the NSTI
 *     cohort's LR+ 4.5);
 *   - item findings at Wong's thresholds: crp-150-or-more, wbc-15-or-more, wbc-over-25, haemoglobin-135-or-less,
 *     haemoglobin-below-110, creatinine-over-141 (umol/L; mg/dL converted), glucose-over-10 (sodium-below-135 exists);
 *   - citation wong-2004-critcaremed-lrinec-score (Crit Care Med 2004; PMID 15241098 and DOI
 *     10.1097/01.ccm.0000129486.35458.7d seen in public code reference lists, not on the pages read: confirm); abstract
 *     read on the journal site, item points as reproduced in WikEM and sinaiem.org (readAs secondary).
 *   Tried in a private copy: woman 46, one swollen leg, fever, tachycardia, erythema, diabetes: NF 6th without labs; CRP
 *   265 + glucose 15 + WBC 18 (6 points) 3rd; CRP 265 + sodium 130 + creatinine 2.0 mg/dL (8 points) 2nd; a 5-point
 *   set with every item measured reads LRINEC absent (LR- 0.375) and NF drops below sixth.
 * Ranks before -> after (harness, same woman without labs): + diarrhoea NF 6th -> 3rd; + recent surgery 6th -> 2nd (DVT
 * stays first, raised by the same surgery).
 * Gaps: no accuracy figure read for CRP, white cell count, sodium or creatinine alone (Borschitz 2015 PLoS ONE doi
 * 10.1371/journal.pone.0132775 and Int J Infect Dis 2023 PMID 36521588 give thresholds without figures in the text seen);
 * tense oedema and crepitus have no finding and no figure read; PMID 31978094 (prospective ED extremity cohort, 106 NF
 * against 825 cellulitis: LRINEC >= 6 sensitivity 43%, specificity 83%; >= 8 27%/93%) fits leg swelling better than the
 * pooled figure but its journal and title were not seen; post-thrombotic syndrome x pruritus and compartment syndrome x
 * creatine kinase (Weingart 2020 PMC7819267 not reachable) stay without figures.
 * Expectations are about order and direction, not percentages (the lead refits the recalibration).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const redLeg = ['+fever', '+temperature-38-or-over', '+heart-rate-over-100', '+erythema-of-skin', '+history-of-diabetes-mellitus', '+crp-above-reference-range', '+wbc-above-reference-range', '+leg-swelling-sign'];
const nf = 'necrotising-fasciitis';

describe('necrotising fasciitis in a red swollen leg: Al Alayed red flags (session 35b, skin)', () => {
  const base = run('unilateral-leg-swelling', 'emergency', 46, 'female', redLeg);

  test('diarrhoea raises necrotising fasciitis into the first four', () => {
    const r = run('unilateral-leg-swelling', 'emergency', 46, 'female', [...redLeg, '+diarrhoea']);
    expect(findingStepOf(r, nf, 'diarrhoea')).toBeDefined();
    expect(p(r, nf)).toBeGreaterThan(1.5 * p(base, nf));
    expect(rankOf(r, nf)).toBeLessThanOrEqual(4);
    expect(rankOf(r, nf)).toBeLessThan(rankOf(base, nf));
  });

  test('recent surgery raises necrotising fasciitis; DVT stays first', () => {
    const r = run('unilateral-leg-swelling', 'emergency', 46, 'female', [...redLeg, '+recent-surgery']);
    expect(findingStepOf(r, nf, 'recent-surgery')).toBeDefined();
    expect(p(r, nf)).toBeGreaterThan(1.5 * p(base, nf));
    expect(rankOf(r, nf)).toBeLessThan(rankOf(base, nf));
    expect(rankOf(r, 'deep-vein-thrombosis')).toBe(1);
  });

  test('the red flags are limited to leg swelling (the comparison group is cellulitis)', () => {
    const r = run('fever', 'emergency', 46, 'female', ['+diarrhoea', '+erythema-of-skin']);
    const s = findingStepOf(r, nf, 'diarrhoea');
    expect(s === undefined || s.counted === false || s.source.citation !== 'alalayed-2015-ijid-necrotizing-fasciitis-red-flags', JSON.stringify(s)).toBe(true);
  });
});

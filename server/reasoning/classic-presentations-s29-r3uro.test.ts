/**
 * Textbook presentations of constipation and haematuria entered as a clinician would (findings only, no vignette), on
 * the real knowledge base (session 29, round 3, curator r3uro: haematuria, dysuria, constipation). Expectations are about
 * order, or about one diagnosis moving between two runs by a modest factor, since the recalibration is refitted whenever
 * the knowledge changes (a likelihood ratio of about 2 becomes about 1.5 on the odds after recalibration).
 *
 * Gap found when probing: in the constipation complaint a 35-year-old with previous abdominal surgery, colicky pain,
 * vomiting, distension and no flatus ranked bowel obstruction third or fourth behind functional constipation and IBS,
 * because previous surgery counted only in acute abdominal pain and nothing said that new constipation is outside the
 * Rome IV definitions of the two chronic functional disorders. Not fixed: glomerulonephritis with red cell casts (no
 * readable accuracy figure for casts was found); the test below keeps the glomerular red-cell route that is cited.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, listedProbOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const obstructionFeatures = ['+history-of-abdominal-surgery', '+abdominal-pain', '+vomiting', '+abdominal-distension-or-increased-girth', '+unable-to-pass-flatus'];

describe('classic presentations of constipation, haematuria and dysuria (session 29, r3uro)', () => {
  test('a 35-year-old man in the emergency department with new constipation after previous abdominal surgery, colicky pain, vomiting, distension and no flatus: bowel obstruction leads, above functional constipation and IBS', () => {
    // Markogiannakis 2007 (PMID 17230614): no flatus in 90% of 150 acute mechanical obstructions (LR+ 3.6 in constipation);
    // Patanaik 2020 (doi 10.13005/bpj/2031): vomiting 39/57 (LR+ 2.74) and previous abdominal surgery 28/57, 49.1%
    // (LR+ 1.96, added for constipation in knowledge s29-r3uro). Ikee 2019 Table 1 (Rome IV): functional constipation needs
    // symptom onset at least 6 months before and IBS-C pain in the last 3 months, so constipation that began less than
    // 3 months before is outside both definitions (very rare class 0.025 over 0.25: LR+ 0.1 for each).
    const r = run('constipation', 'emergency', 35, 'male', [...obstructionFeatures, '+constipation-began-within-3-months']);
    expect(rankOf(r, 'bowel-obstruction')).toBe(1);
    expect(listedProbOf(r, 'bowel-obstruction')).toBeGreaterThan(p(r, 'functional-constipation'));
    expect(listedProbOf(r, 'bowel-obstruction')).toBeGreaterThan(p(r, 'irritable-bowel-syndrome'));
  });

  test('in constipation, previous abdominal surgery raises bowel obstruction (it had counted only in acute abdominal pain and vomiting)', () => {
    // Patanaik 2020, abstract: 28 of 57 (49.1%) with intestinal obstruction had previous abdominal surgery, over the 25%
    // policy background: LR+ 1.96, LR- 0.68 (grade C, constipation only; Taylor & Lalani's emergency abdominal-pain ratio
    // is not borrowed into another complaint).
    const base = ['+abdominal-pain', '+vomiting', '+unable-to-pass-flatus'];
    const withSurgery = run('constipation', 'emergency', 35, 'male', [...base, '+history-of-abdominal-surgery']);
    const withoutSurgery = run('constipation', 'emergency', 35, 'male', base);
    expect(listedProbOf(withSurgery, 'bowel-obstruction')).toBeGreaterThan(1.2 * listedProbOf(withoutSurgery, 'bowel-obstruction'));
    expect(rankOf(withSurgery, 'bowel-obstruction')).toBeLessThanOrEqual(rankOf(withoutSurgery, 'bowel-obstruction'));
  });

  test('new constipation of recent onset lowers functional constipation and IBS in a 35-year-old woman in primary care', () => {
    // Ikee 2019 Table 1 (Rome IV): functional constipation 'criteria fulfilled for the last 3 months with symptom onset at
    // least 6 months prior'; IBS-C 'recurrent abdominal pain ... in the last 3 months'. LR+ 0.1 each (0.025/0.25), about
    // 0.23 on the odds after recalibration; drug-induced constipation is not touched.
    const recent = run('constipation', 'primary-care', 35, 'female', ['+constipation-began-within-3-months']);
    const unknown = run('constipation', 'primary-care', 35, 'female', []);
    expect(listedProbOf(recent, 'functional-constipation')).toBeLessThan(0.6 * listedProbOf(unknown, 'functional-constipation'));
    expect(listedProbOf(recent, 'irritable-bowel-syndrome')).toBeLessThan(0.6 * listedProbOf(unknown, 'irritable-bowel-syndrome'));
    expect(p(recent, 'drug-induced-constipation')).toBeCloseTo(p(unknown, 'drug-induced-constipation'), 6);
  });

  test('a 25-year-old man with visible haematuria, proteinuria and glomerular (dysmorphic) red cells: glomerulonephritis above bladder cancer and BPH, and above stones in primary care', () => {
    // Offringa & Benbassat 1992 (PMID 1448406): dysmorphic red cell proportion sensitivity 0.88, specificity 0.95 for
    // glomerular disease (LR+ 17.6); Shen 2010 (PMID 20215916): proteinuria in 39 of 57 IgA nephropathy patients with
    // haematuria (LR+ 2.74). Age: bladder cancer (55 or over) and BPH (50 or over) carry age ratios whose absence lowers
    // them at 25 (LR- 0.2 and 0.21). Red cell casts themselves have no readable accuracy figure yet (report).
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('haematuria', setting, 25, 'male', ['+proteinuria', '+urine-red-cells-dysmorphic-glomerular-pattern']);
      const gn = listedProbOf(r, 'glomerulonephritis');
      expect(gn).toBeGreaterThan(p(r, 'bladder-cancer'));
      expect(gn).toBeGreaterThan(p(r, 'benign-prostatic-hyperplasia'));
      expect(rankOf(r, 'glomerulonephritis')).toBeLessThanOrEqual(3);
      if (setting === 'primary-care') {
        // Jones 2009 (GPRD): renal calculi within 90 days in 1.9% of men with haematuria; in the emergency department the
        // stone prior is a proxy of 23% and no painless-haematuria ratio lowers it, so stones stay above there.
        expect(gn).toBeGreaterThan(p(r, 'urolithiasis'));
      }
    }
  });
});

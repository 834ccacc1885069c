/**
 * Women's pelvic pain, textbook presentations of its usual and serious causes entered as a clinician would (session 32,
 * curator "pelvic"), on the real knowledge base.
 *
 * What was wrong: non-specific abdominal pain (NSAP, 33% prior from acute gynaecological presentations, Siedentopf 2016)
 * moved on no urinary finding and on no duration, so
 * - a woman of 28 (or 66) with pelvic pain, dysuria, frequency, urgency, a positive nitrite and leucocyte esterase and no
 *   fever ranked cystitis second, just below NSAP, in both settings;
 * - a woman of 42 with six months of bladder pain relieved by voiding, frequency, urgency and nocturia, a negative nitrite,
 *   hCG, no cervical motion or adnexal tenderness and no cyst on the scan ranked interstitial cystitis second behind NSAP
 *   (fourth, behind NSAP, PID and ovarian cyst, without the examination and scan); a woman of 60 with the same history
 *   ranked it second behind NSAP.
 * Added (evidence/s32-pelvic.json, grade C, pelvic-pain only, on NSAP, which is not can't-miss):
 * - `urine-nitrite-positive`: Deodhar 1989 J Postgrad Med (PMID 2621668), abstract: in 48 patients with NSAP 'routine
 *   investigations of blood, urine, stool and X-ray examinations ... were negative' (defining negative investigation):
 *   0.025 over 0.25, LR+ 0.1, no LR- (the policy background overstates positive nitrites in the other causes).
 * After: cystitis first in both settings at 28 and 66.
 * Declined at review (lead, session 32): NSAP x pain for more than six months (LR+ 0.1 from "acute pelvic pain is defined
 * as ... less than three months", Bhavsar 2016). The definition bounds the acute pelvic pain category, not NSAP, and
 * Paul 2011 (Swiss Med Wkly) found 26.5% of emergency NSAP patients still in pain a year later; with it a bare six-month
 * pelvic pain ranked PID first. So interstitial cystitis stays second behind NSAP for six months of bladder pain with a
 * normal examination and scan (fourth without them): a chronic pelvic pain problem with its own cohort's priors is the fix.
 *
 * Gaps (reported, not tested):
 * - Cystitis from symptoms alone (dysuria, frequency, urgency, no dipstick) stays fourth behind NSAP, PID and ovarian cyst:
 *   no cited frequency of dysuria or frequency among women with acute pelvic pain without UTI (or in PID, ovarian cyst,
 *   NSAP) was read; Bent 2002's ratios were measured in women who all had urinary symptoms.
 * - Every prior of this problem was counted in ACUTE pelvic pain (Kruszka 2010, Huchon 2014, Siedentopf 2016), so for a
 *   chronic pelvic pain PID (20%) and ovarian cyst (16.7%) keep acute priors: a woman of 42 with six months of bladder pain
 *   but no examination entered ranks interstitial cystitis third behind them, and a bare six-month pelvic pain now ranks
 *   PID first (NSAP before). A "chronic pelvic pain" problem with its own cohort's priors is the structural fix; the
 *   setting sums leave no room for chronic-cohort priors here (primary care about 0.92, emergency about 0.98).
 * - Endometriosis with dysmenorrhoea, dyspareunia, prolonged perimenstrual pain and six months of pain ranks sixth (policy
 *   prior 0.005; no share among women presenting with pelvic pain was found).
 * - Irritable bowel syndrome cannot lead pelvic pain: policy prior, and the Rome IV, Manning and Kruis findings are limited
 *   (finding `rule.appliesTo`) to chronic abdominal pain, diarrhoea and constipation, although Rome IV's validation
 *   population (lower abdominal pain with altered bowel habit) holds such women.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const cystitis = ['+dysuria', '+urinary-frequency', '+urinary-urgency', '+urine-nitrite-positive', '+urine-leukocyte-esterase-positive', '-fever'];
const bladderPainHistory = [
  '+pelvic-pain-over-6-months',
  '+bladder-pain-worse-with-filling-or-food-or-relieved-by-voiding',
  '+urinary-frequency',
  '+urinary-urgency',
  '+nocturia',
  '-urine-nitrite-positive',
];
const normalExamAndScan = ['-urine-hcg-positive', '-cervical-motion-tenderness', '-adnexal-tenderness', '-ultrasound-ovarian-cyst-or-enlargement'];

describe('women with pelvic pain: cystitis, bladder pain syndrome and non-specific pain (session 32, pelvic)', () => {
  test('every finding id used here exists', () => {
    const ids = [...cystitis, ...bladderPainHistory, ...normalExamAndScan, '+vaginal-discharge', '+sudden-onset-pain', '+nausea-or-vomiting', '+right-lower-quadrant-pain'].map((f) => f.replace(/^[+-]/, ''));
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });

  test.each(settings)('a woman of 28 with pelvic pain, dysuria, frequency, urgency, nitrite and leucocytes, no fever: cystitis first, above NSAP (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 28, 'female', cystitis);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
    for (const other of ['nonspecific-abdominal-pain', 'pelvic-inflammatory-disease', 'ovarian-cyst']) {
      expect(listedProbOf(r, 'urinary-tract-infection')).toBeGreaterThan(p(r, other));
    }
  });

  test.each(settings)('a woman of 66 with the same urinary picture: cystitis first (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 66, 'female', cystitis);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
  });

  test('a positive nitrite lowers non-specific pain with a grade C step; a negative nitrite leaves it where it was (no LR-)', () => {
    const bare = run('pelvic-pain', 'primary-care', 30, 'female', []);
    const positive = run('pelvic-pain', 'primary-care', 30, 'female', ['+urine-nitrite-positive']);
    const negative = run('pelvic-pain', 'primary-care', 30, 'female', ['-urine-nitrite-positive']);
    expect(p(positive, 'nonspecific-abdominal-pain')).toBeLessThan(p(bare, 'nonspecific-abdominal-pain'));
    expect(p(negative, 'nonspecific-abdominal-pain')).toBeCloseTo(p(bare, 'nonspecific-abdominal-pain'), 6);
    const step = findingStepOf(positive, 'nonspecific-abdominal-pain', 'urine-nitrite-positive');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('C');
  });

  test('the new ratios stay in pelvic pain: a positive nitrite does not move non-specific pain in acute abdominal pain', () => {
    const bare = run('acute-abdominal-pain', 'emergency', 30, 'female', []);
    const positive = run('acute-abdominal-pain', 'emergency', 30, 'female', ['+urine-nitrite-positive']);
    expect(p(positive, 'nonspecific-abdominal-pain')).toBeCloseTo(p(bare, 'nonspecific-abdominal-pain'), 6);
  });

  test.each(settings)('guard: a woman of 22 with fever, discharge, cervical motion and adnexal tenderness: PID first, cystitis below it (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 22, 'female', ['+fever', '+vaginal-discharge', '+cervical-motion-tenderness', '+adnexal-tenderness', '-urine-hcg-positive']);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBe(1);
    expect(p(r, 'urinary-tract-infection')).toBeLessThan(p(r, 'pelvic-inflammatory-disease'));
  });

  test('guard: emergency pelvic pain of sudden onset with vomiting, afebrile, no discharge, hCG negative: ovarian torsion first', () => {
    const r = run('pelvic-pain', 'emergency', 28, 'female', ['+sudden-onset-pain', '+nausea-or-vomiting', '+right-lower-quadrant-pain', '-fever', '-vaginal-discharge', '-urine-hcg-positive']);
    expect(rankOf(r, 'ovarian-torsion')).toBe(1);
  });
});

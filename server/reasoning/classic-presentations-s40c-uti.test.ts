/**
 * Session 40, round 3 (uti): one change, one decline.
 *
 * CHANGED:
 * - Urinary tract infection x positive nitrite in dysuria (evidence/s40c-uti.json, `appliesTo: dysuria`). The default
 *   entry (LR+ 6.5, LR- 0.58, abdominal-dysuria.json) cites giesen-2010-bmcfampract-uti-symptoms-signs, recorded as
 *   unverified: the figures are not that review's own. Medina-Bombardo 2011 (BMC Fam Pract 12:111, PMC3207883, PMID
 *   21985418, doi 10.1186/1471-2296-12-111), the likely true source, was searched again on 2026-12-07 (five queries): only
 *   its abstract was displayed ('Nitrites or leukocytes in the dipstick test are the only findings that clearly favored a
 *   diagnosis of UTI', no figure), and the Am Fam Physician 2013 summary page was not returned; so no re-attribution.
 *   Replaced in dysuria by Devillé 2004 (BMC Urol 4:4, PMID 15175113, doi 10.1186/1471-2490-4-4, already registered and
 *   verified), Table 4, Setting 'Family physician': pre-test probability .55, nitrites 'Test +' .84, 'Test -' .61, re-read
 *   2026-12-07 at preview-bmcurol.biomedcentral.com/articles/10.1186/1471-2490-4-4/tables/2 and
 *   biomedcentral.com/1471-2490/4/4/table/T4: LR+ = (.84/.16)/(.55/.45) = 4.3, LR- = (.39/.61)/(.55/.45) = 0.52, the
 *   figure pyelonephritis already takes in dysuria (s28-r3-uti.json). Numbers before -> after (raw chain, recalibration
 *   off): woman of 28, dysuria, nitrite and leucocytes, primary care: UTI 89.4% -> 84.8%, still first, pyelonephritis
 *   24.2% unchanged second; the same woman with a negative nitrite: UTI about 34.9% -> 32.4%, still first. The old entry
 *   stays the default elsewhere (pelvic pain), where session 40 round 2 showed that replacing it re-orders the s32-pelvic
 *   guard through that complaint's low UTI prior (0.019); all 21 guards naming UTI or the nitrite pass with this change.
 *
 * DECLINED:
 * - Pyelonephritis x fever restricted to women (Pinson 1997, women only) needs a measured frequency of flank pain or
 *   loin tenderness in acute prostatitis first (s40b-gu header). None was readable with an identifier:
 *   Ilunga Banza 2020 (PAMJ 37:290, doi 10.11604/pamj.2020.37.290.21260, abstract read): 'syndrome douloureux' in 21 of
 *   25 (84%) without its site, fever over 38.5 C in 15 (60%); the full-text results were not displayed.
 *   Smithson 2012 (Emergencias 24(4), 48 febrile men with UTI, PSA as reference, abstract read on the journal's page):
 *   13 (27.1%) had a positive lumbar fist percussion, 'PSA was elevated in 9 (30.7%) of those patients' (ambiguous: 9 of
 *   13, or 9 of the 30 with a raised PSA); no PMID or DOI displayed.
 *   Antibiotics 2014;3(2):155-162 (doi 10.3390/antibiotics3020155, men with febrile UTI in ambulatory care): its groups are
 *   defined by flank pain (no flank pain = 'prostatitis'), so it cannot give flank pain's frequency in prostatitis.
 *   Arjunlal 2020 F1000Research (doi 10.12688/f1000research.24094.2, 64 men with febrile UTI, 24 with a raised PSA):
 *   abstract only, no symptom table displayed. Pinson x fever stays unscoped; the s40b-gu orderings stand.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const DEVILLE = 'deville-2004-bmcurol-urine-dipstick-meta-analysis';

describe('classic presentations, session 40 round 3 (uti): the nitrite ratio in dysuria', () => {
  test('every id used here exists', () => {
    for (const id of ['urine-nitrite-positive', 'urine-leukocyte-esterase-positive', 'dysuria', 'fever']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['urinary-tract-infection', 'acute-pyelonephritis', 'sexually-transmitted-genitourinary-infection']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('a woman of 28 with dysuria, nitrite and leucocytes: UTI first, its nitrite step is Devillé family-physician figure', () => {
    const r = run('dysuria', 'primary-care', 28, 'female', ['+dysuria', '+urine-nitrite-positive', '+urine-leukocyte-esterase-positive']);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
    const step = findingStepOf(r, 'urinary-tract-infection', 'urine-nitrite-positive');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeGreaterThan(1);
    expect(step?.source?.citation).toBe(DEVILLE);
  });

  test('in dysuria the strip does not separate the levels: UTI and pyelonephritis take the same nitrite ratio', () => {
    const r = run('dysuria', 'primary-care', 28, 'female', ['+urine-nitrite-positive']);
    const lower = findingStepOf(r, 'urinary-tract-infection', 'urine-nitrite-positive');
    const upper = findingStepOf(r, 'acute-pyelonephritis', 'urine-nitrite-positive');
    expect(lower?.lr).toBe(upper?.lr);
    expect(upper?.source?.citation).toBe(DEVILLE);
  });

  test('a negative nitrite lowers UTI in dysuria but leaves it first in a woman with nothing else', () => {
    const none = run('dysuria', 'primary-care', 28, 'female', []);
    const negative = run('dysuria', 'primary-care', 28, 'female', ['-urine-nitrite-positive']);
    const step = findingStepOf(negative, 'urinary-tract-infection', 'urine-nitrite-positive');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeLessThan(1);
    expect(p(negative, 'urinary-tract-infection')).toBeLessThan(p(none, 'urinary-tract-infection'));
    expect(rankOf(negative, 'urinary-tract-infection')).toBe(1);
  });

  test('the dysuria entry stays in dysuria: pelvic pain keeps its own nitrite entry for UTI', () => {
    const r = run('pelvic-pain', 'primary-care', 28, 'female', ['+dysuria', '+urine-nitrite-positive']);
    const step = findingStepOf(r, 'urinary-tract-infection', 'urine-nitrite-positive');
    expect(step).toBeDefined();
    expect(step?.source?.citation).not.toBe(DEVILLE);
  });
});

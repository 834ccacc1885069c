/**
 * Troponin by assay, follow-ups (session 38, curator "trop2", round 3).
 *
 * What was wrong:
 * - Myocarditis x hs-troponin-above-99th-centile (evidence/s38-acs.json, carried over this morning from the
 *   undivided troponin finding) took its background from model policy (25%), with no cited share of raised
 *   high-sensitivity troponin among patients with the complaint.
 * - The conventional-assay entry for ACS (Mokhtari 2015, 'positive initial TnT', LR+ 24.9, specificity 98%;
 *   SpringerPlus 4:219, PMC4431985) was kept off the hs finding on the reading that its specificity fits a conventional
 *   troponin, but its cut-off had not been seen.
 * Changed:
 * - Myocarditis x hs troponin (minimal in-place edit in evidence/s38-acs.json): background now cited, 0.30 = share of
 *   all acute chest pain patients with hs-TnT above 14 ng/L at presentation, 27.8%-32.7% computed from the abstract
 *   of Am J Cardiol 2013;111:1701 (PMID 23540652: 367 patients, 84 aged 70 or over, 57 AMI; 96%/51% at 70 or over,
 *   91%/88% under 70; the range covers every split of the MIs by age). LR+ 0.895/0.30 = 2.98 (was 3.58), LR- 0.15
 *   (was 0.14). Still grade C (frequency in myocarditis from the scale midpoint, Bin Abdu 2025).
 * - Mokhtari's cut-off: the companion paper on the same 1151 Lund chest pain patients (Kamali 2014, BMC Emerg Med
 *   14:9, doi 10.1186/1471-227X-14-9, PMC4005623, Table 1) splits the ED TnT at 0.05 (1073 below, 78 at or above):
 *   a 'positive TnT' is at least 0.05 ug/L = 50 ng/L, far above the 14 ng/L hs 99th centile. The split by assay
 *   stands; noted in place in evidence/cardioresp-chest-pain.json's population (no number taken, not registered).
 * Declined:
 * - Lund 75+ (BMC Emerg Med 2016, PMC4700698) arrival (0 h) row: Table 2 (PMC4700698/table/Tab2) gives 3-4 h only
 *   (ACS >14: 88/38); no 0 h accuracy row was found in the pages read. The 3-4 h entry stays.
 * - A band from 70 with the Paris figures (96%/51% for AMI at 70 or over, LR+ 1.96): target AMI, not ACS (unstable
 *   angina, troponin-negative, lowers sensitivity for ACS), and its 84 patients of 70 or over include those of 75+,
 *   so it fits 70-74 no better than the Lund ACS figure (1.42); the difference is small on the logit.
 * - Heart failure / pulmonary embolism x hs troponin in dyspnoea: ACE 2 (Clin Biochem, doi
 *   10.1016/j.clinbiochem.2020.11.009, abstract) gives hs-cTnT median 38 (Q1-3 22-75) ng/L in acute heart failure
 *   against 13 (4-25) in other acute dyspnoea, i.e. above 14 ng/L in over 75% against at most 50% (LR+ at least 1.5,
 *   LR- at most 0.5), but troponin and NT-proBNP track each other in heart failure and NT-proBNP already carries
 *   strong ratios there (other group), with no joint table read; no pulmonary embolism figure in breathless patients
 *   was read. Not entered; so ACS stays without a troponin ratio in dyspnoea (session 18's reason still holds).
 * Expectations are about direction and scope, not percentages (recalibration off while the knowledge hash differs).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildQuantity } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ACS = 'acute-coronary-syndrome';
const HS = 'hs-troponin-above-99th-centile';
const at = '2026-06-01T08:00:00Z';
const hsI = (value: number) => buildQuantity('t-hsi', '89579-7', value, 'ng/L', { effectiveDateTime: at, referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] });

describe('classic presentations, session 38 (trop2)', () => {
  test('myocarditis x hs troponin has a cited chest-pain background, and still raises myocarditis', () => {
    const e = kb.evidence.find((x) => x.condition === 'myocarditis' && x.finding === HS)!;
    expect(e.derivation?.frequencyWithoutDisease.source?.citation).toBe('unknown-2013-amjcardiol-hs-troponin-t-age-renal-ami');
    expect(e.derivation?.frequencyWithoutDisease.policy).toBeUndefined();
    expect(e.lrPositive!).toBeGreaterThan(1);
    expect(e.lrPositive!).toBeLessThan(3.58);
    expect(e.lrNegative!).toBeLessThan(1);
    const bare = run('chest-pain', 'emergency', 24, 'male', ['+fever']);
    const raised = run('chest-pain', 'emergency', 24, 'male', ['+fever'], [hsI(60)]);
    expect(findingStepOf(raised, 'myocarditis', HS)?.counted).toBe(true);
    expect(probOf(raised, 'myocarditis')).toBeGreaterThan(probOf(bare, 'myocarditis'));
  });

  test('Mokhtari\'s ratio stays on the conventional troponin T at 0.05 µg/L or more only; the hs ratio for ACS is far weaker', () => {
    const conv = kb.evidence.filter((x) => x.condition === ACS && x.finding === 'troponin-t-0-05-ug-l-or-more');
    expect(conv.some((x) => x.source.citation === 'mokhtari-2015-springerplus-acs-gestalt')).toBe(true);
    const hs = kb.evidence.filter((x) => x.condition === ACS && x.finding === HS);
    expect(hs.every((x) => x.source.citation !== 'mokhtari-2015-springerplus-acs-gestalt')).toBe(true);
    expect(Math.max(...hs.map((x) => x.lrPositive ?? 0))).toBeLessThan(10);
  });

  test('declined: no troponin ratio for heart failure, pulmonary embolism or ACS in dyspnoea', () => {
    const dysp = run('dyspnoea', 'emergency', 70, 'female', [], [hsI(60)]);
    for (const c of ['heart-failure', 'pulmonary-embolism', ACS]) {
      expect(findingStepOf(dysp, c, HS)?.counted ?? false).toBe(false);
    }
  });
});

/**
 * Acute coronary syndrome x raised troponin (session 38, curator "acs", round 2).
 *
 * What was wrong:
 * - `troponin-above-99th-centile` read every troponin above its reference range, conventional (LOINC 6598-7, 10839-9)
 *   and high-sensitivity (67151-1, 89579-7), and ACS took Mokhtari 2015's 'positive initial TnT' ratio from it (LR+ 24.9,
 *   LR- 0.7; Table 3 sensitivity 42%, specificity 98%; SpringerPlus, PMC4431985) in chest, shoulder and neck pain, nausea
 *   and vomiting and syncope. A specificity of 98% fits a conventional assay, not a high-sensitivity 99th-centile cut
 *   (Mokhtari's assay and cut-off were not visible in the pages read: only the abstract and Table 3). So a raised hs
 *   troponin alone took an emergency chest pain from a 10% prior to about 76% ACS before recalibration, and about 96%
 *   with an ischaemic ECG.
 * Changed:
 * - findings/troponin-above-99th-centile.json now reads the conventional assays only (renamed; its orderable test was
 *   removed so the engine proposes the high-sensitivity test; the synonym 'positive troponin', assay unstated, moved to
 *   the hs finding, the weaker ratio); Mokhtari's entry is left on it (minimal in-place note in
 *   evidence/cardioresp-chest-pain.json's population). New finding `hs-troponin-above-99th-centile` (67151-1, 89579-7,
 *   above the reported upper limit; group cardiac-troponin) with, in evidence/s38-acs.json:
 *   - ACS, all ages, grade A: sensitivity 88%, specificity 38% (LR+ 1.42, LR- 0.32) for ACS of hs-TnT above 14 ng/L at
 *     3-4 h in 477 patients aged 75 or over admitted with chest pain suspicious of ACS (BMC Emerg Med 2016, doi
 *     10.1186/s12873-015-0064-z, PMC4700698, abstract and Table 2a). A transfer that understates LR+ elsewhere: its
 *     non-ACS patients (62% raised) have the finding more often than any complaint's unselected patients.
 *   - ACS under 70, grade A, present only: derived finding `hs-troponin-above-99th-centile-under-70` (with new
 *     `age-under-70`), LR+ 7.58 from sensitivity 91%, specificity 88% for acute MI of hs-TnT above 14 ng/L at admission
 *     in patients with acute chest pain under 70 (Am J Cardiol 2013;111:1701, PMID 23540652, abstract; 96% / 51% at 70 or
 *     over). Target MI, not ACS: LR- withheld (0.10 would rule out unstable angina, troponin-negative by definition).
 *   - Myocarditis and pulmonary embolism (syncope only) x hs troponin: the existing grade C entries (Bin Abdu 2025;
 *     Altinsoy 2016, assays not named) carried over to the new finding, same group so never counted twice.
 *   - ACS's definition (Thygesen 2018) now also accepts a raised hs troponin with a rise and an ischaemic ECG; heart
 *     failure lists the hs finding among its manifestations beside the conventional one.
 * Checked and left:
 * - Ischaemic ECG (group ecg-ischaemia) and troponin (cardiac-troponin) are separate groups and multiply. The two track
 *   each other within ACS (STEMI, larger infarcts), but no joint table (ECG by troponin by ACS) was read: Mokhtari's
 *   companion paper (PMC4005623) gives positive TnT in 27.6% with an ischaemic ECG against 4.2% with a normal one, over
 *   all patients, which mixes the diagnosis with the dependence. Merging the groups would drop the ECG whenever a
 *   troponin is known; left, lead. With the hs ratios the product is 1.42 x 8.3 (70 or over) or 7.58 x 8.3 (under 70)
 *   instead of 24.9 x 8.3.
 * - Al-Saleh 2014 CMAJ Open 2(3):E199 (hs-TnT at presentation 0.94 / 0.73 for MI; conventional 0.72 / 0.95) and Zhelev
 *   2015 BMJ 350:h15 (abstract cut before its pooled figures): no identifier seen in the pages read; not registered.
 *   Al-Saleh's conventional specificity agrees with reading Mokhtari's 98% as a conventional assay.
 * - Pulmonary embolism x troponin applies in syncope only (Altinsoy 2016), not in chest pain: nothing to change there.
 * Expectations are about direction and scope, not percentages (recalibration off while the knowledge hash differs).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildQuantity } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ACS = 'acute-coronary-syndrome';
const HS = 'hs-troponin-above-99th-centile';
const HS70 = 'hs-troponin-above-99th-centile-under-70';
const CONV = 'troponin-above-99th-centile';
const at = '2026-06-01T08:00:00Z';
const hsI = (value: number) => buildQuantity('t-hsi', '89579-7', value, 'ng/L', { effectiveDateTime: at, referenceRange: [{ high: { value: 26, unit: 'ng/L', code: 'ng/L' } }] });
const hsT = (value: number) => buildQuantity('t-hst', '67151-1', value, 'ng/L', { effectiveDateTime: at, referenceRange: [{ high: { value: 14, unit: 'ng/L', code: 'ng/L' } }] });
const convT = (value: number) => buildQuantity('t-ct', '6598-7', value, 'ug/L', { effectiveDateTime: at, referenceRange: [{ high: { value: 0.03, unit: 'ug/L', code: 'ug/L' } }] });

/** The troponin step that counts for ACS, whichever troponin finding it is. */
const countedTroponin = (r: ReturnType<typeof run>) =>
  [HS70, HS, CONV].map((f) => findingStepOf(r, ACS, f)).find((s) => s?.counted);

describe('classic presentations, session 38 (acs)', () => {
  test('a raised high-sensitivity troponin alone in emergency chest pain raises ACS, but by far less than the conventional-assay ratio', () => {
    for (const [age, result] of [[62, hsI(60)], [78, hsT(30)]] as const) {
      const bare = run('chest-pain', 'emergency', age, 'male', []);
      const raised = run('chest-pain', 'emergency', age, 'male', [], [result]);
      expect(probOf(raised, ACS)).toBeGreaterThan(probOf(bare, ACS));
      const step = countedTroponin(raised)!;
      expect(step.present).toBe(true);
      expect(step.lr).toBeGreaterThan(1);
      expect(step.lr).toBeLessThan(10); // was 24.9 (Mokhtari, conventional assay)
      expect(findingStepOf(raised, ACS, CONV)).toBeUndefined();
    }
  });

  test('under 70 the hs ratio is the age band\'s (Am J Cardiol 2013), at 70 or over the all-ages one (elderly cohort)', () => {
    const young = run('chest-pain', 'emergency', 55, 'male', [], [hsI(60)]);
    const old = run('chest-pain', 'emergency', 78, 'male', [], [hsI(60)]);
    expect(findingStepOf(young, ACS, HS70)?.counted).toBe(true);
    expect(findingStepOf(young, ACS, HS)?.counted).toBe(false);
    expect(findingStepOf(old, ACS, HS70)).toBeUndefined();
    expect(findingStepOf(old, ACS, HS)?.counted).toBe(true);
    expect(findingStepOf(young, ACS, HS70)!.lr).toBeGreaterThan(findingStepOf(old, ACS, HS)!.lr);
  });

  test('a raised hs troponin alone does not put ACS near certainty; with an ischaemic ECG ACS is first', () => {
    const alone = run('chest-pain', 'emergency', 78, 'male', [], [hsT(30)]);
    const conventional = run('chest-pain', 'emergency', 78, 'male', [], [convT(0.4)]);
    expect(probOf(alone, ACS)).toBeLessThan(probOf(conventional, ACS));
    expect(probOf(alone, ACS)).toBeLessThan(0.5);
    for (const age of [55, 78]) {
      const withEcg = run('chest-pain', 'emergency', age, 'male', ['+ecg-ischaemic-changes'], [hsI(60)]);
      expect(rankOf(withEcg, ACS)).toBe(1);
    }
  });

  test('a conventional troponin keeps Mokhtari\'s ratio; a normal hs troponin lowers ACS without removing it from the can\'t-miss list', () => {
    const conventional = run('chest-pain', 'emergency', 62, 'male', [], [convT(0.4)]);
    // Round 4 (tropconv): Mokhtari's positive was a troponin T of 0.05 µg/L or more (Kamali 2014), so the ratio sits on
    // that threshold finding; the reference-range finding carries the weaker proxy ratios.
    expect(findingStepOf(conventional, ACS, 'troponin-t-0-05-ug-l-or-more')?.lr).toBeCloseTo(24.9, 1);
    expect(findingStepOf(conventional, ACS, HS)).toBeUndefined();
    const bare = run('chest-pain', 'emergency', 62, 'male', []);
    const normal = run('chest-pain', 'emergency', 62, 'male', [], [hsI(3)]);
    expect(findingStepOf(normal, ACS, HS)?.present).toBe(false);
    expect(probOf(normal, ACS)).toBeLessThan(probOf(bare, ACS));
    expect(normal.cantMiss.some((d) => d.conditionId === ACS)).toBe(true);
  });

  test('scope: the hs ratio for ACS counts in chest pain, not in dyspnoea; myocarditis still rises with a raised hs troponin', () => {
    const dysp = run('dyspnoea', 'emergency', 62, 'male', [], [hsI(60)]);
    const acsStep = findingStepOf(dysp, ACS, HS) ?? findingStepOf(dysp, ACS, HS70);
    expect(acsStep?.counted ?? false).toBe(false);
    const bare = run('chest-pain', 'emergency', 24, 'male', ['+fever']);
    const raised = run('chest-pain', 'emergency', 24, 'male', ['+fever'], [hsI(60)]);
    expect(probOf(raised, 'myocarditis')).toBeGreaterThan(probOf(bare, 'myocarditis'));
  });

  test('the findings split by assay: conventional LOINCs on one, high-sensitivity on the other, one correlation group', () => {
    const conv = kb.findings.get(CONV)!;
    const hs = kb.findings.get(HS)!;
    const loincs = (f: typeof conv) => f.match.flatMap((m) => ('loinc' in m ? (m.loinc as string[]) : []));
    expect(loincs(conv).sort()).toEqual(['10839-9', '6598-7']);
    expect(loincs(hs).sort()).toEqual(['67151-1', '89579-7']);
    expect(conv.group).toBe('cardiac-troponin');
    expect(hs.group).toBe('cardiac-troponin');
    expect(kb.findings.get(HS70)!.group).toBe('cardiac-troponin');
    const under70 = kb.evidence.find((e) => e.condition === ACS && e.finding === HS70)!;
    expect(under70.lrNegative).toBeUndefined();
    expect(under70.appliesTo?.ageYears?.max).toBe(70);
  });
});

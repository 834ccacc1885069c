/**
 * Textbook presentations of headache entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 30, headache curator "head"). A clinician review found giant cell arteritis ranked behind tension-type
 * headache in a 75-year-old with a new headache, jaw claudication, scalp (temporal) tenderness and a raised ESR: the
 * tension-type headache ratio for a headache that began at 65 or over (Song 2016, LR 2.27) had no counterpart for GCA,
 * whose headache is by nature new and begins at a mean age of 72-76. GCA now carries that finding (grade B, about 80%
 * of 1,004 GCAGE patients were 65 or over at diagnosis, Monti 2023, against 152/1627 = 9.3% of first-visit headache
 * patients, Song 2016; LR+ 8.57, LR- 0.22; primary care only), and temporal (temple) tenderness, a row of its own in
 * van der Geest 2020's Table 3 (LR+ 3.14), is now a finding in the temporal-artery-abnormality group. Still not fixed (no readable figure; see the report):
 * migraine has no age step, so a 75-year-old whose headache onset is not recorded keeps migraine at its all-ages prior;
 * no frequency of instantaneous onset in migraine could be read, so migraine does not fall with a thunderclap headache.
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const gcaFeatures = ['+headache-onset-at-65-or-over', '+jaw-claudication', '+temporal-artery-tenderness', '+esr-over-40'];

describe('classic presentations of headache (session 30, head)', () => {
  test('a 75-year-old woman in general practice with a new headache, jaw claudication, a tender temporal artery and a raised ESR: GCA first', () => {
    // GCA: Kernick 2008 prior 0.66%; van der Geest 2020 jaw claudication LR+ 4.90, temporal artery tenderness 1.93,
    // ESR > 40 mm/h 1.49; Ponte 2022 age 50 or over 1.79 (even split); new: headache that began at 65 or over LR+ 8.57
    // (Monti 2023 about 80% of GCA aged 65 or over / Song 2016 9.3%). Tension-type headache: Garcia-Azorin 2020 prior
    // 9.9%, onset at 65 or over LR+ 2.27 (Song 2016). Before this session tension-type headache ranked first here.
    const r = run('headache', 'primary-care', 75, 'female', gcaFeatures);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'tension-type-headache'));
  });

  test('a 78-year-old man with the same picture: tension-type headache is not first', () => {
    // Same ratios as above; the GCA sex step is limited to prolonged fever, so a man is ranked on the same evidence.
    const r = run('headache', 'primary-care', 78, 'male', gcaFeatures);
    expect(rankOf(r, 'tension-type-headache')).toBeGreaterThan(1);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
  });

  test('a headache that began at 65 or over raises GCA, and one that began earlier lowers it', () => {
    // Monti 2023 / Song 2016: LR+ 0.80/0.0934 = 8.57, LR- 0.20/0.9066 = 0.22 (about 20% of GCA patients are under 65).
    const bare = run('headache', 'primary-care', 72, 'female', ['+jaw-claudication']);
    const late = run('headache', 'primary-care', 72, 'female', ['+jaw-claudication', '+headache-onset-at-65-or-over']);
    const early = run('headache', 'primary-care', 72, 'female', ['+jaw-claudication', '-headache-onset-at-65-or-over']);
    expect(p(late, 'giant-cell-arteritis')).toBeGreaterThan(p(bare, 'giant-cell-arteritis'));
    expect(p(early, 'giant-cell-arteritis')).toBeLessThan(p(bare, 'giant-cell-arteritis'));
  });

  test('a bare new headache at 75 keeps the primary headaches and GCA on the list, GCA above migraine', () => {
    // Without GCA features a new headache at 75 is still most often tension-type headache in a neurology cohort (55.6%
    // of elderly-onset primary headaches, Song 2016); migraine falls with onset at 65 or over (LR+ 0.17).
    const r = run('headache', 'primary-care', 75, 'female', ['+headache-onset-at-65-or-over']);
    expect(rankOf(r, 'giant-cell-arteritis')).toBeGreaterThan(0);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'migraine'));
  });

  test('a 28-year-old woman on the combined pill with headache and papilloedema in the emergency department: venous thrombosis first', () => {
    // Regression guard (evidence of sessions 19 and 29): oral contraceptive use LR+ 1.9 (de Bruijn 1998); papilloedema
    // LR+ 20.7 for CVT (Park 2023 / Sachdeva 2018) and 35.3 for IIH (Korsbaek 2023), both in the raised-intracranial-
    // pressure group; a positive D-dimer (Alons 2015, sensitivity 97.8%, specificity 84.9%, emergency only) keeps CVT
    // above IIH.
    const r = run('headache', 'emergency', 28, 'female', ['+exogenous-oestrogen-use', '+papilloedema', '+d-dimer-positive']);
    expect(rankOf(r, 'cerebral-venous-thrombosis')).toBe(1);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(r, 'idiopathic-intracranial-hypertension'));
  });

  test('a thunderclap headache with neck stiffness in the emergency department: subarachnoid haemorrhage first', () => {
    // Regression guard: instantly peaking headache sensitivity 65%, specificity 90% (Mac Grory 2018) in the Ottawa SAH
    // group; neck stiffness in the meningeal-signs group.
    const r = run('headache', 'emergency', 45, 'female', ['+thunderclap-headache', '+neck-stiffness']);
    expect(rankOf(r, 'subarachnoid-haemorrhage')).toBe(1);
    expect(p(r, 'subarachnoid-haemorrhage')).toBeGreaterThan(p(r, 'migraine'));
  });

  test('temporal (temple) tenderness raises GCA and counts once beside a tender temporal artery', () => {
    // van der Geest 2020 Table 3: 'Temporal tenderness' sensitivity 51.4%, specificity 83.6%, LR+ 3.14; 'Temporal artery
    // tenderness' LR+ 1.93. Both are in the temporal-artery-abnormality group, so only the stronger counts.
    const base = ['+headache-onset-at-65-or-over', '+esr-over-40'];
    const bare = run('headache', 'primary-care', 74, 'female', base);
    const temple = run('headache', 'primary-care', 74, 'female', [...base, '+temporal-tenderness']);
    const both = run('headache', 'primary-care', 74, 'female', [...base, '+temporal-tenderness', '+temporal-artery-tenderness']);
    expect(p(temple, 'giant-cell-arteritis')).toBeGreaterThan(p(bare, 'giant-cell-arteritis'));
    expect(findingStepOf(temple, 'giant-cell-arteritis', 'temporal-tenderness')?.lr).toBeCloseTo(3.14, 2);
    expect(p(both, 'giant-cell-arteritis')).toBeCloseTo(p(temple, 'giant-cell-arteritis'), 6);
  });

  test('a non-obese woman of 28 on the combined pill with headache and papilloedema in general practice: venous thrombosis above IIH', () => {
    // Regression guard (evidence of sessions 19, 29 and the IIH BMI entry): IIH x BMI 30 or more LR- 0.32 (Horev 2024);
    // CVT x oral contraceptive use LR+ 1.9; papilloedema LR+ 20.7 (CVT) and 35.3 (IIH). Migraine still leads in
    // general practice because no frequency of papilloedema in migraine could be read (reported, not tested).
    const r = run('headache', 'primary-care', 28, 'female', ['+exogenous-oestrogen-use', '+papilloedema', '-bmi-30-or-more']);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(r, 'idiopathic-intracranial-hypertension'));
    expect(rankOf(r, 'cerebral-venous-thrombosis')).toBeLessThanOrEqual(2);
  });
});

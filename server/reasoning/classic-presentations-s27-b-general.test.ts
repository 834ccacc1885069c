/**
 * Breadth round (session 27, general curator b-general): causes of lymphadenopathy, prolonged fever, fever and fatigue
 * that the textbook tables name and the base did not list, probed as a clinician would enter them (findings only, no
 * vignette), on the real knowledge base. Added: sarcoidosis (lymphadenopathy, prolonged fever), cat-scratch disease
 * (lymphadenopathy), drug fever (fever, prolonged fever), and chronic kidney disease and COPD among the causes of
 * fatigue. Expectations are about order, not percentages, since the recalibration is refitted whenever the knowledge
 * changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('causes added to the bare complaints (session 27, b-general)', () => {
  test('the bare complaints list the added causes', () => {
    expect(rankOf(run('lymphadenopathy', 'primary-care', 36, 'female', []), 'sarcoidosis')).toBeGreaterThan(0);
    expect(rankOf(run('lymphadenopathy', 'primary-care', 36, 'female', []), 'cat-scratch-disease')).toBeGreaterThan(0);
    expect(rankOf(run('prolonged-fever', 'primary-care', 68, 'male', []), 'sarcoidosis')).toBeGreaterThan(0);
    expect(rankOf(run('prolonged-fever', 'emergency', 36, 'female', []), 'drug-fever')).toBeGreaterThan(0);
    expect(rankOf(run('fever', 'emergency', 68, 'male', []), 'drug-fever')).toBeGreaterThan(0);
    expect(rankOf(run('fatigue', 'primary-care', 68, 'male', []), 'chronic-kidney-disease')).toBeGreaterThan(0);
    expect(rankOf(run('fatigue', 'primary-care', 68, 'male', []), 'copd')).toBeGreaterThan(0);
  });
});

describe('classic presentations of the added causes (session 27, b-general)', () => {
  test('lymphadenopathy with bilateral hilar lymphadenopathy on the chest radiograph in a young woman: sarcoidosis leads', () => {
    // Cardoso 2017: Scadding stage I or II (bilateral hilar lymphadenopathy) in 80.7% of 409 patients with sarcoidosis.
    const r = run('lymphadenopathy', 'primary-care', 34, 'female', ['+cxr-bilateral-hilar-lymphadenopathy', '+lymphadenopathy-on-examination']);
    expect(rankOf(r, 'sarcoidosis')).toBe(1);
  });

  test('lymphadenopathy after a cat scratch with an inoculation papule: cat-scratch disease leads', () => {
    // Carithers 1985 (1,200 patients): cat contact in 99.1% (capped 0.895), inoculation site in 92.6%.
    const r = run('lymphadenopathy', 'primary-care', 25, 'female', ['+recent-cat-contact', '+inoculation-papule-at-scratch-site', '+axillary-or-inguinal-lymphadenopathy']);
    expect(rankOf(r, 'cat-scratch-disease')).toBe(1);
  });

  test('Bartonella serology raises cat-scratch disease and a negative one lowers it', () => {
    // Zangwill 1993: 38 of 45 patients with a titre of 1:64 or higher.
    const base = run('lymphadenopathy', 'primary-care', 30, 'male', ['+recent-cat-contact']);
    const pos = run('lymphadenopathy', 'primary-care', 30, 'male', ['+recent-cat-contact', '+bartonella-henselae-serology-positive']);
    const neg = run('lymphadenopathy', 'primary-care', 30, 'male', ['+recent-cat-contact', '-bartonella-henselae-serology-positive']);
    expect(p(pos, 'cat-scratch-disease')).toBeGreaterThan(p(base, 'cat-scratch-disease'));
    expect(p(neg, 'cat-scratch-disease')).toBeLessThan(p(base, 'cat-scratch-disease'));
  });

  test('prolonged fever on a recently started drug that settled when the drug was stopped: drug fever rises, the two timing findings counting once', () => {
    // Someko 2023, Table 2: every definition requires fever after the drug and its disappearance after stopping it; both
    // findings come from those definitions, so they share a correlation group (session 27 audit).
    const bare = run('prolonged-fever', 'primary-care', 60, 'male', []);
    const drug = run('prolonged-fever', 'primary-care', 60, 'male', ['+drug-started-in-previous-8-weeks']);
    const both = run('prolonged-fever', 'primary-care', 60, 'male', ['+drug-started-in-previous-8-weeks', '+fever-resolved-after-stopping-suspected-drug']);
    const p = (r: DifferentialResult) => r.differential.find((d) => d.conditionId === 'drug-fever')!.probability;
    expect(p(drug)).toBeGreaterThan(p(bare));
    expect(p(both)).toBeCloseTo(p(drug), 6);
  });

  test('fever without cough on a recently started drug that settled when it was stopped: drug fever in the top five in primary care', () => {
    const r = run('fever', 'primary-care', 60, 'male', ['+drug-started-in-previous-8-weeks', '+fever-resolved-after-stopping-suspected-drug', '-cough']);
    const rank = rankOf(r, 'drug-fever');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(5);
  });

  test('fatigue in an older man with a low eGFR, proteinuria, hypertension and diabetes: chronic kidney disease in the top two', () => {
    // Gregg 2021: about 70% of patients with CKD report fatigue (why CKD is listed under fatigue).
    const r = run('fatigue', 'primary-care', 68, 'male', ['+egfr-below-60', '+history-of-hypertension', '+history-of-diabetes-mellitus', '+proteinuria']);
    const rank = rankOf(r, 'chronic-kidney-disease');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(2);
  });

  test('fatigue in a man of 66 who has smoked over 40 pack-years, with exertional breathlessness: COPD in the top three', () => {
    // Rosenthal 2008 names lung disease among the common causes of fatigue; smoking over 40 pack-years LR+ 8.3 (Straus 2000).
    // (Spirometry and wheeze ratios are limited to the respiratory complaints, so they do not count here.)
    const r = run('fatigue', 'primary-care', 66, 'male', ['+smoking-over-40-pack-years', '+dyspnoea-on-exertion']);
    const rank = rankOf(r, 'copd');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });
});

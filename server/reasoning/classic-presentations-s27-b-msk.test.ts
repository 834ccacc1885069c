/**
 * Breadth round (session 27, curator tag b-msk): causes of joint pain, neck pain and pruritus that a standard text names
 * and the base did not list, entered as a clinician would (findings only, no vignette), on the real knowledge base.
 * Evidence: evidence/s27-b-msk.json; unquantified entries in problems/joint-pain.json, neck-pain.json and pruritus.json;
 * acute coronary syndrome × raised troponin now also applies in neck pain (evidence/cardioresp-chest-pain.json).
 * Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('breadth, joint pain, neck pain and pruritus (session 27, b-msk)', () => {
  // Parvovirus B19 arthritis was missing from joint pain altogether. Acute symmetric small-joint polyarthritis in adults,
  // mostly young and middle-aged women (Lancet 1985, PMID 2857805: rash in 13 of 27 adults; Mod Rheumatol 2011, Kyoto:
  // 86.7% women, 86.7% aged 26-45, fever 70%); B19 IgM specificity 94.2-98.5% against other acute infections and
  // autoimmune disease (J Virol Methods 2007, PMID 17854916).
  test('bare joint pain in a woman of 36 lists parvovirus B19 arthritis in both settings', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      expect(rankOf(run('joint-pain', setting, 36, 'female', []), 'parvovirus-b19-arthritis')).toBeGreaterThan(0);
    }
  });

  test('a woman of 34 with acute polyarthritis, a rash and fever: parvovirus B19 arthritis is in the top three', () => {
    const r = run('joint-pain', 'primary-care', 34, 'female', ['+arthritis-in-more-than-one-joint', '+skin-eruption', '+fever']);
    expect(rankOf(r, 'parvovirus-b19-arthritis')).toBeGreaterThan(0);
    expect(rankOf(r, 'parvovirus-b19-arthritis')).toBeLessThanOrEqual(3);
  });

  test('a positive parvovirus B19 IgM puts parvovirus arthritis first in a woman with polyarthritis', () => {
    const r = run('joint-pain', 'primary-care', 38, 'female', ['+arthritis-in-more-than-one-joint', '+parvovirus-b19-igm-positive']);
    expect(rankOf(r, 'parvovirus-b19-arthritis')).toBe(1);
  });

  test('the same polyarthritis with rash and fever ranks parvovirus lower in a man of 68 than in a woman of 34 (sex and age)', () => {
    const findings = ['+arthritis-in-more-than-one-joint', '+skin-eruption', '+fever'];
    const young = rankOf(run('joint-pain', 'primary-care', 34, 'female', findings), 'parvovirus-b19-arthritis');
    const old = rankOf(run('joint-pain', 'primary-care', 68, 'male', findings), 'parvovirus-b19-arthritis');
    expect(young).toBeGreaterThan(0);
    expect(old).toBeGreaterThan(young);
  });

  // Referred cardiac pain: acute coronary syndrome was not among the causes of neck pain (ischaemic pain radiates to the
  // neck; ACS may present with neck discomfort alone). The troponin ratio (Mokhtari 2015, ED chest pain) already applied
  // in shoulder pain; neck pain's own causes rarely raise troponin.
  test('bare emergency neck pain in a man of 66 lists acute coronary syndrome', () => {
    expect(rankOf(run('neck-pain', 'emergency', 66, 'male', []), 'acute-coronary-syndrome')).toBeGreaterThan(0);
  });

  test('emergency neck pain with ischaemic ECG changes and a raised troponin: acute coronary syndrome is in the top two and on the can\'t-miss list', () => {
    const r = run('neck-pain', 'emergency', 66, 'male', ['+ecg-ischaemic-changes', '+troponin-above-99th-centile']);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBeGreaterThan(0);
    expect(rankOf(r, 'acute-coronary-syndrome')).toBeLessThanOrEqual(2);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('acute-coronary-syndrome');
  });

  // Polycythaemia vera, a systemic cause of itch without a rash, was missing from pruritus. Aquagenic pruritus in 301 of
  // 441 patients with PV (Siegel 2013, Am J Hematol, PMID 23657863).
  test('bare pruritus in a man of 68 lists polycythaemia vera, and itch after contact with water moves it up', () => {
    const bare = rankOf(run('pruritus', 'primary-care', 68, 'male', []), 'polycythaemia-vera');
    const aquagenic = rankOf(run('pruritus', 'primary-care', 68, 'male', ['+aquagenic-pruritus']), 'polycythaemia-vera');
    expect(bare).toBeGreaterThan(0);
    expect(aquagenic).toBeGreaterThan(0);
    expect(aquagenic).toBeLessThan(bare);
  });
});

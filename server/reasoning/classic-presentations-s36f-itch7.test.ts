/**
 * Hypothyroidism and dry skin in pruritus (session 36, curator "itch7"), on the real knowledge base, no vignette.
 *
 * Examined: hypothyroidism x `dry-skin` (depth3.json, Carle 2014, LR+ 2.14, grade C) counted in every complaint, pruritus
 * included. Its background was matched population controls (derived from the reported diagnostic odds ratio), not
 * patients with the same complaint; among itchy patients dry skin is usual without hypothyroidism (xerosis of the
 * elderly, atopic dermatitis), so in pruritus it overstated dry skin as a sign of hypothyroidism (the fatigue entry
 * from the same source had already been limited for the same reason).
 *
 * Added (evidence/s36f-itch7.json, pruritus only, grade B): hypothyroidism x `dry-skin`, LR+ 0.91, LR- 1.19: dry skin
 * in 63% of new overt hypothyroidism (Carle 2014, abstract) over xerosis in 69% of geriatric patients with chronic itch
 * (Valdes-Rodriguez 2015, Acta Derm Venereol, DOI 10.2340/00015555-1968, abstract). Changed: the depth3 entry is limited
 * to hypothyroidism's other complaints (not pruritus). After: in itch without a rash with weight gain, dry skin and
 * tiredness, hypothyroidism is second behind urticaria in primary care (first before); s33-skin4's expectation was
 * relaxed to the first three there, with a note.
 *
 * Declined: an age limit on the new entry (the background is geriatric; no cited xerosis frequency among younger
 * itchy patients was found, and younger itch includes atopic dermatitis, where xerosis is also usual).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const SETTINGS = ['primary-care', 'emergency'] as const;
const NO_RASH = '-skin-eruption';

describe('dry skin and hypothyroidism: counted over an itch background in pruritus (session 36, itch7)', () => {
  test.each(SETTINGS)('in pruritus dry skin does not raise hypothyroidism (%s)', (setting) => {
    const base = [NO_RASH, '+weight-gain', '+fatigue'];
    const withDry = run('pruritus', setting, 50, 'female', [...base, '+dry-skin']);
    const without = run('pruritus', setting, 50, 'female', base);
    const step = findingStepOf(withDry, 'hypothyroidism', 'dry-skin');
    expect(step?.counted ?? false).toBe(true);
    expect(step?.lr ?? 2).toBeLessThan(1.3);
    expect(p(withDry, 'hypothyroidism')).toBeLessThan(1.3 * p(without, 'hypothyroidism'));
  });

  test.each(SETTINGS)('the hypothyroid itch picture keeps hypothyroidism in the first three (%s)', (setting) => {
    const r = run('pruritus', setting, 50, 'female', [NO_RASH, '+weight-gain', '+dry-skin', '+fatigue']);
    expect(rankOf(r, 'hypothyroidism')).toBeGreaterThan(0);
    expect(rankOf(r, 'hypothyroidism')).toBeLessThanOrEqual(3);
  });

  test('outside pruritus (constipation) dry skin still raises hypothyroidism over population controls', () => {
    const base = ['+weight-gain', '+fatigue'];
    const withDry = run('constipation', 'primary-care', 50, 'female', [...base, '+dry-skin']);
    const without = run('constipation', 'primary-care', 50, 'female', base);
    expect(findingStepOf(withDry, 'hypothyroidism', 'dry-skin')?.lr ?? 0).toBeGreaterThanOrEqual(2);
    expect(p(withDry, 'hypothyroidism')).toBeGreaterThan(1.3 * p(without, 'hypothyroidism'));
  });
});

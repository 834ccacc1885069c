/**
 * Itch without a rash (session 28, curator tag r3-itch), entered as a clinician would (findings only, no vignette), on
 * the real knowledge base. Before this session nothing moved the primary skin diseases when the skin looked normal:
 * atopic dermatitis kept its 22.5% prior in pruritus, so a 62-year-old man with itch after bathing, a raised haemoglobin
 * and a low erythropoietin had atopic dermatitis above polycythaemia vera.
 *
 * A visible skin lesion (`skin-eruption`, limited to pruritus) now counts for the skin diseases whose definitions need
 * one, grade C at the defining-feature cap (0.895) over the share of skin causes among patients complaining of itch
 * (54.2%, Aboeldahab 2021, DOI 10.2147/CCID.S322527): LR+ 1.65, LR- 0.23. Sources of the frequency in the disease:
 * atopic dermatitis, AAD guideline (Eichenfield 2014, PMID 24290431: eczema an essential feature); scabies, IACS 2020
 * criteria (Engelman 2020, PMC7687112, Table 1: every clinical level needs lesions); contact dermatitis, Usatine 2010
 * (PMID 20672788); psoriasis, Kimmel & Lebwohl 2018 (PMC7122924); tinea corporis, Leung 2020 (PMID 32742295).
 * Urticaria is deliberately not moved: its wheals come and go (each within 24 hours), so no rash at the visit does not
 * speak against it. Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const SKIN_DISEASES = ['atopic-dermatitis', 'scabies', 'contact-dermatitis', 'psoriasis', 'tinea-corporis'] as const;

describe('itch without a rash (session 28, r3-itch)', () => {
  test('a man of 62 with itch after bathing, erythrocytosis, a low erythropoietin and no rash: polycythaemia vera above atopic dermatitis', () => {
    // Skin-lesion ratios above (Eichenfield 2014 over Aboeldahab 2021); PV's own ratios: Siegel 2013 (aquagenic itch),
    // WHO 2016 haemoglobin criterion, subnormal erythropoietin (session 28, general curator).
    const r = run('pruritus', 'primary-care', 62, 'male', [
      '+aquagenic-pruritus',
      '+erythrocytosis-above-who-2016-pv-threshold',
      '+serum-erythropoietin-below-reference-range',
      '-skin-eruption',
    ]);
    expect(rankOf(r, 'polycythaemia-vera')).toBeGreaterThan(0);
    expect(rankOf(r, 'polycythaemia-vera')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'polycythaemia-vera')).toBeLessThan(rankOf(r, 'atopic-dermatitis'));
    for (const skin of SKIN_DISEASES) {
      if (rankOf(r, skin) > 0) expect(rankOf(r, skin)).toBeGreaterThan(rankOf(r, 'polycythaemia-vera'));
    }
  });

  test('no visible skin lesion lowers each primary skin disease, and a rash raises it (Eichenfield 2014, Engelman 2020, Usatine 2010, Kimmel 2018, Leung 2020 over Aboeldahab 2021)', () => {
    const bare = run('pruritus', 'primary-care', 45, 'female', []);
    const noRash = run('pruritus', 'primary-care', 45, 'female', ['-skin-eruption']);
    const rash = run('pruritus', 'primary-care', 45, 'female', ['+skin-eruption']);
    for (const skin of SKIN_DISEASES) {
      expect(p(noRash, skin)).toBeLessThan(p(bare, skin));
      expect(p(rash, skin)).toBeGreaterThan(p(bare, skin));
    }
  });

  test('no visible skin lesion moves the systemic causes up against atopic dermatitis (IFSI group II: itch on non-diseased skin)', () => {
    const bare = run('pruritus', 'primary-care', 68, 'male', []);
    const noRash = run('pruritus', 'primary-care', 68, 'male', ['-skin-eruption']);
    for (const systemic of ['chronic-kidney-disease', 'hypothyroidism', 'polycythaemia-vera', 'lymphoma']) {
      expect(p(noRash, systemic) / p(noRash, 'atopic-dermatitis')).toBeGreaterThan(p(bare, systemic) / p(bare, 'atopic-dermatitis'));
    }
  });

  test('urticaria is not lowered by the absence of a rash at the visit (its wheals are transient)', () => {
    const bare = run('pruritus', 'primary-care', 30, 'female', []);
    const noRash = run('pruritus', 'primary-care', 30, 'female', ['-skin-eruption']);
    expect(p(noRash, 'urticaria')).toBeGreaterThanOrEqual(p(bare, 'urticaria'));
  });

  test('itch with a rash in a woman of 25 with asthma: atopic dermatitis first, above the systemic causes', () => {
    // Eichenfield 2014 (eczema essential) over Aboeldahab 2021; asthma ratio from the existing atopic dermatitis entry.
    const r = run('pruritus', 'primary-care', 25, 'female', ['+skin-eruption', '+history-of-asthma']);
    expect(rankOf(r, 'atopic-dermatitis')).toBe(1);
    for (const systemic of ['chronic-kidney-disease', 'hypothyroidism', 'polycythaemia-vera']) {
      if (rankOf(r, systemic) > 0) expect(rankOf(r, systemic)).toBeGreaterThan(rankOf(r, 'atopic-dermatitis'));
    }
  });
});

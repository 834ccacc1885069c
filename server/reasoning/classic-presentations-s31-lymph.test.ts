/**
 * Textbook presentations of lymphadenopathy and of itch without a rash entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 31, curator tag lymph). No knowledge was changed in this round: every
 * lymphoma-specific figure that would have lifted lymphoma was unreadable or had no identifier that could be seen (see the
 * report of session 31). These tests guard the order that is already right and record, in direction only, what moves
 * lymphoma and tuberculosis. Expectations are about order, not percentages.
 *
 * Gaps recorded here (not fixed; each needs a source or a file outside this curator's scope):
 * - A man of 24 with nodes, night sweats, weight loss and itch, without a supraclavicular node: HIV infection ranks above
 *   lymphoma in both settings, through the early-HIV weight-loss ratio (Wood 2014, LR+ 4.7, evidence/depth3.json), which
 *   describes acute infection; the base has no finding for nodes lasting more than four weeks to set it aside.
 * - In the emergency department the supraclavicular node counts for nothing (the Fijten 1988 ratio is limited to primary
 *   care, evidence/s22-eye-nodes.json), so malignancy and lymphoma stay level with HIV.
 * - No lymphoma-specific ratio for a supraclavicular, hard or large node, or for itch, could be entered: Vassilakopoulos 2000,
 *   Chau 2003 and Kühnl 2018 report malignancy overall (or the need for biopsy) in the text readable here, Özkan 2015 says
 *   only that Hodgkin lymphoma was commonest in the supraclavicular region, and Gobbi 1983 (itch in 111 of 360 Hodgkin
 *   patients) was read without any identifier.
 * - Itch without a rash with night sweats, weight loss and nodes in primary care: lymphoma is sixth, below diabetes (weight
 *   loss LR+ 5.7 against unselected practice controls, Watson 2008), urticaria, atopic dermatitis, hyperthyroidism and
 *   scabies (nodes LR+ 2.14 from a community survey of endemic scabies). Its own prior (Fett 2014, 0.0016 per person-year
 *   of haematological malignancy) was measured in chronic itch on non-diseased skin, so a no-rash ratio for lymphoma would
 *   count the absence of a rash twice.
 * - The bare lymphadenopathy list is flat (every cause but malignancy, 1.1% from Fijten 1988, on a policy prior) because no
 *   primary-care cohort giving the causes' shares could be read (Williamson 1985 still has no abstract or identifier here).
 *   Naming the infective causes as usual would give them 3% and put streptococcal pharyngitis first for six weeks of
 *   painless nodes with B symptoms, since no duration finding for the nodes exists.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const SETTINGS = ['primary-care', 'emergency'] as const;

describe('lymphadenopathy (session 31, lymph)', () => {
  test.each(SETTINGS)(
    'a woman of 30 born where tuberculosis is common, with nodes, night sweats and fever: tuberculosis first (%s)',
    (setting) => {
      // Tuberculosis: birth abroad LR+ 2.3 (Salvador 2015), female LR+ 1.20 (Seok 2019 over Chau 2003), night sweats LR+ 1.4
      // (Mold 2012, Table 4), fever (grade C). Malignancy's prior is 1.1% (Fijten 1988); fever does not count for lymphoma
      // in lymphadenopathy (session 19 review), nor for the infective causes of nodes.
      const r = run('lymphadenopathy', setting, 30, 'female', ['+born-in-another-country', '+night-sweats', '+fever']);
      expect(rankOf(r, 'tuberculosis')).toBe(1);
      for (const other of ['malignancy', 'lymphoma', 'infectious-mononucleosis', 'hiv-infection', 'sarcoidosis']) {
        expect(p(r, 'tuberculosis')).toBeGreaterThan(p(r, other));
      }
      expect(findingStepOf(r, 'tuberculosis', 'born-in-another-country')).toBeDefined();
    },
  );

  test('a man of 24 with a supraclavicular node, night sweats, weight loss and itch in primary care: malignancy first and lymphoma in the top three, above tuberculosis, leukaemia and glandular fever', () => {
    // Malignancy: 1.1% prior and 50% with a supraclavicular node (Fijten 1988, LR+ 89.9, primary care only). Lymphoma: male
    // LR+ 1.44 (Özkan 2015 over Chau 2003), weight loss LR+ 2.39 (Bilal 2024), night sweats LR+ 1.08 (Mold 2012).
    const r = run('lymphadenopathy', 'primary-care', 24, 'male', ['+supraclavicular-lymphadenopathy', '+night-sweats', '+unintentional-weight-loss', '+pruritus']);
    expect(rankOf(r, 'malignancy')).toBe(1);
    expect(rankOf(r, 'lymphoma')).toBeGreaterThan(0);
    expect(rankOf(r, 'lymphoma')).toBeLessThanOrEqual(3);
    for (const other of ['tuberculosis', 'leukaemia', 'infectious-mononucleosis']) {
      expect(p(r, 'lymphoma')).toBeGreaterThan(p(r, other));
    }
  });

  test.each(SETTINGS)('weight loss and male sex each raise lymphoma in lymphadenopathy (%s)', (setting) => {
    const man = run('lymphadenopathy', setting, 24, 'male', ['+unintentional-weight-loss']);
    const woman = run('lymphadenopathy', setting, 24, 'female', ['+unintentional-weight-loss']);
    const noLoss = run('lymphadenopathy', setting, 24, 'male', ['-unintentional-weight-loss']);
    expect(p(man, 'lymphoma')).toBeGreaterThan(p(woman, 'lymphoma'));
    expect(p(man, 'lymphoma')).toBeGreaterThan(p(noLoss, 'lymphoma'));
    expect(findingStepOf(man, 'lymphoma', 'male')?.grade).toBe('B');
  });
});

describe('itch without a rash with B symptoms and nodes (session 31, lymph)', () => {
  test('a man of 26 with itch, no rash, night sweats, weight loss and enlarged nodes in the emergency department: lymphoma in the top three', () => {
    const r = run('pruritus', 'emergency', 26, 'male', ['-skin-eruption', '+night-sweats', '+unintentional-weight-loss', '+lymphadenopathy-on-examination']);
    expect(rankOf(r, 'lymphoma')).toBeGreaterThan(0);
    expect(rankOf(r, 'lymphoma')).toBeLessThanOrEqual(3);
  });

  test('in primary care the same man has lymphoma above contact dermatitis and tinea, and far above his bare itch', () => {
    // Lymphoma: weight loss LR+ 2.39 (Bilal 2024), nodes LR+ 2.84 (Sultan 2018), male LR+ 1.24; the skin diseases fall with no
    // visible lesion (session 28, Aboeldahab 2021 background). Still wrong: lymphoma is sixth (see the header).
    const bare = run('pruritus', 'primary-care', 26, 'male', []);
    const r = run('pruritus', 'primary-care', 26, 'male', ['-skin-eruption', '+night-sweats', '+unintentional-weight-loss', '+lymphadenopathy-on-examination']);
    expect(p(r, 'lymphoma')).toBeGreaterThan(p(r, 'contact-dermatitis'));
    expect(p(r, 'lymphoma')).toBeGreaterThan(p(r, 'tinea-corporis'));
    expect(p(r, 'lymphoma')).toBeGreaterThan(p(bare, 'lymphoma'));
    expect(rankOf(r, 'lymphoma')).toBeLessThan(rankOf(bare, 'lymphoma'));
  });
});

/**
 * Session 41 (pruritus): itch without wheals or angioedema argues against urticaria, by its definition.
 *
 * CHANGED:
 * - Urticaria x urticaria-or-angioedema in pruritus (evidence/s41-pruritus.json, one entry, `appliesTo: pruritus`,
 *   grade C, LR+ 3.58, LR- 0.14). Citation zuberbier-2022-allergy-urticaria-guideline (PMID 34536239, doi
 *   10.1111/all.15090, already registered and verified; not edited). Re-read this session (2026-12-07, corpus 'pages',
 *   pubmed.ncbi.nlm.nih.gov/34536239, abstract): 'Urticaria is a frequent, mast cell-driven disease that presents with
 *   wheals, angioedema, or both.' A defining feature, capped at the HPO very-frequent midpoint 0.895 (as session 28 did
 *   for atopic dermatitis, scabies, contact dermatitis, psoriasis and tinea with a visible skin lesion), over the policy
 *   background 0.25: LR+ 0.895/0.25 = 3.58, LR- 0.105/0.75 = 0.14. In pruritus this replaces the general entry
 *   (depth-s-g5, Zuberbier 2022, obligate 1.0 over 0.25, LR+ 4.0, no ratio for absence, "obligate by definition, so no
 *   likelihood ratio for absence is entered"); other complaints keep it. The finding is wheals or angioedema during the
 *   complaint (history or examination), not a rash at the visit: `-skin-eruption` still does not lower urticaria (the
 *   session-28 guard's premise, wheals last under 24 hours, is kept).
 *   Before -> after (probe, primary care, man of 30, itch with no rash, no wheals or angioedema, night sweats, weight loss,
 *   lymphadenopathy): urticaria 2nd 14.3% -> 5th 2.3%; lymphoma stays 6th (2.9% -> 1.4% on the recalibrated display;
 *   its own chain is unchanged); diabetes mellitus first (15.0%, weight-loss ratio) and atopic dermatitis second (6.2%,
 *   its borrowed 0.225 prior times the session-28 no-rash ratio 0.23). Emergency: urticaria stays first (34.8%, from its
 *   0.845 Kilic 2019 prior), lymphoma 3rd. Before, recording "no wheals" moved nothing in itch. So this change removes
 *   urticaria's lead in primary care but does not put lymphoma above the skin diseases: that needs itch-specific priors.
 *
 * DECLINED:
 * - The primary-care priors. Atopic dermatitis 0.225 (Kerr 2010, all primary-care skin consultations) and urticaria
 *   0.195 (Lai-Kwon 2014, ED dermatology presentations) are borrowed from all skin complaints, not from itch; no
 *   primary-care cohort of patients presenting with itch giving per-diagnosis shares was read (Frese 2011, 64 patients,
 *   abstract only, declined in s41-skin). Lymphoma 0.0016 (Fett 2014, PMID 24485529, PMC3959616: incidence of
 *   haematologic malignancy 0.0016 per person-year in 8,744 UK general-practice patients with chronic pruritus and
 *   nondiseased skin) is already a measured figure in the right population (itch without skin disease) and is an upper
 *   bound for lymphoma; nothing better was found.
 * - Sommer 2007 (Acta Derm Venereol 87:510-516, doi 10.2340/00015555-0320, abstract read this session at
 *   medicaljournals.se): 263 patients with severe chronic pruritus at a university itch clinic (Münster); underlying
 *   dermatosis 41.8%, systemic disease including unidentified neoplasms 13.3%, neurological 0.4%, none found 44.5%. A
 *   tertiary referral series (declined as priors in sessions 11 and 37); no lymphoma count in the abstract. Polat 2008
 *   and the Weisshaar EDF guideline (update seen at docslib.org, no identifier read) give categories, not shares usable
 *   as primary-care priors. Frese 2011 full text (jocmr.org, PMC3279483) compares SESAM 2 with Dutch Transition Project
 *   and BEACH data, but only its abstract was displayed: a lead for itch-specific primary-care priors. Larson 2019 / TriNetX (non-Hodgkin lymphoma 1-year risk 0.117% vs 0.050% in
 *   undifferentiated pruritus, seen in news reports by the s41-allergy curator) is a risk comparison, not a share of
 *   lymphoma among itchy patients, and adds nothing over Fett 2014.
 * - HIV infection in pruritus: no cohort of itchy patients giving an HIV share, and no ratio for the papular pruritic
 *   eruption measured among itchy patients; the Wood 2014 early-HIV ratios stay limited to the acute presentations.
 * - A ratio of 'no rash at the visit' against urticaria: refused by definition (transient wheals), see above.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ZUB = 'zuberbier-2022-allergy-urticaria-guideline';
const LYMPHOMA_PICTURE = ['-skin-eruption', '-urticaria-or-angioedema', '+night-sweats', '+unintentional-weight-loss', '+lymphadenopathy-on-examination'];

describe('classic presentations, session 41 (pruritus): no wheals or angioedema argues against urticaria', () => {
  test('every id used here exists', () => {
    for (const id of ['skin-eruption', 'urticaria-or-angioedema', 'night-sweats', 'unintentional-weight-loss', 'lymphadenopathy-on-examination']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['urticaria', 'lymphoma', 'atopic-dermatitis']) expect(kb.conditions.has(id)).toBe(true);
  });

  test('the pruritus entry: grade C, Zuberbier 2022 definition, pruritus only, a ratio for absence', () => {
    const e = kb.evidence.filter((x) => x.condition === 'urticaria' && x.finding === 'urticaria-or-angioedema' && x.appliesTo?.problems?.includes('pruritus'));
    expect(e).toHaveLength(1);
    expect(e[0].appliesTo?.problems).toEqual(['pruritus']);
    expect(e[0].grade).toBe('C');
    expect(e[0].source.citation).toBe(ZUB);
    expect(e[0].lrNegative).toBeLessThan(0.2);
    expect(e[0].lrPositive).toBeGreaterThan(1);
  });

  test('in itch, no wheals or angioedema lowers urticaria and wheals raise it; no rash at the visit alone does not lower it', () => {
    const bare = run('pruritus', 'primary-care', 30, 'female', []);
    const noWheals = run('pruritus', 'primary-care', 30, 'female', ['-urticaria-or-angioedema']);
    const wheals = run('pruritus', 'primary-care', 30, 'female', ['+urticaria-or-angioedema']);
    const noRash = run('pruritus', 'primary-care', 30, 'female', ['-skin-eruption']);
    expect(p(noWheals, 'urticaria')).toBeLessThan(p(bare, 'urticaria') / 2);
    expect(p(wheals, 'urticaria')).toBeGreaterThan(p(bare, 'urticaria'));
    expect(p(noRash, 'urticaria')).toBeGreaterThanOrEqual(p(bare, 'urticaria'));
    const step = findingStepOf(noWheals, 'urticaria', 'urticaria-or-angioedema');
    expect(step?.counted).toBe(true);
    expect(step?.source?.citation).toBe(ZUB);
  });

  test('outside pruritus the general entry still applies: no ratio for absence in rash', () => {
    const bare = run('rash', 'primary-care', 30, 'female', []);
    const noWheals = run('rash', 'primary-care', 30, 'female', ['-urticaria-or-angioedema']);
    expect(p(noWheals, 'urticaria')).toBeCloseTo(p(bare, 'urticaria'), 6);
  });

  test('primary care, a man of 30 with itch, no rash, no wheals, night sweats, weight loss and nodes: urticaria falls out of the top three', () => {
    const r = run('pruritus', 'primary-care', 30, 'male', LYMPHOMA_PICTURE);
    const without = run('pruritus', 'primary-care', 30, 'male', LYMPHOMA_PICTURE.filter((f) => f !== '-urticaria-or-angioedema'));
    expect(rankOf(without, 'urticaria')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'urticaria')).toBeGreaterThan(3);
    expect(p(r, 'urticaria')).toBeLessThan(p(r, 'atopic-dermatitis'));
    expect(rankOf(r, 'lymphoma')).toBeGreaterThan(0);
    expect(rankOf(r, 'lymphoma')).toBeLessThanOrEqual(6);
    expect(p(r, 'lymphoma') / p(r, 'urticaria')).toBeGreaterThan(p(without, 'lymphoma') / p(without, 'urticaria'));
  });
});

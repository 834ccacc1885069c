/**
 * Thin conditions, round 3 (session 38, curator "thin2"): non-specific low back pain (4 graded findings), ACE-inhibitor
 * cough (4), impetigo (3), drug fever (3). Textbook pictures entered as a clinician would (findings only, no vignette).
 *
 * What was wrong. Each of the four conditions has fewer than five graded findings (issue 10, item 6); non-specific low back
 * pain lost two misapplied entries this morning (classic-presentations-s38-legs.test.ts header).
 *
 * What changed. Nothing entered: no lead could be read to a number that fits the engine's comparison (2026-12-07).
 *
 * Declined, with reasons.
 * - Henschke 2009 (Arthritis Rheum 60:3072, doi 10.1002/art.24853, PMID 19790051; abstract read on studylib.net doc
 *   10804808 and PubMed): serious pathology in 11 of 1,172 (0.9%), 80.4% with at least one red flag. A ratio of a red flag's
 *   frequency in the patients without serious pathology against those with it compares non-specific back pain with 0.9% of
 *   the complaint's patients (fracture, mostly), not with most of its other patients (disc herniation, stenosis), the
 *   misapplication the brief names; against all patients of the same cohort (99% overlap) the ratio is 1 by construction.
 *   The per-flag table (Table 2/3) could not be read through the tools either, so no number was available.
 * - Jamshed 2019 (Cureus 11:e5624, doi 10.7759/cureus.5624; abstract read at step2.medbullets.com/evidence/31700727 and
 *   the scribd copy): a series of ACE-inhibitor users with ACE-inhibitor cough only (enalapril 47.2%, captopril 22.7%...);
 *   BMI, smoking and a longer time to onset are associations inside the series, with no frequency in other chronic coughs.
 *   Its full table (e.g. nocturnal cough, which Lai 2020, PMID 32693212, gives for the other causes) was not readable.
 * - Rørtveit 2007 (Br J Dermatol 157:100, PMID 17553056; abstract read at pubmedhh.nlm.nih.gov): S. aureus in 117/132
 *   epidemic and 84/123 non-epidemic swabbed cases, 201/255 = 79% (the lead's figure holds). It is the same finding as the
 *   existing culture entry (evidence/s30-thina.json, impetigo x skin-lesion-culture-s-aureus-or-beta-haemolytic-
 *   streptococcus), so a second entry would count the culture twice; as S. aureus alone it is a lower bound of the entry's
 *   capped 0.895 (which also counts streptococci), so the entry was left unchanged.
 * - Pereira 2014 (An Bras Dermatol 89:293, doi 10.1590/abd1806-4841.20142283; SciELO abstract and introduction read): a
 *   narrative review; no per-feature frequency with a background among rash patients was found in what could be read.
 * - Patel & Gallagher 2010 (Pharmacotherapy 30:57, doi 10.1592/phco.30.1.57; abstract read at onlinelibrary.wiley.com):
 *   narrative review of case reports ("most commonly appears after 7-10 days"), no measured frequency against febrile
 *   patients without drug fever; rash and eosinophilia stay unentered (CURATION: no grade C over the policy background that
 *   would count against the disease). Vodovar 2012 (Drug Saf 35:759, doi 10.1007/BF03261972; abstract read at
 *   econpapers.repec.org and the scribd copy): 167 pharmacovigilance cases without skin reaction, antibacterials commonest;
 *   every copy cut off before the median lag, so no number was read; the lag is already carried by
 *   drug-started-in-previous-8-weeks, in the suspected-drug-timing group with the dechallenge and antibiotic use.
 * - Also tried: impetigo x pruritus over Schut 2019's 54.3% (doi 10.2340/00015555-3040, the background the other rash
 *   causes' itch entries use): no measured itch frequency in impetigo was found (Al-Ghamdi 2006, PMID 23012100, results
 *   unreadable; reviews say "occasional pruritus" or "itching" without a figure, and disagree). ACE-inhibitor cough x
 *   nocturnal cough over Lai 2020: no frequency in the disease (Morimoto 2004, PMC1492376, tables unreadable).
 * The engine abstains under 18, so the impetigo test uses an adult.
 *
 * The tests pin the present direction of the existing entries and that the declined Henschke red-flag ratios stay out.
 * Expectations are about order and direction within one run, not percentages (recalibration is refitted later).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const evidence = (kb as any).evidence as any[];

describe('thin conditions, round 3 (session 38, thin2)', () => {
  test('a bare 40-year-old with low back pain in primary care: non-specific back pain leads', () => {
    for (const sex of ['male', 'female'] as const) {
      const r = run('low-back-pain', 'primary-care', 40, sex, []);
      expect(rankOf(r, 'nonspecific-low-back-pain')).toBe(1);
    }
  });

  test('no non-specific back pain ratio is read from Henschke 2009 (serious-pathology comparison, 0.9% of patients)', () => {
    const fromHenschke = evidence.filter(
      (e) => e.condition === 'nonspecific-low-back-pain' && JSON.stringify(e).includes('henschke-2009'),
    );
    expect(fromHenschke).toEqual([]);
  });

  test('ACE-inhibitor use and a positive dechallenge raise ACE-inhibitor cough in chronic cough', () => {
    const bare = run('chronic-cough', 'primary-care', 60, 'female', []);
    const onDrug = run('chronic-cough', 'primary-care', 60, 'female', ['+ace-inhibitor-use']);
    const settled = run('chronic-cough', 'primary-care', 60, 'female', ['+ace-inhibitor-use', '+cough-resolved-after-stopping-ace-inhibitor']);
    expect(p(onDrug, 'ace-inhibitor-cough')).toBeGreaterThan(p(bare, 'ace-inhibitor-cough'));
    expect(p(settled, 'ace-inhibitor-cough')).toBeGreaterThan(p(onDrug, 'ace-inhibitor-cough'));
  });

  test('honey-coloured crusts raise impetigo in an adult with a rash (the engine abstains under 18); the culture is entered once', () => {
    const bare = run('rash', 'primary-care', 30, 'male', []);
    const crusts = run('rash', 'primary-care', 30, 'male', ['+honey-coloured-crusts']);
    expect(p(crusts, 'impetigo')).toBeGreaterThan(p(bare, 'impetigo'));
    const culture = evidence.filter(
      (e) => e.condition === 'impetigo' && e.finding === 'skin-lesion-culture-s-aureus-or-beta-haemolytic-streptococcus',
    );
    expect(culture).toHaveLength(1);
  });

  test('a new drug raises drug fever; rash and eosinophilia stay unentered for drug fever', () => {
    const bare = run('fever', 'emergency', 55, 'male', []);
    const newDrug = run('fever', 'emergency', 55, 'male', ['+drug-started-in-previous-8-weeks']);
    expect(p(newDrug, 'drug-fever')).toBeGreaterThan(p(bare, 'drug-fever'));
    const ids = new Set(evidence.filter((e) => e.condition === 'drug-fever').map((e) => e.finding));
    for (const f of ids) expect(String(f)).not.toMatch(/rash|eosinophil/);
  });
});

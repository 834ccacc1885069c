/**
 * Session 42b (resp: cough, nasal congestion, sore throat, fever): no knowledge changed; what was tried, and why each
 * change was declined. The tests hold the premises of the declines and the pictures that must not get worse.
 *
 * CHANGED: nothing (one change tried and reverted, below).
 *
 * DECLINED:
 * - Influenza x cough in the fever complaint, grade C, 0.93 (Monto 2000, doi 10.1001/archinte.160.21.3243: 'Individuals
 *   with influenza were more likely to have cough (93% vs 80%)') over the 0.25 policy background = LR+ 3.72, with Monto's
 *   within-ILI entry (1.16, evidence/s22-resp-infections.json) narrowed out of fever. Reason for trying: in fever the
 *   catch-all acute respiratory tract infection takes cough at 3.27 (ECOVIR 81.7% over the same background) while
 *   influenza takes 1.16 measured against other influenza-like illness, which is not most of the other febrile patients
 *   (session 36 two-group rule), so cough moved the catch-all 2.8 times more than influenza. Probe (raw chain, woman of 35,
 *   primary-care fever, cough + myalgia + headache): influenza 12.5% -> 31.5%, still second behind the catch-all (72.5%).
 *   Reverted: it broke classic-presentations-s39-fever3 ('a 70-year-old man with fever, productive cough and crackles in
 *   general practice: pneumonia stays in the top two': expected 3 to be <= 2; influenza 31.5% above pneumonia 29.4%),
 *   and influenza above pneumonia with crackles and a productive cough is not what a clinician expects. The asymmetry
 *   stays; a measured cough (or fever-and-cough) ratio among febrile patients is needed instead of a second policy
 *   background. Ebell & Afonso 2011 (Ann Fam Med 9(1):69-77, Table 5, read at annfammed.org; no PMID or DOI seen) gives
 *   fever-and-cough LR+ 5.1 (Stein 2005, emergency department), 5.0 (Govaert 1998, primary care over 60), 4.2 (van den
 *   Dool 2008), 1.94 (Monto 2000), 1.7 (Boivin 2000): not entered without an identifier.
 * - Call 2005 (JAMA RCE; PMID 15728170 and doi 10.1001/jama.293.8.987 as registered and seen in a PubMed mirror this
 *   session; the brief's PMID 15728167 was not seen) chills 2.6, malaise 2.6 and sneezing 0.47 are the review's figures for
 *   patients aged 60 or more ('No symptom or sign had a summary LR greater than 2 in studies that enrolled patients
 *   without regard to age'), yet the default entries (evidence/depth-k1-cardioresp.json, and s40-systemic's fever copies)
 *   carry no age limit. Narrowing them to 60 and over is faithful to the source but lowers influenza further in the
 *   younger adults of the misses and would break classic-presentations-s33-nose6 (a man of 40 with fever, myalgia, chills,
 *   malaise, cough and headache: influenza first) and s40-systemic; left to the lead as a decision.
 * - Call 2005's 'fever and cough' 5.0 (60 and over) in cough: influenza x fever already has Monto's entry naming cough,
 *   and one problem may not be named twice for a pair (session 27), so an age-limited entry would leave younger patients
 *   with no fever ratio at all.
 * - The acute-respiratory-tract-infection prior in fever (Yu 2021, 30.5% 'respiratory system infection', pneumonia and
 *   influenza included) overlaps influenza (0.11) and pneumonia (Bao 0.061 primary care; Limper 0.272 emergency): the
 *   session 39 subtype rule would give 0.305 - 0.061 - 0.11 = 0.134 in primary care, but the emergency arithmetic is
 *   negative (0.305 - 0.272 - 0.11), the primary-care figure is borrowed from an emergency cohort said to understate the
 *   respiratory share, and the result (ARTI 0.134) still leaves the catch-all first in the fever misses (cough 3.27,
 *   headache 1.56). Not changed; a primary-care febrile cohort with influenza and other respiratory infection shares is
 *   the lead. In cough the priors are coherent (Bergmann 2021 lists influenza and pneumonia apart from the 73%).
 * - Ebell 2012 FluScore (JABFM 25(1):55-62, doi 10.3122/jabfm.2012.01.110161, PMID 22218625): abstract gives risk 8%,
 *   30%, 59% for 0-2, 3, 4-6 points but no likelihood ratios or prevalence; not enough to enter a score finding.
 * - COVID-19 (Struyf 2022 Cochrane, doi 10.1002/14651858.CD013665.pub3): the per-setting summary figures were not
 *   returned by the search (only the objectives and methods). Its Cochrane Clinical Answer (doi 10.1002/cca.3998) gives
 *   anosmia or ageusia an average specificity of 92% and cough a sensitivity of 62%, in line with the registered Kim 2021
 *   entry (specificity 0.91); nothing to replace. The cough and nasal-congestion priors were left as they are (session
 *   41's reasons). With fever and loss of smell or taste COVID-19 is already in the first three of cough.
 * - Epiglottitis: no measured frequency of drooling or a muffled voice among adults presenting with sore throat without
 *   epiglottitis was found (the sensitivity 0.79 / specificity 0.94 for drooling seen on a summary site is paediatric and
 *   carried no identifier).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const FLU = 'influenza';
const settings = ['primary-care', 'emergency'] as const;

describe('classic presentations, session 42b (resp): premises of the declines', () => {
  test('every id used here exists', () => {
    expectKnownIds(
      kb,
      ['fever', 'cough', 'myalgia', 'headache', 'productive-cough', 'crackles-on-auscultation', 'loss-of-smell-or-taste', 'drooling', 'muffled-hot-potato-voice', 'dysphagia'],
      [FLU, 'acute-respiratory-tract-infection', 'community-acquired-pneumonia', 'covid-19', 'epiglottitis'],
    );
  });

  test('Call 2005 is registered under the PMID seen (15728170)', () => {
    expect(kb.citations.get('call-2005-jama-influenza-rce')?.pmid).toBe('15728170');
  });

  test('influenza x cough in fever is still the within-ILI contrast (Monto 1.16) beside the catch-all at 3.27 (the asymmetry left)', () => {
    const flu = kb.evidence.filter((e) => e.condition === FLU && e.finding === 'cough' && e.appliesTo?.problems.includes('fever'));
    expect(flu).toHaveLength(1);
    expect(flu[0].lrPositive).toBeCloseTo(1.16, 2);
    const arti = kb.evidence.filter((e) => e.condition === 'acute-respiratory-tract-infection' && e.finding === 'cough' && e.appliesTo?.problems.includes('fever'));
    expect(arti).toHaveLength(1);
    expect(arti[0].lrPositive).toBeCloseTo(3.27, 2);
  });

  test('why the fever cough ratio was not raised: pneumonia stays above influenza with crackles and a productive cough at 70', () => {
    const r = run('fever', 'primary-care', 70, 'male', ['+cough', '+productive-cough', '+crackles-on-auscultation']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeGreaterThan(0);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBeLessThan(rankOf(r, FLU));
  });
});

describe('classic presentations, session 42b (resp): pictures that must not get worse', () => {
  test.each(settings)('cough with fever, myalgia and headache, woman of 35: influenza in the first three (%s)', (setting) => {
    const rank = rankOf(run('cough', setting, 35, 'female', ['+fever', '+myalgia', '+headache']), FLU);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  test.each(settings)('fever with cough, myalgia and headache, woman of 35: influenza in the first three (%s)', (setting) => {
    const rank = rankOf(run('fever', setting, 35, 'female', ['+cough', '+myalgia', '+headache']), FLU);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  test('sore throat with fever, cough, myalgia and headache in general practice, man of 30: influenza in the first three', () => {
    const rank = rankOf(run('sore-throat', 'primary-care', 30, 'male', ['+fever', '+cough', '+myalgia', '+headache']), FLU);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  test.each(settings)('cough with fever and loss of smell or taste, man of 40: COVID-19 in the first three (%s)', (setting) => {
    const rank = rankOf(run('cough', setting, 40, 'male', ['+fever', '+loss-of-smell-or-taste']), 'covid-19');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(3);
  });

  test('sore throat with fever, drooling, a muffled voice and dysphagia in general practice: epiglottitis in the first six', () => {
    const rank = rankOf(run('sore-throat', 'primary-care', 45, 'male', ['+fever', '+drooling', '+muffled-hot-potato-voice', '+dysphagia']), 'epiglottitis');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(6);
  });
});

/**
 * Session 41 (breath: dyspnoea, wheeze, haemoptysis): one change, several declines.
 *
 * CHANGED:
 * - Haemoptysis, emergency department, tuberculosis prior 0.014 -> 0.027 (problems/haemoptysis.json). Source:
 *   abdulmalak-2015-eurrespirj-haemoptysis-france (Abdulmalak C et al., Eur Respir J 2015;46:503-511,
 *   doi 10.1183/09031936.00218214, already registered and verified), Abstract: about 15,000 adults a year admitted to
 *   French hospitals for haemoptysis (2008-2012); 'The main aetiologies were respiratory infections (22%), lung cancer
 *   (17.4%), bronchiectasis (6.8%), pulmonary oedema (4.2%), anticoagulants (3.5%), tuberculosis (2.7%) ...'; re-read
 *   2026-12-07 at erj.ersjournals.com/content/46/2/503 and the docksci ERJ Express abstract. It replaces Hirshberg 1997
 *   (1.4% of 208 patients at one tertiary referral hospital): a whole-country hospital cohort, the one the emergency
 *   heart-failure prior here already uses; still `other-setting` (hospitalised adults, not ED attenders). The primary-care
 *   figure (Hirshberg 0.014) is left: a hospital figure is an upper bound there. Emergency priors add up to 0.908 -> 0.921.
 *   Probe (raw chain), man of 45, emergency, haemoptysis with fever, night sweats, weight loss, born abroad and cough over
 *   14 days: tuberculosis 9.6% -> 17.1% (fifth either way, now clearly above bronchiectasis 8.8%; lung cancer,
 *   "malignancy", pneumonia and acute respiratory infection stay above it). Without those features: tuberculosis 2.7%,
 *   eighth, below bronchiectasis.
 *
 * DECLINED:
 * - Anaphylaxis prior in emergency dyspnoea (policy 0.005; the emergency picture ranks it fourth to ninth). No dyspnoea
 *   cohort reporting anaphylaxis was found (Laribi 2019 doi 10.1097/MEJ.0000000000000571 and Kelly 2017 AANZDEM abstracts
 *   list only the four main diagnoses). A cross-study estimate is possible but was not entered (a prior takes one
 *   citation, and the populations differ): Brown 2001 (J Allergy Clin Immunol 108:861, doi 10.1067/mai.2001.119028,
 *   abstract read): anaphylaxis 1 in 439 adult ED presentations (Brisbane); Ruiz Oropeza 2017 (PMID 29166906, PMC5700668,
 *   doi 10.1186/s13049-017-0402-0): anaphylaxis 0.3-0.4% of ED contacts, respiratory symptoms 79%, skin 96%; dyspnoea
 *   5.2% of ED presentations (Kelly 2017 AANZDEM, abstract read at research.bond.edu.au, no identifier seen; Hutchinson
 *   2017 BMC Pulm Med doi 10.1186/s12890-017-0396-4: breathlessness 'at least 5.2%'). 0.00228 x 0.79 / 0.052 = 0.035, an
 *   upper estimate; a lead for the lead curator. The urticaria/hypotension ratios stay over the 25% policy background
 *   (no frequency of urticaria among ED dyspnoea patients without anaphylaxis was found).
 * - Interstitial lung disease in primary-care dyspnoea: only abstracts displayed for Frese 2011 (PMC3279485, PMID
 *   22383911, doi 10.4021/jocmr642w), Viniol 2015 (PMID 26498502, PMC4619993: 'Further specification of underlying
 *   aetiologies seems difficult'; its table page showed only the quality checklist) and Currow 2013 (PMID 24069352,
 *   PMC3775798: COPD most frequent, no ILD share); no results-of-encounter table with ILD or fibrosis was displayed.
 *   No change (ILD third in a probe with exertional dyspnoea, dry cough, velcro crackles and clubbing).
 * - Head and neck cancer in wheeze: no proportion among wheeze patients found; hoarseness ratio (Shephard 2019) is
 *   laryngeal-only and stays narrowed; no stridor ratio read. No change.
 * - Bronchiectasis in haemoptysis: emergency prior already 0.20 (Hirshberg); Abdulmalak's 6.8% would lower it; left.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ABDULMALAK = 'abdulmalak-2015-eurrespirj-haemoptysis-france';
const TB_PICTURE = ['+fever', '+night-sweats', '+unintentional-weight-loss', '+born-in-another-country', '+cough-over-14-days'];

describe('classic presentations, session 41 (breath): tuberculosis in emergency haemoptysis', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['fever', 'night-sweats', 'unintentional-weight-loss', 'born-in-another-country', 'cough-over-14-days'], ['tuberculosis', 'bronchiectasis', 'pulmonary-embolism', 'lung-cancer']);
  });

  test('emergency: the tuberculosis prior is the French nationwide figure', () => {
    const r = run('haemoptysis', 'emergency', 45, 'male', TB_PICTURE);
    const step = priorStepOf(r, 'tuberculosis');
    expect(step?.source?.citation).toBe(ABDULMALAK);
    expect(step?.probability).toBeCloseTo(0.027, 3);
  });

  test('emergency, man of 45 with fever, night sweats, weight loss, born abroad: tuberculosis well above bronchiectasis', () => {
    const r = run('haemoptysis', 'emergency', 45, 'male', TB_PICTURE);
    expect(p(r, 'tuberculosis')).toBeGreaterThan(1.5 * p(r, 'bronchiectasis'));
    expect(rankOf(r, 'tuberculosis')).toBeLessThan(rankOf(r, 'pulmonary-embolism'));
    expect(rankOf(r, 'tuberculosis')).toBeLessThanOrEqual(5);
  });

  test('emergency, no tuberculosis features: the prior alone does not lift tuberculosis above bronchiectasis', () => {
    const r = run('haemoptysis', 'emergency', 45, 'male', []);
    expect(rankOf(r, 'tuberculosis')).toBeGreaterThan(rankOf(r, 'bronchiectasis'));
  });

  test('primary care keeps its own (Hirshberg) tuberculosis figure', () => {
    const r = run('haemoptysis', 'primary-care', 45, 'male', TB_PICTURE);
    const step = priorStepOf(r, 'tuberculosis');
    expect(step?.source?.citation).not.toBe(ABDULMALAK);
  });
});

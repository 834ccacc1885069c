/**
 * Session 42b (dyspnoea): no knowledge change. Every lead for measured primary-care dyspnoea priors was searched
 * (2026-12-07); none gave a diagnosis table that could be read with its identifier, so the borrowed emergency figures
 * stay, labelled other-setting (Decisions, session 40: a borrowed figure stays, labelled, until a cohort of the setting
 * is read; the policy prior is not a better estimate). This guard pins that state, so that whoever later enters a
 * measured primary-care figure sees which borrowed entries it replaces, and pins the pictures behind the three
 * development misses named to this curator.
 *
 * CHANGED: nothing (no problem, condition, finding, evidence or citation file edited; no evidence file created).
 *
 * DECLINED (with why):
 * - Frese 2011, 'Dyspnea as the reason for encounter in general practice' (J Clin Med Res 3(5):239-246, PMID 22383911,
 *   PMC3279485, doi 10.4021/jocmr642w; citation frese-2011-jclinmedres-dyspnoea-general-practice, already registered):
 *   the search corpus holds only the opening of the full text (jocmr.org/index.php/JOCMR/article/view/642/363) and the
 *   abstract ('Acute bronchitis was the most common diagnosis'); the results-of-encounter table for SESAM 2 (93
 *   consultations) and the Transition Project (7,855 episodes) was not reached in ten queries. No number entered.
 * - Currow 2013 (PLoS One 8(9):e74814, PMID 24069352, PMC3775798, doi 10.1371/journal.pone.0074814; BEACH, 7,255
 *   adult encounters with breathlessness as a reason for encounter): abstract read (pubmed.ncbi.nlm.nih.gov/24069352):
 *   'most frequently attributed to chronic obstructive pulmonary disease'; '12% had undiagnosed breathlessness at the
 *   end of the consultation (873/7255)'. No per-diagnosis share in the abstract; the problems-managed table was not
 *   reached. Not registered (nothing from it would be used).
 * - Okkes 2002 (J Fam Pract 51(1):31-36, PMID 11927060; citation okkes-2002-jfampract-symptom-diagnosis-probabilities,
 *   registered for cough): the abstract names shortness of breath among its four reasons for encounter, but only
 *   Table 1 (cough) appears in the stored page (mdedge .../page/0/2); Table 2 (shortness of breath) was not reached.
 * - An ERJ table 'likelihood of diagnosis following presentation of shortness of breath' in general practice ('based
 *   on data from 2022', erj.ersjournals.com highwire markup 91337): no article, author or identifier displayed, and its
 *   rows run together (e.g. 'Heart failure212359' cannot be split into incidence, prevalence, frequency and likelihood
 *   with certainty). Not used.
 * - Viniol 2015 (PMC4619993, registered): pooled only pneumonia (2.7%, already the primary-care pneumonia prior); its
 *   per-study aetiology table was not reached. A pharmacist-referral cohort (CMAJ Open table: asthma 45.4%, COPD 29.6%
 *   of 328) and a chronic-dyspnoea specialist-referral series (J Thorac Dis) are selected populations (session 11), not
 *   general-practice dyspnoea; not used.
 * - Wheeze: no cohort of adults presenting with wheeze was found; its priors remain the dyspnoea proxies.
 * - Development miss, interstitial lung disease rank 5 in dyspnoea: the textbook picture (68-year-old ex-smoker man,
 *   exertional breathlessness, velcro crackles, clubbing) puts ILD second in primary care (probe: 25.5% raw, behind
 *   heart failure 34.3%). The ILD ratios for exertional dyspnoea and for crackles are limited to chronic cough; carrying
 *   them into dyspnoea would compare ILD against a 25% policy background where crackles are common in heart failure
 *   and pneumonia and exertional dyspnoea is the complaint's own form (session 39): not transferred.
 * - Development miss, anaphylaxis rank 9 in dyspnoea: anaphylaxis is established by its WAO 2020 criterion 1 once
 *   urticaria-or-angioedema is entered with wheeze, hypotension, shock, acute respiratory involvement or sudden
 *   dyspnoea (pinned below). A reading gap was seen and left: `urticaria-or-angioedema` has no chart codes, and a
 *   charted angioedema (finding `angioedema`, T78.3) or urticaria (no finding reads ICD-10-CM L50) does not reach the
 *   definition. Giving it codes would let an old chronic urticaria or hereditary angioedema on the problem list, beside
 *   an asthmatic wheeze, 'establish' anaphylaxis, since the criterion's acute simultaneous onset is not coded: a lead.
 * - Development miss, head and neck cancer rank 10 in wheeze: the hoarseness ratio (2.09, grade C) is limited to ear
 *   pain and dysphagia; no frequency of hoarseness among adults presenting with wheeze was found to show the transfer
 *   understates (session 37), so it was not carried into wheeze. A smoker and drinker with weight loss puts head and
 *   neck cancer fifth in primary-care wheeze (probe 4.5% raw), behind the four proxy priors.
 *
 * Leads: Frese 2011 results-of-encounter table (PMC3279485); Okkes 2002 Table 2 (shortness of breath, by age); Currow
 * 2013 problems-managed table (PMC3775798); the ERJ 2022-data table's article and DOI; Charles 2005 (BEACH shortness of
 * breath, Aust Fam Physician; no identifier seen); a decision on chart codes for urticaria and angioedema with an
 * acute-episode rule.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const LARIBI = 'laribi-2019-eurjemergmed-dyspnoea-ed-epidemiology';
const VINIOL = 'viniol-2015-bmcfampract-dyspnoea-primary-care-review';

describe('classic presentations, session 42b (dyspnoea): borrowed primary-care priors and three miss pictures', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['dyspnoea-on-exertion', 'velcro-crackles', 'finger-clubbing', 'ex-smoker', 'urticaria-or-angioedema', 'wheeze-on-auscultation', 'current-smoker', 'high-alcohol-consumption', 'unintentional-weight-loss', 'hoarseness'], []);
    expectKnownIds(kb, [], ['heart-failure', 'copd', 'asthma', 'community-acquired-pneumonia', 'interstitial-lung-disease', 'anaphylaxis', 'head-and-neck-cancer']);
  });

  test('primary-care dyspnoea: heart failure, COPD and asthma still borrow the emergency figures, labelled other-setting', () => {
    const r = run('dyspnoea', 'primary-care', 68, 'male', ['+dyspnoea-on-exertion']);
    for (const id of ['heart-failure', 'copd', 'asthma']) {
      const s = priorStepOf(r, id);
      expect(s?.source?.citation).toBe(LARIBI);
      expect(s?.populationMatch).toBe('other-setting');
    }
    const pn = priorStepOf(r, 'community-acquired-pneumonia');
    expect(pn?.source?.citation).toBe(VINIOL);
    expect(pn?.populationMatch).toBe('exact');
    expect(pn?.probability).toBeCloseTo(0.027, 3);
  });

  test('primary-care dyspnoea: the textbook ILD picture puts ILD in the first three, above asthma', () => {
    const r = run('dyspnoea', 'primary-care', 68, 'male', ['+dyspnoea-on-exertion', '+velcro-crackles', '+finger-clubbing', '+ex-smoker']);
    expect(rankOf(r, 'interstitial-lung-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'interstitial-lung-disease')).toBeLessThanOrEqual(3);
    expect(p(r, 'interstitial-lung-disease')).toBeGreaterThan(p(r, 'asthma'));
    expect(priorStepOf(r, 'interstitial-lung-disease')?.source).toBeUndefined();
  });

  test('emergency dyspnoea: urticaria or angioedema with wheeze establishes anaphylaxis (WAO 2020 criterion 1)', () => {
    const r = run('dyspnoea', 'emergency', 30, 'female', ['+urticaria-or-angioedema', '+wheeze-on-auscultation']);
    expect(r.established.map((d) => d.conditionId)).toContain('anaphylaxis');
    const without = run('dyspnoea', 'emergency', 30, 'female', ['+wheeze-on-auscultation']);
    expect(without.established.map((d) => d.conditionId)).not.toContain('anaphylaxis');
  });

  test('primary-care wheeze: the risk picture lifts head and neck cancer into the first five; hoarseness does not count there', () => {
    const base = run('wheeze', 'primary-care', 62, 'male', []);
    const risk = run('wheeze', 'primary-care', 62, 'male', ['+current-smoker', '+high-alcohol-consumption', '+unintentional-weight-loss']);
    expect(p(risk, 'head-and-neck-cancer')).toBeGreaterThan(p(base, 'head-and-neck-cancer') * 1.3);
    expect(rankOf(risk, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(risk, 'head-and-neck-cancer')).toBeLessThanOrEqual(5);
    const hoarse = run('wheeze', 'primary-care', 62, 'male', ['+current-smoker', '+high-alcohol-consumption', '+unintentional-weight-loss', '+hoarseness']);
    expect(p(hoarse, 'head-and-neck-cancer')).toBeCloseTo(p(risk, 'head-and-neck-cancer'), 6);
  });
});

/**
 * Session 40, round 3 (breath): primary-care priors for dyspnoea, wheeze and chronic cough.
 *
 * NO KNOWLEDGE CHANGE. Every item of the assignment was DECLINED because the number needed was not readable in the
 * pages reached on 2026-12-07 (search corpora `pages` and `docs`; the `pages` corpus stores each page from its
 * beginning, so tables deep in an article are reached only when a separate table page is stored).
 *
 * DECLINED (1) Frese 2011 (frese-2011-jclinmedres-dyspnoea-general-practice; PMID 22383911, PMC3279485, doi
 * 10.4021/jocmr642w): only the abstract was reached again (jocmr.org article pages, ebusca record, PubMed mirror):
 * 'Acute bronchitis was the most common diagnosis'; 'The majority of underlying causes are respiratory tract infections
 * and exacerbated, previously known chronic diseases'. The SESAM 2 / Transition Project diagnosis table was not reached,
 * so no proportion replaces Laribi 2019's emergency figures (asthma 0.105, COPD 0.158, heart failure 0.173) or
 * Squizzato's PE upper bound (0.04) in primary-care dyspnoea. A qualitative 'most common' is not a prior.
 *
 * DECLINED (2) Currow 2013 (PMID 24069352, PMC3775798, doi 10.1371/journal.pone.0074814; BEACH, 7255 of 755,729 adult
 * GP encounters with breathlessness as a reason for encounter): abstract only ('most frequently attributed to chronic
 * obstructive pulmonary disease'; 12% undiagnosed at the end of the consultation, 873/7255). The problems-managed table
 * was not reached: no figure entered, no citation registered (it would support no number).
 * Viniol 2015 (viniol-2015-bmcfampract-dyspnoea-primary-care-review, PMID 26498502, PMC4619993): abstract and the
 * methodological-quality table (ai-bt.com mirror) reached; the per-study aetiology tables were not. Only its pooled
 * pneumonia figure (2.7%) stays in use, as before.
 * Okkes 2002 (okkes-2002-jfampract-symptom-diagnosis-probabilities, PMID 11927060): its abstract lists shortness of breath
 * among the four reasons for encounter tabulated (Transition Project), but only Table 1 (cough) was reached on the
 * mdedge pages; the shortness-of-breath table was not. Lead for the next curator.
 *
 * DECLINED (3) Turner & Bothamley 2016 (turner-2016-npjpcrm-chronic-cough-referral-diagnoses; PMID 26937758, doi
 * 10.1038/npjpcrm.2015.81): abstract only (266 GP-referred patients with isolated chronic cough and a normal chest X-ray
 * at a district general hospital clinic: asthma 29%, gastro-oesophageal reflux 22%, ACE inhibitor 14%, unexplained 12%).
 * The full diagnosis table (upper airway share) was not reached (nature.com page stored from its Introduction). Taking
 * the three abstract figures beside Irwin 1990's upper-airway 41% would mix two referral series and sum to 1.18 with the
 * other chronic-cough priors (0.41 + 0.29 + 0.22 + 0.14 + 0.05 + 0.04 + 0.0148 + 0.0148), over the checker's limit;
 * dropping Irwin's 41% without Turner's own upper-airway figure would lower a cited prior to make room (session 10). Both
 * series are secondary-care referrals, so neither is a primary-care figure: the 'other-setting' label stays.
 *
 * Ranks unchanged (probe, recalibration off): dyspnoea, primary care, woman 45 with nothing else: asthma 10.5%,
 * pulmonary embolism 4.0% (2nd, the emergency upper bound), COPD 3.8%, ..., acute respiratory tract infection 0.6% (11th,
 * policy prior although Frese's abstract names acute bronchitis the commonest diagnosis). Chronic cough, primary care,
 * woman 50: upper-airway cough syndrome 35.6%, asthma 31.5%, reflux 21.0%, ACE-inhibitor cough 0.5% (9th).
 *
 * This guard checks only that the borrowed figures stay honestly labelled: a primary-care prior taken from an emergency
 * or specialist-referral source is never labelled 'exact'. It stays true when a read primary-care figure replaces them.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';

const kb = loadKnowledge();

/** Sources measured outside primary care (emergency departments, specialist referral clinics). */
const NOT_PRIMARY_CARE = new Set([
  'laribi-2019-eurjemergmed-dyspnoea-ed-epidemiology',
  'squizzato-2013-internemergmed-cardiopulmonary-symptoms-pe',
  'hunold-2021-academ-dyspnoea-older-ed-pilot',
  'irwin-1990-amrevrespirdis-chronic-cough-causes',
  'lai-2021-jthoracdis-chronic-cough-rare-causes',
  'turner-2016-npjpcrm-chronic-cough-referral-diagnoses',
]);

describe('classic presentations, session 40 round 3 (breath)', () => {
  test('every id used here exists', () => {
    for (const id of ['dyspnoea', 'wheeze', 'chronic-cough']) expect(kb.problems.has(id)).toBe(true);
    for (const id of NOT_PRIMARY_CARE) expect(kb.citations.has(id)).toBe(true);
  });

  test.each(['dyspnoea', 'wheeze', 'chronic-cough'])('%s: primary-care priors borrowed from other settings are not labelled exact', (id) => {
    const priors = kb.problems.get(id)!.priors['primary-care'] ?? [];
    for (const prior of priors) {
      if (NOT_PRIMARY_CARE.has(prior.source.citation)) {
        expect(prior.populationMatch, `${id} x ${prior.condition} (${prior.source.citation})`).not.toBe('exact');
      }
    }
  });
});

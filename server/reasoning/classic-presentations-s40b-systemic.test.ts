/**
 * Session 40, round 2 (systemic): primary-care priors borrowed from other settings, and the raisers of five wrong
 * diagnoses. NO KNOWLEDGE WAS CHANGED in this round: no figure that would replace or correct an entry could be read with
 * a persistent identifier. This file records what was checked and pins only the honesty of the labels (a borrowed or
 * lumped figure must not be labelled as an exact match), so that it does not stand in the way of a later fix.
 *
 * A. Primary-care priors from another setting or a proxy population (all DECLINED, the figures kept):
 *  - prolonged-fever (Wright 2022 FUO meta-analyses, Naito 2013): no general-practice cohort of prolonged fever with its
 *    causes was found; the FUO series found are hospital or referral series (Arce-Salinas 2005 Mexico, Kiani 2019 Shiraz,
 *    Tan 2019 PMC6391771, an outpatient referral series PMC7004780 without a cause table).
 *  - fever, acute respiratory tract infection 0.305 (Yu 2021, emergency): Tun 2016 (PMC5084348, PMID 27793106, doi
 *    10.1186/s12879-016-1958-4) read in its abstract and Table 1 only: 2046 febrile adults at Singapore polyclinics, age,
 *    sex and employment, no diagnosis distribution (the EDEN cohort was enrolled for dengue; its dengue share, 250 of
 *    2129 = 11.7%, Low 2011 PLoS NTD doi 10.1371/journal.pntd.0001191, is an endemic-area figure and was not borrowed).
 *    Eskerud 1992 (PMID 1459379, doi 10.1093/fampra/9.3.263): abstract cut off before the diagnoses; children included
 *    (36% of those under 7 febrile). De Vries, van Agtmael & Bastiaans, 'Koorts bij volwassenen' (PMC7121316; Huisarts Wet
 *    2004;47:374): only the summary was reached ('meestal veroorzaakt door een luchtweginfectie'), no share.
 *  - fever, influenza 0.11 (proxy) and the travellers' figures: no primary-care febrile cohort with these shares read.
 *  - lymphadenopathy, lymphoma (Fijten 1988): already a Dutch family-practice cohort; the proxy label is for the split of
 *    its malignancy figure by a referral series' lymphoma share. Nothing better read.
 *  - pruritus (urticaria 0.195, contact dermatitis 0.054): Frese 2011 (PMC3279483) again reached only to its abstract;
 *    its table of results of encounter was not reached on PMC, jocmr.org or the PubMed mirror.
 *  - rash (urticaria 0.195, herpes zoster 0.033, drug eruption 0.049): Verhoeven 2008 Ann Fam Med 6(4):349 Table 1 is
 *    readable (incidence per 1,000 patient-years by skin disease in Dutch family practice) but gives no total for a
 *    denominator and counts every skin disease (neoplasms, corns, warts), not rash presentations; Salava 2021
 *    (PMC9060089, Finnish primary care) reached only to its abstract; Kerr 2010 (PMID 19874334) abstract only.
 *  - weight-loss, major depressive disorder (Bosch 2017, referral unit) and anaemia, coeliac disease (Mahadev 2018 x
 *    Schop 2020): no primary-care cohort giving these shares was found in the time.
 *
 * B. Wrong diagnoses at 40% or more (all DECLINED, with the population points found, for the lead):
 *  - anaemia, primary care, 76 m (anaemia of chronic disease 57%, chronic kidney disease 47%). The priors are Schop
 *    2020's own general-practice cohort (exact). Two population points were found, neither fixable here:
 *    (1) anaemia-of-chronic-disease x ferritin-over-100 (Kis 1998, grade A, evidence/depth-v-h7-haem-metabolic-mind.json)
 *    compares iron-sufficient with iron-deficient anaemic veterans. In the anaemia complaint iron deficiency is 19.1% of
 *    the patients (Schop 2020), so by the session-36 rule the ratio holds on the iron-deficiency side only, where
 *    iron-deficiency-anaemia x ferritin-over-100 already counts (Guyatt 1990, LR 0.13): ferritin over 100 is counted on
 *    both sides, and it lifts chronic disease over the other iron-replete causes (renal anaemia, B12 and folate
 *    deficiency, unexplained anaemia) that it does not separate. Not withdrawn: server/reasoning/threshold-entailment.test.ts
 *    (an engine test) uses this very step to test threshold entailment ('an entered ferritin of 15 or less lowers anaemia
 *    of chronic disease through "ferritin over 100" absent'); the test needs another fixture first.
 *    (2) chronic-kidney-disease x history-of-hypertension, LR 3.43 (CRIC 85.7% over the 25% policy background): the
 *    complaint's other patients are old (Schop's median age 75), and hypertension is far commoner than 25% among them:
 *    63.1% of US adults 60 and over (NCHS Data Brief 289, Fryar 2017; 'DOI not assigned', no PMID seen) and, in NHANES
 *    1999-2004, hypertension raised the prevalence of stage 3-4 CKD only 1.31-fold at 70 and over (Islam 2009, BMC
 *    Nephrology, read on Medscape; no identifier displayed). Neither is registrable, and a prevalence ratio is not a
 *    likelihood ratio without the stratum's prevalences; left for a curator who can read Islam 2009's tables.
 *  - fever, primary care, 36 m and 30 f (acute respiratory tract infection 47% and 53%). The prior (Yu 2021, 30.5%) is
 *    Yu's 'respiratory system infection', which includes pneumonia and influenza, while the condition is non-pneumonic
 *    infection and pneumonia (0.061, Bao 2012) and influenza (0.11) carry their own priors in the same setting: the
 *    respiratory priors add to 0.476 there (0.577 with pneumonia in the emergency department, Limper 2011 0.272). This is
 *    the lumped-category double count of session 39, but the fix needs Yu's pneumonia count (the Korean full text's
 *    tables were not reached) or a primary-care share of non-pneumonic infection among febrile adults; subtracting
 *    figures from three cohorts in three countries is not a derivation, and the primary-care respiratory share is
 *    thought to be higher than the emergency one, so the direction of a corrected figure is not established. The ECOVIR
 *    headache and female ratios stay (round 1's reasons).
 *  - pruritus, emergency, 30 f (urticaria 69%): Kilic 2019's 84.5% lumps urticaria with drug eruptions (broader-category,
 *    so labelled). Split figures seen: Lee 2015 Korean J Dermatol 53(1):10 (dermatologist-diagnosed ED skin patients:
 *    urticaria/angioedema 53.8%, drug eruption 6.5%; no DOI or PMID displayed) and Kim 2013 J Eur Acad Dermatol Venereol
 *    (PMID 22339990, doi 10.1111/j.1468-3083.2012.04469.x: urticaria and angioedema group 68.1% of 8332 ED skin patients,
 *    mostly coded by emergency physicians, all skin presentations including infections). Kim's figure is a lower bound for
 *    itch presentations and Kilic's an upper bound; neither is plainly better, so the prior stays.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';

const kb = loadKnowledge();

describe('classic presentations, session 40 round 2 (systemic): labels of borrowed and lumped priors', () => {
  test('every id used here exists', () => {
    for (const id of ['fever', 'prolonged-fever', 'pruritus', 'anaemia']) {
      expect(kb.problems.has(id)).toBe(true);
    }
    for (const id of ['acute-respiratory-tract-infection', 'urticaria', 'anaemia-of-chronic-disease', 'chronic-kidney-disease']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('a prior taken from an emergency, hospital or referral cohort is never labelled an exact primary-care match', () => {
    const borrowed = new Set([
      'yu-2021-keimyungmedj-fever-ed-before-after-covid',
      'wright-2022-ofid-fuo-infectious-etiologies-meta-analysis',
      'wright-2022-ofid-fuo-noninfectious-etiologies-meta-analysis',
      'naito-2013-bmjopen-fuo-japan-multicentre',
      'laikwon-2014-emergmedint-dermatology-ed',
      'jack-2011-westjem-ed-dermatology-consultations',
      'bosch-2017-plosone-unintentional-weight-loss',
    ]);
    for (const problem of ['fever', 'prolonged-fever', 'pruritus', 'rash', 'weight-loss']) {
      for (const prior of kb.problems.get(problem)?.priors['primary-care'] ?? []) {
        if (borrowed.has(prior.source.citation)) {
          expect(prior.populationMatch, `${problem} ${prior.condition}`).not.toBe('exact');
        }
      }
    }
  });

  test('the lumped emergency figures stay labelled as broader categories', () => {
    const pruritusEd = (kb.problems.get('pruritus')?.priors.emergency ?? []).filter((x) => x.source.citation === 'kilic-2019-archacademergmed-dermatological-complaints-ed');
    for (const prior of pruritusEd) {
      expect(prior.populationMatch).toBe('broader-category');
    }
    const feverEd = (kb.problems.get('fever')?.priors.emergency ?? []).filter(
      (x) => x.condition === 'acute-respiratory-tract-infection' && x.source.citation === 'yu-2021-keimyungmedj-fever-ed-before-after-covid',
    );
    for (const prior of feverEd) {
      expect(prior.populationMatch).toBe('broader-category');
    }
  });
});

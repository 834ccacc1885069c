/**
 * Haemoptysis in primary care (session 35 round 2, curator "haemoptysis"): textbook pictures entered as a clinician would
 * (problem, setting, age, sex, findings; no vignette), on the real knowledge base.
 *
 * What was wrong:
 * - The primary-care priors of bronchiectasis (20%) and pneumonia (16%) in haemoptysis came from Hirshberg 1997 (Chest,
 *   doi 10.1378/chest.112.2.440: 208 patients in a tertiary referral hospital, 1980-1995), which overstates bronchiectasis
 *   among patients who cough up blood in general practice. A primary-care picture of pneumonia (fever, productive cough,
 *   crackles, consolidation on the radiograph) put bronchiectasis first and pneumonia second.
 * Changed (problems/haemoptysis.json, primary care only; the emergency figures are unchanged):
 * - bronchiectasis 0.20 -> 0.058 and community-acquired pneumonia 0.16 -> 0.163, both from the Danish cohort of 326
 *   patients referred from primary care to two outpatient clinics for investigation of haemoptysis (Eur Clin Respir J
 *   2016, PMC4920935, doi 10.3402/ecrj.v3.31802, abstract Results: cryptogenic 52.5%, pneumonia 16.3%, emphysema 8.0%,
 *   bronchiectasis 5.8%, lung cancer 4.0%), already registered and already the source of the COPD prior (emphysema, a
 *   different figure). Population match stays `other-setting` (referred outpatients, not all consulters). Lung cancer keeps
 *   Jones 2007 (GPRD primary care, PMID 17493982); acute bronchitis (18%) and tuberculosis (1.4%) keep Hirshberg: no
 *   primary-care figure was read for them.
 * Before -> after (calibration as of this session; the lead refits it):
 * - Primary care, man of 55 with fever, productive cough, crackles and consolidation: bronchiectasis 1st, pneumonia 2nd ->
 *   pneumonia 1st, bronchiectasis 2nd.
 * - Primary care, non-smoking woman of 55 with chronic productive cough, recurrent chest infections and crackles:
 *   bronchiectasis stays 1st.
 * - Primary care, bare haemoptysis in a man of 45: bronchiectasis 5th -> 6th, under infection and lung cancer.
 * - Primary care, smoker of 44 with productive cough: bronchiectasis 3rd -> 5th. This breaks the primary-care half of the
 *   s35-cardioresp guard ("bronchiectasis in the first three"), which rested on the tertiary 20%: reported to the lead.
 *
 * Gaps (reported, not fixed):
 * - Jones 2009 BMJ (PMID 19679615, PMC2726930, doi 10.1136/bmj.b3094; already registered for haematuria): its haemoptysis
 *   table (respiratory infection, COPD, bronchiectasis, tuberculosis, PE by sex at 90 days and three years, 4812 patients)
 *   was not reachable in the corpus; only the abstract (25.7% of women and 24% of men given a cancer or listed non-cancer
 *   diagnosis within 90 days) and the haematuria table were. It would give exact primary-care priors for every cause.
 * - Jones 2007 (PMC1871798) age-band table for respiratory cancer after haemoptysis: not reachable; lung cancer keeps the
 *   all-ages sex-specific prior with the grade C age-40 ratio (age is counted once).
 * - Tuberculosis in a young man's emergency haemoptysis: no emergency cohort with a tuberculosis share read (POPEIHE's
 *   diagnosis table not reachable; Abdulmalak 2015's 2.7% is hospital admissions).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { listedProbOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const referredCohort = 'ecrj-2016-haemoptysis-ct-bronchoscopy-primary-care-referrals';

describe('haemoptysis in primary care: priors from patients referred by general practitioners (session 35b)', () => {
  test('the primary-care priors of bronchiectasis and pneumonia cite the primary-care referral cohort, and bronchiectasis is below its hospital prior', () => {
    const pc = run('haemoptysis', 'primary-care', 55, 'male', []);
    const ed = run('haemoptysis', 'emergency', 55, 'male', []);
    for (const id of ['bronchiectasis', 'community-acquired-pneumonia']) {
      const step = priorStepOf(pc, id);
      expect(step?.source?.citation).toBe(referredCohort);
      expect(step?.populationMatch).toBe('other-setting');
    }
    const pcPrior = priorStepOf(pc, 'bronchiectasis')?.probability ?? 1;
    const edPrior = priorStepOf(ed, 'bronchiectasis')?.probability ?? 0;
    expect(pcPrior * 2).toBeLessThan(edPrior);
  });

  test('a man of 55 with fever, productive cough, crackles and consolidation: pneumonia first, above bronchiectasis (bronchiectasis was first)', () => {
    const r = run('haemoptysis', 'primary-care', 55, 'male', ['+fever', '+productive-cough', '+crackles-on-auscultation', '+cxr-consolidation']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBe(1);
    expect(listedProbOf(r, 'community-acquired-pneumonia')).toBeGreaterThan(p(r, 'bronchiectasis'));
  });

  test('a non-smoking woman of 55 with chronic productive cough, recurrent chest infections and crackles: bronchiectasis still first', () => {
    const r = run('haemoptysis', 'primary-care', 55, 'female', ['+productive-cough', '+chronic-cough', '+recurrent-chest-infections', '+crackles-on-auscultation', '-current-smoker']);
    expect(rankOf(r, 'bronchiectasis')).toBe(1);
  });

  test('bare haemoptysis in a man of 45: acute infection and pneumonia above bronchiectasis, which is still listed', () => {
    const r = run('haemoptysis', 'primary-care', 45, 'male', []);
    expect(rankOf(r, 'bronchiectasis')).toBeGreaterThan(0);
    expect(listedProbOf(r, 'community-acquired-pneumonia')).toBeGreaterThan(p(r, 'bronchiectasis'));
    expect(listedProbOf(r, 'acute-respiratory-tract-infection')).toBeGreaterThan(p(r, 'bronchiectasis'));
  });

  test('productive cough still raises bronchiectasis in a smoker of 44 (at least 1.5x)', () => {
    const bare = run('haemoptysis', 'primary-care', 44, 'male', ['+current-smoker']);
    const sputum = run('haemoptysis', 'primary-care', 44, 'male', ['+current-smoker', '+productive-cough']);
    expect(p(sputum, 'bronchiectasis')).toBeGreaterThanOrEqual(1.5 * p(bare, 'bronchiectasis'));
  });
});

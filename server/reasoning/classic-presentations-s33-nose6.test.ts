/**
 * Nasal congestion or rhinorrhoea in adults (session 33, round 4, curator "nose6"): the causes of the nasal-congestion
 * problem that had no textbook-picture guard under this problem (acute sinusitis, the common cold, influenza, chronic
 * rhinosinusitis, allergic rhinitis, non-allergic rhinitis, head and neck cancer, hypothyroidism, pertussis and cystic
 * fibrosis), each entered as a clinician would (age, sex, setting, the typical findings and the negatives asked about),
 * on the real knowledge base. Nasal septal deviation (sessions 28-30) and COVID-19 (session 29) already had guards.
 * The emergency setting borrows the primary-care priors for every cause but acute sinusitis (which has the same figure
 * in both), so the ranks are the same in both settings.
 *
 * Ranks with calibration off (no knowledge changed in this round: guards only):
 * - First in both settings: acute sinusitis (maxillary toothache, purulent discharge, double sickening, no response to
 *   decongestants), influenza (fever, myalgia, chills, malaise, cough, headache, no sneezing) and chronic rhinosinusitis
 *   (twelve weeks of symptoms, loss of smell, polyps, postnasal drip).
 * - Second, behind chronic rhinosinusitis (both twelve-week pictures): non-allergic rhinitis (irritant- or weather-
 *   triggered perennial rhinorrhoea without seasonality, itchy eyes or atopy), hypothyroidism (fatigue, weight gain, dry
 *   skin) and cystic fibrosis (polyps, chronic chest symptoms, male infertility).
 *
 * Gaps (reported, not fixed; the tests check direction and the first-three band only):
 * - Allergic rhinitis: a woman of 22 with seasonal sneezing, itchy watery eyes, rhinorrhoea, atopy and asthma is third,
 *   behind acute sinusitis and the common cold. Acute sinusitis takes nothing from the picture and stays at its 0.38
 *   prior (Williams 1992, radiographic sinusitis, proxy); sneezing, a family history of atopy and a history of asthma have
 *   no ratio for allergic rhinitis, while sneezing counts 2.05 for chronic rhinosinusitis. No sneezing or nasal-itch
 *   accuracy figure with an identifier could be read in the time (leads: the Dutch general-practice cohort of 365
 *   consecutive patients with chronic or recurrent nasal symptoms, BMJ-era, seen only as a scilit abstract without
 *   figures; the RAP questionnaire, WAO Journal doi 10.1186/s40413-015-0067-y, which reports a combination, not a single
 *   symptom).
 * - The common cold (sneezing, sore throat, cough, rhinorrhoea, no fever or myalgia, days not months) is second behind
 *   acute sinusitis: no finding for a duration under ten days exists to lower acute bacterial sinusitis, and sneezing has
 *   no ratio for the common cold.
 * - Head and neck cancer: a smoking, drinking man of 62 with months of congestion, epistaxis and weight loss is third,
 *   behind chronic rhinosinusitis and acute sinusitis; epistaxis and a one-sided obstruction have no ratio for it. It is
 *   on the can't-miss list.
 * - Pertussis: paroxysmal cough, whoop and post-tussive vomiting are limited to the cough complaints (Cornia 2010 and
 *   Moore 2017 studied cough illness; the earlier curator's reason, that pertussis is listed here for its catarrhal
 *   stage, stands), so a whooping patient entered under nasal congestion leaves pertussis near the bottom; the catarrhal
 *   stage is indistinguishable from a cold (CDC), so it is only checked as listed.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const sinusitis = ['+maxillary-toothache', '+purulent-nasal-discharge-on-examination', '+double-sickening', '+poor-response-to-decongestants', '+coloured-nasal-discharge', '-nasal-symptoms-over-12-weeks'];
const cold = ['+sneezing', '+sore-throat', '+cough', '+rhinorrhoea', '-fever', '-nasal-symptoms-over-12-weeks', '-myalgia'];
const flu = ['+fever', '+myalgia', '+chills', '+malaise', '+cough', '+headache', '-sneezing', '-nasal-symptoms-over-12-weeks'];
const crs = ['+nasal-symptoms-over-12-weeks', '+loss-of-smell-or-taste', '+nasal-polyps', '+postnasal-drip-sensation', '+coloured-nasal-discharge'];
const allergic = ['+sneezing', '+itchy-watery-eyes', '+seasonal-nasal-symptoms', '+rhinorrhoea', '+family-history-of-atopy', '+history-of-asthma', '-fever'];
const nonAllergic = ['+nasal-symptoms-triggered-by-irritants-or-weather', '+rhinorrhoea', '+nasal-symptoms-over-12-weeks', '-seasonal-nasal-symptoms', '-itchy-watery-eyes', '-fever', '-family-history-of-atopy'];
const cancer = ['+nasal-symptoms-over-12-weeks', '+epistaxis', '+unintentional-weight-loss', '+current-smoker', '+high-alcohol-consumption', '-fever'];
const hypothyroid = ['+nasal-symptoms-over-12-weeks', '+fatigue', '+weight-gain', '+dry-skin', '-fever'];
const pertussis = ['+paroxysmal-cough', '+inspiratory-whoop', '+post-tussive-vomiting', '+cough-over-14-days', '+rhinorrhoea', '-fever'];
const cf = ['+nasal-polyps', '+chronic-pulmonary-symptoms', '+male-infertility', '+nasal-symptoms-over-12-weeks', '+productive-cough'];

/** The picture with one finding's state flipped. */
const flip = (picture: string[], id: string): string[] => picture.map((f) => (f.slice(1) === id ? (f.startsWith('+') ? '-' : '+') + id : f));

describe('nasal congestion: the causes without a guard (session 33, nose6)', () => {
  test.each(settings)('a woman of 35 with maxillary toothache, purulent discharge and double sickening: acute sinusitis first (%s)', (setting) => {
    const r = run('nasal-congestion', setting, 35, 'female', sinusitis);
    expect(rankOf(r, 'acute-sinusitis')).toBe(1);
    const bare = run('nasal-congestion', setting, 35, 'female', []);
    expect(p(r, 'acute-sinusitis')).toBeGreaterThan(p(bare, 'acute-sinusitis'));
  });

  test.each(settings)('a man of 25 with a few days of sneezing, sore throat, cough and rhinorrhoea, no fever: the common cold in the first two (%s)', (setting) => {
    // Gap: second, behind acute sinusitis (its 0.38 prior; no short-duration finding lowers it).
    const r = run('nasal-congestion', setting, 25, 'male', cold);
    expect(rankOf(r, 'acute-respiratory-tract-infection')).toBeGreaterThan(0);
    expect(rankOf(r, 'acute-respiratory-tract-infection')).toBeLessThanOrEqual(2);
    for (const other of ['influenza', 'covid-19', 'chronic-rhinosinusitis', 'nasal-septal-deviation']) {
      expect(p(r, 'acute-respiratory-tract-infection')).toBeGreaterThan(p(r, other));
    }
  });

  test.each(settings)('a man of 40 with fever, myalgia, chills, malaise, cough and headache: influenza first (%s)', (setting) => {
    const r = run('nasal-congestion', setting, 40, 'male', flu);
    expect(rankOf(r, 'influenza')).toBe(1);
    expect(p(r, 'influenza')).toBeGreaterThan(p(r, 'covid-19'));
    const afebrile = run('nasal-congestion', setting, 40, 'male', flip(flu, 'fever'));
    expect(p(afebrile, 'influenza')).toBeLessThan(p(r, 'influenza'));
  });

  test.each(settings)('a man of 50 with months of congestion, loss of smell, polyps and postnasal drip: chronic rhinosinusitis first (%s)', (setting) => {
    const r = run('nasal-congestion', setting, 50, 'male', crs);
    expect(rankOf(r, 'chronic-rhinosinusitis')).toBe(1);
    const noPolyps = run('nasal-congestion', setting, 50, 'male', flip(crs, 'nasal-polyps'));
    expect(p(noPolyps, 'chronic-rhinosinusitis')).toBeLessThan(p(r, 'chronic-rhinosinusitis'));
  });

  test.each(settings)('a woman of 22 with seasonal sneezing, itchy watery eyes, atopy and asthma: allergic rhinitis in the first three (%s)', (setting) => {
    // Gap: third, behind acute sinusitis and the common cold (sneezing and atopy have no ratio for it).
    const r = run('nasal-congestion', setting, 22, 'female', allergic);
    expect(rankOf(r, 'allergic-rhinitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'allergic-rhinitis')).toBeLessThanOrEqual(3);
    for (const other of ['non-allergic-rhinitis', 'influenza', 'covid-19', 'nasal-septal-deviation']) {
      expect(p(r, 'allergic-rhinitis')).toBeGreaterThan(p(r, other));
    }
    const perennial = run('nasal-congestion', setting, 22, 'female', flip(allergic, 'seasonal-nasal-symptoms'));
    expect(p(perennial, 'allergic-rhinitis')).toBeLessThan(p(r, 'allergic-rhinitis'));
  });

  test.each(settings)('a woman of 55 with perennial irritant-triggered rhinorrhoea, no itch, seasonality or atopy: non-allergic rhinitis above allergic rhinitis, second (%s)', (setting) => {
    const r = run('nasal-congestion', setting, 55, 'female', nonAllergic);
    expect(rankOf(r, 'non-allergic-rhinitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'non-allergic-rhinitis')).toBeLessThanOrEqual(2);
    expect(p(r, 'non-allergic-rhinitis')).toBeGreaterThan(p(r, 'allergic-rhinitis'));
    expect(p(r, 'non-allergic-rhinitis')).toBeGreaterThan(p(r, 'acute-sinusitis'));
  });

  test.each(settings)('a smoking, drinking man of 62 with months of congestion, epistaxis and weight loss: head and neck cancer in the first three and on the can\'t-miss list (%s)', (setting) => {
    // Gap: third, behind chronic rhinosinusitis and acute sinusitis (epistaxis has no ratio for it).
    const r = run('nasal-congestion', setting, 62, 'male', cancer);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThanOrEqual(3);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('head-and-neck-cancer');
    const young = run('nasal-congestion', setting, 30, 'female', ['+nasal-symptoms-over-12-weeks', '-unintentional-weight-loss', '-current-smoker', '-high-alcohol-consumption']);
    expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(young, 'head-and-neck-cancer'));
  });

  test.each(settings)('a woman of 50 with months of congestion, fatigue, weight gain and dry skin: hypothyroidism second, behind chronic rhinosinusitis (%s)', (setting) => {
    const r = run('nasal-congestion', setting, 50, 'female', hypothyroid);
    expect(rankOf(r, 'hypothyroidism')).toBeGreaterThan(0);
    expect(rankOf(r, 'hypothyroidism')).toBeLessThanOrEqual(2);
    expect(p(r, 'hypothyroidism')).toBeGreaterThan(p(r, 'allergic-rhinitis'));
    const noGain = run('nasal-congestion', setting, 50, 'female', flip(hypothyroid, 'weight-gain'));
    expect(p(noGain, 'hypothyroidism')).toBeLessThan(p(r, 'hypothyroidism'));
  });

  test.each(settings)('a man of 20 with polyps, chronic chest symptoms and infertility: cystic fibrosis second, behind chronic rhinosinusitis (%s)', (setting) => {
    const r = run('nasal-congestion', setting, 20, 'male', cf);
    expect(rankOf(r, 'cystic-fibrosis')).toBeGreaterThan(0);
    expect(rankOf(r, 'cystic-fibrosis')).toBeLessThanOrEqual(2);
    const fertile = run('nasal-congestion', setting, 20, 'male', flip(cf, 'male-infertility'));
    expect(p(fertile, 'cystic-fibrosis')).toBeLessThan(p(r, 'cystic-fibrosis'));
  });

  test.each(settings)('a woman of 30 with a paroxysmal whooping cough and rhinorrhoea: pertussis listed; the cough ratios stay with the cough complaints (%s)', (setting) => {
    // Gap (kept on purpose): Cornia 2010 and Moore 2017 studied cough illness; under nasal congestion pertussis is listed
    // for its catarrhal stage, which is indistinguishable from a cold.
    const r = run('nasal-congestion', setting, 30, 'female', pertussis);
    expect(rankOf(r, 'pertussis')).toBeGreaterThan(0);
    const asCough = run('cough', setting, 30, 'female', pertussis);
    expect(rankOf(asCough, 'pertussis')).toBeGreaterThan(0);
    expect(findingStepOf(r, 'pertussis', 'inspiratory-whoop')?.counted ?? false).toBe(false);
    expect(findingStepOf(asCough, 'pertussis', 'inspiratory-whoop')?.counted).toBe(true);
  });
});

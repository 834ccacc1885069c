/**
 * Sore throat in adults (session 32, curator "throat"), entered as a clinician would, on the real knowledge base.
 *
 * What was wrong: a sore throat that has lasted for weeks had no weight at all. A 64-year-old man who smokes, with a
 * sore throat and referred ear pain, no fever, ranked head and neck cancer 5th (viral pharyngitis 20%, streptococcal
 * pharyngitis 16%, COVID-19 10%, influenza 8%, cancer 4%), and nothing in the base could say that the sore throat was not
 * an acute one: the acute infections kept their acute-sore-throat priors however long it had lasted.
 *
 * Added (evidence/s32-throat.json, grade C over the 25% policy background, sore throat only):
 * - new finding `sore-throat-over-14-days` (a `duration` rule on the sore throat codes, more than 14 days): the German
 *   sore throat guideline group defines an acute sore throat as lasting less than 14 days (Krüger & Oltrogge 2022 ZFA,
 *   doi 10.53180/zfa.2022.0126-0132, abstract; unverified: title read only as a translation), self-limiting with a mean
 *   duration of 7 days, and a chronic sore throat as usually of noninfectious cause (Krüger 2021 Dtsch Arztebl Int,
 *   PMC8245861, abstract);
 * - viral pharyngitis and streptococcal pharyngitis (acute pharyngitis, J02) x that finding: very rare class 0.025
 *   (LR+ 0.1, LR- 1.3), excluded by the classification;
 * - acute respiratory tract infection (the common cold lasts under 10 days, Rosenfeld 2015) and influenza (recovery
 *   within 1 week, Uyeki 2022 Lancet Seminar): the same class, as their nasal-congestion entries already do for 12 weeks.
 * COVID-19 gets no such entry (NICE NG188 counts symptoms for up to 4 weeks as acute COVID-19).
 * After: the same man with a sore throat of more than 14 days ranks head and neck cancer 3rd; with drink and hoarseness
 * added, 2nd.
 *
 * Gaps (reported, not tested):
 * - COVID-19 still leads a sore throat of more than two weeks in an older smoker: its prior is a proxy (10.7% of German
 *   primary-care patients with common-cold symptoms, Just 2020) and acute COVID-19 may last 4 weeks. No cohort of
 *   chronic sore throat giving the share of reflux, postnasal drip or cancer was readable, so those causes stay on the
 *   policy prior and head and neck cancer has no positive ratio for a long sore throat, for unilateral pain or for
 *   referred otalgia (Shephard 2019: otalgia in 4% of laryngeal cancers, below the background).
 * - Adult epiglottitis (drooling, muffled voice, dysphagia) still ranks 5th when cough and coryza are not recorded, and
 *   streptococcal pharyngitis leads it: drooling, voice change and dysphagia are weighed only for the serious causes,
 *   against the 25% policy background, because no cohort of adults with sore throat gives their frequency (a background
 *   that would be far lower), and streptococcal pharyngitis has no age weight (Fine 2012 and McIsaac 1998 age strata
 *   unread). Wick 2002's "44% had a normal oropharynx" was not entered: no frequency of a normal-looking pharynx in viral
 *   pharyngitis was found, and such a finding could be as common there. When cough and coryza are recorded absent, as in
 *   a typical adult supraglottitis, it is 3rd, which the last test guards.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const olderSmoker = ['+current-smoker', '+otalgia', '-fever'];

describe('sore throat in adults (session 32, throat)', () => {
  test.each(['primary-care', 'emergency'] as const)(
    'a man of 64 who smokes, with a sore throat for more than 14 days and ear pain: head and neck cancer in the top three, above streptococcal pharyngitis and influenza (%s)',
    (setting) => {
      const long = run('sore-throat', setting, 64, 'male', ['+sore-throat-over-14-days', ...olderSmoker]);
      const unknown = run('sore-throat', setting, 64, 'male', olderSmoker);
      expect(rankOf(long, 'head-and-neck-cancer')).toBeGreaterThan(0);
      expect(rankOf(long, 'head-and-neck-cancer')).toBeLessThanOrEqual(3);
      expect(rankOf(long, 'head-and-neck-cancer')).toBeLessThan(rankOf(unknown, 'head-and-neck-cancer'));
      expect(p(long, 'head-and-neck-cancer')).toBeGreaterThan(p(long, 'streptococcal-pharyngitis'));
      expect(p(long, 'head-and-neck-cancer')).toBeGreaterThan(p(long, 'influenza'));
      expect(long.cantMiss.map((d) => d.conditionId)).toContain('head-and-neck-cancer');
    },
  );

  test('a sore throat of more than 14 days lowers the acute infections; one of 14 days or less raises them a little', () => {
    const long = run('sore-throat', 'primary-care', 30, 'female', ['+sore-throat-over-14-days']);
    const short = run('sore-throat', 'primary-care', 30, 'female', ['-sore-throat-over-14-days']);
    const unknown = run('sore-throat', 'primary-care', 30, 'female', []);
    for (const acute of ['viral-pharyngitis', 'streptococcal-pharyngitis', 'influenza']) {
      expect(p(long, acute)).toBeLessThan(p(unknown, acute));
      expect(p(short, acute)).toBeGreaterThanOrEqual(p(unknown, acute));
      const step = findingStepOf(long, acute, 'sore-throat-over-14-days');
      expect(step?.counted).toBe(true);
      expect(step?.grade).toBe('C');
      expect(step?.lr).toBeLessThan(1);
    }
  });

  test('the duration never lowers a can\'t-miss cause: epiglottitis, peritonsillar abscess and head and neck cancer carry no step for it', () => {
    const r = run('sore-throat', 'emergency', 45, 'male', ['+sore-throat-over-14-days', '+drooling']);
    for (const serious of ['epiglottitis', 'peritonsillar-abscess', 'deep-neck-infection', 'head-and-neck-cancer']) {
      expect(findingStepOf(r, serious, 'sore-throat-over-14-days')?.counted ?? false).toBe(false);
    }
  });

  test('the ratio stays in sore throat: a long nasal congestion does not read it', () => {
    const r = run('nasal-congestion', 'primary-care', 30, 'female', ['+sore-throat-over-14-days']);
    expect(findingStepOf(r, 'acute-respiratory-tract-infection', 'sore-throat-over-14-days')?.counted ?? false).toBe(false);
  });

  test('guards: a 20-year-old with fever, exudate, tender anterior nodes and no cough still has streptococcal pharyngitis first; with a short sore throat recorded it stays first', () => {
    const strep = ['+fever', '+tonsillar-exudate', '+tender-anterior-cervical-lymphadenopathy', '-cough'];
    expect(rankOf(run('sore-throat', 'primary-care', 20, 'male', strep), 'streptococcal-pharyngitis')).toBe(1);
    expect(rankOf(run('sore-throat', 'primary-care', 20, 'male', ['-sore-throat-over-14-days', ...strep]), 'streptococcal-pharyngitis')).toBe(1);
  });

  test('guard: a man of 45 in the emergency department with drooling, a muffled voice and dysphagia, no cough and no coryza: epiglottitis in the top three and on the can\'t-miss list', () => {
    const r = run('sore-throat', 'emergency', 45, 'male', ['+drooling', '+muffled-hot-potato-voice', '+dysphagia', '+fever', '-cough', '-rhinorrhoea']);
    expect(rankOf(r, 'epiglottitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'epiglottitis')).toBeLessThanOrEqual(3);
    expect(p(r, 'epiglottitis')).toBeGreaterThan(p(r, 'viral-pharyngitis'));
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('epiglottitis');
  });
});

/**
 * Textbook presentations of sore throat entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 31, sore-throat curator `throat`). Expectations are about order, not percentages, since the recalibration
 * is refitted whenever the knowledge changes.
 *
 * Changed this session: head and neck cancer x "sore throat consulted for again" (grade B, Shephard 2019 BJGP Table 2:
 * 84 of 187 laryngeal cancer cases with sore throat attended a second time for it, against 11 of 81 controls with sore
 * throat; LR+ 3.31, LR- 0.637; sore throat, primary care, age 40 or over). A 60-year-old smoker and drinker with a
 * persisting sore throat, hoarseness, otalgia and a neck lump moves from fifth to third.
 *
 * Gaps (not fixed, see the curator's report):
 * - Head and neck cancer still does not lead: viral and streptococcal pharyngitis keep their acute-sore-throat priors
 *   (Huovinen 1989, Fine 2012) because no cited frequency says how rarely an acute pharyngitis lasts three weeks (the
 *   Cochrane review read via a BJGP summary gives 80% symptom-free at one week, not the tail), hoarseness is not weighed in
 *   sore throat (laryngitis makes it common; no background read), and neck lump and otalgia have no readable frequency in
 *   head and neck cancer against a sore-throat background (Shephard 2019: otalgia in 4% of laryngeal cancers, neck lump
 *   not associated).
 * - Adult epiglottitis with drooling, a muffled voice and dysphagia still ranks fifth in the emergency department: the
 *   series disagree on stridor (3.6% to 42%), fever (12.9% to 75%) and dyspnoea (6.4% to 58%), no finding for anterior
 *   neck (hyoid) tenderness has more than a three-case report behind it, and the only comparative study of suspected
 *   epiglottitis in the emergency department (311 adults, 108 confirmed) could be read in its abstract only.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const hncFindings = ['+current-smoker', '+high-alcohol-consumption', '+hoarseness', '+otalgia', '+neck-swelling', '-fever'];

describe('classic presentations of sore throat (session 31, throat)', () => {
  test('a 60-year-old man who smokes and drinks, back with a persisting sore throat, hoarseness, otalgia and a neck lump: head and neck cancer in the top three, above COVID-19 and influenza', () => {
    // Shephard 2019 (BJGP, PMC6355262) Table 2: a second attendance for sore throat in 84/187 laryngeal cancer cases with
    // sore throat against 11/81 controls with sore throat (grade B, LR+ 3.31).
    const r = run('sore-throat', 'primary-care', 60, 'male', ['+sore-throat-repeat-consultation', ...hncFindings]);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThanOrEqual(3);
    expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(r, 'covid-19'));
    expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(r, 'influenza'));
    const step = findingStepOf(r, 'head-and-neck-cancer', 'sore-throat-repeat-consultation');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('B');
    expect(step?.lr).toBeGreaterThan(1);
  });

  test('the repeat consultation raises head and neck cancer; its absence lowers it', () => {
    const repeat = run('sore-throat', 'primary-care', 60, 'male', ['+sore-throat-repeat-consultation', ...hncFindings]);
    const first = run('sore-throat', 'primary-care', 60, 'male', ['-sore-throat-repeat-consultation', ...hncFindings]);
    const unknown = run('sore-throat', 'primary-care', 60, 'male', hncFindings);
    expect(p(repeat, 'head-and-neck-cancer')).toBeGreaterThan(p(unknown, 'head-and-neck-cancer'));
    expect(p(first, 'head-and-neck-cancer')).toBeLessThan(p(unknown, 'head-and-neck-cancer'));
  });

  test('the ratio stays in its study population: not counted in the emergency department or under 40', () => {
    const ed = run('sore-throat', 'emergency', 60, 'male', ['+sore-throat-repeat-consultation', ...hncFindings]);
    const young = run('sore-throat', 'primary-care', 30, 'male', ['+sore-throat-repeat-consultation', ...hncFindings]);
    expect(findingStepOf(ed, 'head-and-neck-cancer', 'sore-throat-repeat-consultation')?.counted ?? false).toBe(false);
    expect(findingStepOf(young, 'head-and-neck-cancer', 'sore-throat-repeat-consultation')?.counted ?? false).toBe(false);
  });

  test('guards: a 20-year-old woman with fever, exudate, tender anterior nodes and no cough has streptococcal pharyngitis first; a 19-year-old with posterior nodes, fatigue and splenomegaly has infectious mononucleosis first', () => {
    // Aalbers 2011 (BMC Med) Table 2; Cai 2021 (JABFM); Ebell 2016 (JAMA RCE) prior of 1 in 13 adolescents with sore throat.
    const strep = run('sore-throat', 'primary-care', 20, 'female', ['+fever', '+tonsillar-exudate', '+tender-anterior-cervical-lymphadenopathy', '-cough']);
    const mono = run('sore-throat', 'primary-care', 19, 'female', ['+posterior-cervical-lymphadenopathy', '+fatigue', '+splenomegaly']);
    expect(rankOf(strep, 'streptococcal-pharyngitis')).toBe(1);
    expect(rankOf(mono, 'infectious-mononucleosis')).toBe(1);
    // the new ratio does not touch either
    expect(rankOf(strep, 'head-and-neck-cancer') === 0 || rankOf(strep, 'head-and-neck-cancer') > 3).toBe(true);
  });

  test('guard: a 45-year-old man in the emergency department with drooling, a muffled voice, dysphagia and fever, no trismus and no exudate: epiglottitis above peritonsillar abscess and on the can\'t-miss list', () => {
    const r = run('sore-throat', 'emergency', 45, 'male', ['+drooling', '+muffled-hot-potato-voice', '+dysphagia', '+fever', '-trismus', '-tonsillar-exudate']);
    expect(rankOf(r, 'epiglottitis')).toBeGreaterThan(0);
    expect(p(r, 'epiglottitis')).toBeGreaterThan(p(r, 'peritonsillar-abscess'));
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('epiglottitis');
  });
});

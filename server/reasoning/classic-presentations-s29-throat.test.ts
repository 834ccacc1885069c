/**
 * Textbook presentations of sore throat entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 29, sore-throat curator `throat`). The three gaps named for this session could not be closed with
 * readable numbers (see the curator's report): group A streptococcal pharyngitis still has no age weight (Fine 2012's and
 * McIsaac 1998/2004's age strata, Ebell 2000's tables unread), trismus, a muffled voice and drooling are still weighed
 * against the 25% policy background (Sanmark 2020 Table 1 and Helfenberger 2021's tables unread), so a classic
 * peritonsillar abscess ranks fourth and classic adult supraglottitis fifth behind the common infections. These tests
 * guard the orders among the serious causes that the cited ratios already get right, so that later changes do not
 * undo them. Expectations are about order, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const cantMissIds = (r: ReturnType<typeof run>): string[] => r.cantMiss.map((d) => d.conditionId);

describe('classic presentations of sore throat (session 29, throat)', () => {
  test('a 28-year-old man in the emergency department with fever, trismus, a hot-potato voice and drooling: peritonsillar abscess above epiglottitis and deep neck infection', () => {
    // Peritonsillar abscess: prior 1.3% (Little 2013 BMJ, PMID 24277339, upper bound of suppurative complications);
    // Galioto 2017 (Am Fam Physician, PMID 28409615) abstract: fever, trismus and a hot-potato voice 'generally' present,
    // LR+ 2.18 each (0.545/0.25); male LR+ 1.2 (Mazur 2015, 57.7% male). Epiglottitis: policy prior, drooling LR+ 3.32
    // (Wick 2002, inability to swallow secretions 83%), voice change LR+ 1.54 (Felton 2021, 38.6%), no trismus ratio.
    const r = run('sore-throat', 'emergency', 28, 'male', ['+fever', '+trismus', '+muffled-hot-potato-voice', '+drooling']);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeGreaterThan(0);
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'epiglottitis'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'deep-neck-infection'));
    expect(cantMissIds(r)).toContain('peritonsillar-abscess');
  });

  test('a 45-year-old man in the emergency department with drooling, a muffled voice and painful swallowing but no trismus: epiglottitis above peritonsillar abscess', () => {
    // Epiglottitis: drooling LR+ 3.32 (Wick 2002, 83%), dysphagia LR+ 2.8 (Shapira Galitz 2017, 70.9% of 358 adults),
    // voice change LR+ 1.54 (Felton 2021), male LR+ 1.3 (Shapira Galitz 2017, 62.8%). Peritonsillar abscess: trismus
    // absent LR- 0.61 (Galioto 2017, 'generally include ... trismus'). Still wrong and reported: epiglottitis ranks fifth,
    // behind viral and streptococcal pharyngitis, influenza and COVID-19, since drooling's 25% background is policy.
    const r = run('sore-throat', 'emergency', 45, 'male', ['+drooling', '+muffled-hot-potato-voice', '+dysphagia', '-trismus']);
    expect(rankOf(r, 'epiglottitis')).toBeGreaterThan(0);
    expect(p(r, 'epiglottitis')).toBeGreaterThan(p(r, 'peritonsillar-abscess'));
    expect(cantMissIds(r)).toContain('epiglottitis');
  });

  test('a 62-year-old man who smokes, with an afebrile sore throat: head and neck cancer is on the can\'t-miss list and above the abscesses; a 30-year-old non-smoker\'s is not', () => {
    // Head and neck cancer: policy prior; age 45 or over LR+ 1.9 / under 45 LR- 0.1 (95% of HNSCC at 45 or over, review
    // summary), male LR+ 1.4 (Douglas 2018, 72% male), current smoker LR+ 1.64 / LR- 0.79 (Sterba 2017, 41%).
    // Peritonsillar abscess: no fever LR- 0.61 (Galioto 2017). Still wrong and reported: streptococcal pharyngitis ranks
    // second at 62, since no age ratio for it could be read (McIsaac's score subtracts a point from 45 years on).
    const old = run('sore-throat', 'primary-care', 62, 'male', ['+current-smoker', '-fever']);
    const young = run('sore-throat', 'primary-care', 30, 'male', ['-current-smoker', '-fever']);
    expect(rankOf(old, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(p(old, 'head-and-neck-cancer')).toBeGreaterThan(p(old, 'peritonsillar-abscess'));
    expect(p(old, 'head-and-neck-cancer')).toBeGreaterThan(p(old, 'epiglottitis'));
    expect(cantMissIds(old)).toContain('head-and-neck-cancer');
    expect(p(young, 'head-and-neck-cancer')).toBeLessThan(p(old, 'head-and-neck-cancer'));
    expect(cantMissIds(young)).not.toContain('head-and-neck-cancer');
  });

  test('the same sore throat with posterior cervical nodes: infectious mononucleosis is likelier at 20 than at 62', () => {
    // Ebell 2016 (JAMA RCE): about 1 in 13 adolescents (16-20) with sore throat has mononucleosis (prior 7%); age under 45
    // LR+ 1.79 / 45 or over LR- 0.21 (case-series report: 'usually occurs in young adults between the ages of 15 and 30');
    // posterior cervical lymphadenopathy LR+ 3.16 (Cai 2021). The age weight that streptococcal pharyngitis lacks.
    const young = run('sore-throat', 'primary-care', 20, 'female', ['+posterior-cervical-lymphadenopathy']);
    const old = run('sore-throat', 'primary-care', 62, 'female', ['+posterior-cervical-lymphadenopathy']);
    expect(rankOf(young, 'infectious-mononucleosis')).toBeGreaterThan(0);
    expect(p(young, 'infectious-mononucleosis')).toBeGreaterThan(p(old, 'infectious-mononucleosis'));
    expect(rankOf(young, 'infectious-mononucleosis')).toBeLessThan(rankOf(old, 'infectious-mononucleosis') || Number.POSITIVE_INFINITY);
  });
});

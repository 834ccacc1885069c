/**
 * Ear pain, session 31 (curator ear): the four textbook presentations of the brief entered as a clinician would (problem,
 * setting, age, sex, findings; no vignette), on the real knowledge base. No knowledge was changed in this session: every
 * candidate ratio searched for lacked either a frequency word or an identifier that could be read (see the session
 * report). These tests are guards of the orderings that already hold, so that later changes do not undo them.
 *
 * Gaps left (each is a lead, not a fix):
 * - Peritonsillar abscess with otalgia, entered WITHOUT an ear examination (sore throat, trismus, hot-potato voice, fever):
 *   5th in primary care and 3rd in the emergency department, behind otitis media (36.1% / 32.4% priors) and otitis externa
 *   (29.5% / 28.8%), which none of the throat findings touch. No source was found giving the frequency of sore throat or
 *   trismus in otitis media or externa. Uvular deviation has no finding: Costales-Marcos 2012 (Acta Otorrinolaringol Esp
 *   63(3):212-217; abstract only, no DOI or PMID seen) says only that trismus, uvular deviation and anterior pillar bulging
 *   were associated with abscess against cellulitis (P < .005), with no frequency; Sanmark 2020 (PLoS One, doi
 *   10.1371/journal.pone.0228122) Table 1 was not reached. Once the ear is examined and normal, the abscess leads in the
 *   emergency department and is in the top three in primary care (tested below).
 * - Head and neck cancer with referred otalgia: dysphagia and a neck lump carry no ratio for head and neck cancer in ear
 *   pain. Douglas 2018 (Clin Otolaryngol, PMID 29247495) records first to third presenting symptoms of 1,589 Scottish
 *   patients, but the abstract read gives survival by symptom, not their frequencies; the full table was not reached.
 * - Mastoiditis: with only fever and postauricular swelling entered, otitis externa (29.5% prior) still leads in both
 *   settings and, with the canal recorded normal, dental infection (7.66% prior) is first in primary care. No source with an
 *   identifier was found giving fever or postauricular swelling in otitis externa (Medscape 'Fever (occasionally)', the EBM
 *   Guidelines 'no tenderness or swelling behind the auricle' and a StatPearls sentence read only in a blog copy, 'fever
 *   greater than 101 F ... suggest extension beyond the external ear canal', are not citable as read). A protruding auricle
 *   has no finding: PMID 8630206 (124 patients) reports 'proptosis of the auricle' only as a risk factor for surgery (RR 4.5),
 *   not its frequency.
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

/** A normal ear on examination: normal-coloured eardrum, no canal oedema or erythema, no discharge, no tragal tenderness. */
const normalEar = ['+tympanic-membrane-normal-colour', '-otoscopy-ear-canal-oedema-or-erythema', '-ear-discharge', '-tragal-or-pinna-tenderness'];

describe('classic presentations of ear pain (session 31, ear)', () => {
  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`a 70-year-old woman with ear pain, vesicles on the ear and a lower motor neuron facial palsy, no toothache (${setting}): zoster oticus first`, () => {
      // Sweeney & Gilden 2001: vesicles in 86% of Ramsay Hunt syndrome (LR+ 3.44); Rasmussen 2014: peripheral facial palsy
      // in 96% of zoster oticus (capped, LR+ 3.58); facial palsy is very rare in otitis media (Popovtzer 2005) and otitis
      // externa (Schaefer 2012), LR+ 0.1 each. Denying toothache lowers dental infection (Haug 2024).
      const r = run('ear-pain', setting, 70, 'female', ['+skin-eruption', '+facial-weakness-involving-forehead', '-toothache']);
      expect(rankOf(r, 'herpes-zoster')).toBe(1);
      expect(p(r, 'herpes-zoster')).toBeGreaterThan(p(r, 'otitis-media'));
      expect(p(r, 'herpes-zoster')).toBeGreaterThan(p(r, 'otitis-externa'));
    });
  }

  test('a 62-year-old heavy smoker and drinker in the emergency department with ear pain, normal otoscopy, hoarseness, dysphagia and a neck swelling: head and neck cancer first', () => {
    // StatPearls (NBK549830): referred otalgia leaves the ear normal (LR+ 3.58); Shephard 2019: hoarseness (LR+ 2.09 in ear
    // pain); Sterba 2017 smoking (1.64); Head and Neck 5000 alcohol (2.17). Dysphagia and the neck swelling add nothing yet
    // (gap in the header).
    const r = run('ear-pain', 'emergency', 62, 'male', ['+current-smoker', '+high-alcohol-consumption', ...normalEar, '+hoarseness', '+dysphagia', '+neck-swelling', '-toothache']);
    expect(rankOf(r, 'head-and-neck-cancer')).toBe(1);
    expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(r, 'otitis-externa'));
  });

  test('the same patient in primary care: head and neck cancer in the top three, above otitis externa, dental infection and temporomandibular disorder', () => {
    const r = run('ear-pain', 'primary-care', 62, 'male', ['+current-smoker', '+high-alcohol-consumption', ...normalEar, '+hoarseness', '+dysphagia', '+neck-swelling', '-toothache']);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThanOrEqual(3);
    for (const benign of ['otitis-externa', 'dental-infection', 'temporomandibular-disorder']) {
      expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(r, benign));
    }
  });

  test('a 30-year-old man in the emergency department with ear pain, sore throat, trismus, a hot-potato voice, fever and a normal ear: peritonsillar abscess first', () => {
    // Galioto 2017 (PMID 28409615): fever, sore throat, trismus and a hot-potato voice 'generally' present (LR+ 2.18 each
    // in ear pain); a normal eardrum (StatPearls NBK549830, LR+ 3.58). Without the ear examination the abscess is third
    // (gap in the header).
    const r = run('ear-pain', 'emergency', 30, 'male', ['+sore-throat', '+trismus', '+muffled-hot-potato-voice', '+fever', ...normalEar]);
    expect(rankOf(r, 'peritonsillar-abscess')).toBe(1);
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'otitis-media'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'otitis-externa'));
  });

  test('the same patient in primary care: peritonsillar abscess in the top three, above otitis media and otitis externa', () => {
    // The primary-care prior is 1 in 770 (Taziki 2012, 'pharyngeal abscess'), so viral pharyngitis (23 in 770) and dental
    // infection (59 in 770) can stay above it.
    const r = run('ear-pain', 'primary-care', 30, 'male', ['+sore-throat', '+trismus', '+muffled-hot-potato-voice', '+fever', ...normalEar]);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeGreaterThan(0);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeLessThanOrEqual(3);
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'otitis-media'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'otitis-externa'));
  });
});

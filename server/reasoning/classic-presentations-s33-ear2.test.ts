/**
 * Ear pain in adults, session 33 (curator ear2): textbook presentations entered as a clinician would (problem, setting,
 * age, sex, findings; no vignette), on the real knowledge base, following the s30-r2ear and s31-ear guards.
 *
 * What was wrong: a 35-year-old with ear pain, a vesicular eruption and a lower motor neuron facial palsy (Ramsay Hunt
 * syndrome, the brief's 'vesicles in the ear canal with facial weakness') had herpes zoster fourth in both settings,
 * behind dental infection (7.66% prior, untouched by either finding), otitis media and otitis externa. The earlier
 * guards used patients of 60 to 70, where age 50 or over carried zoster to the top; zoster was on the 0.5% policy prior.
 *
 * Added (problems/ear-pain.json, both settings): herpes zoster 0.12 for ear-pain patients with a facial weakness that
 * involves the forehead (`populationWith: facial-weakness-involving-forehead`, proxy): Rasmussen, Lykke, Toft & Mey 2014,
 * Virology Discovery 2:1 (doi 10.7243/2052-6202-2-1), Abstract, Results: 'About 12% of all peripheral facial nerve
 * palsies are caused by varicella zoster virus. In more than 50% pain is the initial symptom' (read 2026-12-06 at
 * hoajonline.com/virology/abstract/2052-6202/2/1). The palsy is then in the prior and its own ratio (3.58) is not counted
 * again for zoster; patients without a palsy keep the policy prior (zoster stays in `unquantified`). After: zoster first
 * in both settings at 35.
 *
 * Checked and guarded here (already right, no change): mastoiditis first in primary care once the canal is examined and
 * normal (s30-r2ear guards the emergency department only); temporomandibular disorder first with pain on mouth opening,
 * joint noises and a normal ear; with the throat or neck findings but no ear examination, peritonsillar abscess and head
 * and neck cancer move from fifth or sixth (bare complaint) to third in the emergency department.
 *
 * Gaps left (each a lead, not a fix):
 * - Without an ear examination, otitis media (36.1% / 32.4%) and otitis externa (29.5% / 28.8%) stay above peritonsillar
 *   abscess (fifth in primary care), head and neck cancer (fifth in primary care) and mastoiditis (second behind otitis
 *   externa in both settings). Nothing read gives the frequency of sore throat, trismus, a muffled voice, dysphagia, a
 *   neck lump, fever or postauricular swelling in otitis media or externa, so none of these findings lowers them. Kim
 *   2015 (PMID 26185789) says sore throat, rhinorrhoea and postnasal drip are more common in referred otalgia and hearing
 *   disturbance and otorrhoea in otogenic otalgia, but gives no counts in the abstract; its table was not reachable.
 *   Trismus 'in nearly 66%' of peritonsillar abscesses was read only in an AccessMedicine textbook page (no identifier).
 *   BMJ Best Practice (oropharyngeal cancer: neck lump up to 49%, dysphagia up to 10%) has no identifier; Shephard 2019
 *   Table 2 gives dysphagia in 5% of laryngeal cancers (under the background, not entered); Alho 2006 CMAJ (PMID 16534084)
 *   and Douglas 2018 (PMID 29247495) symptom tables were not reached.
 * - Taoussi 2022 (abstract): oral cavity, pharyngeal and laryngeal cancer in 21.7% of 23 referred otalgias, about 5 of 61
 *   adults at an ENT department in Chad (8%). Declined as a prior: a referral population whose figure would put head and
 *   neck cancer above dental infection (session-11 rule).
 * - Bell's palsy: a 40-year-old with a lower motor neuron palsy, postauricular pain, a normal ear and no rash still has
 *   Bell's palsy seventh or eighth (1 in 770 prior, Taziki 2012), now below zoster (zoster sine herpete) as well as dental
 *   infection. Finsterer 2008 (PMID 18368417): 'Three quarters of peripheral FNP are primary'. As a `populationWith` prior
 *   it is refused by the sum check (the unconditional priors of the setting already reach 0.90 beside it); the engine would
 *   need a sub-population prior set that replaces the problem's priors rather than sitting beside them.
 * - Herpes zoster oticus with vesicles and no palsy stays fifth (no share of zoster among ear pain); a protruding auricle
 *   has no finding (it would share the postauricular-inflammation group, and no frequency was read).
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

/** A normal ear on examination: normal-coloured eardrum, no canal oedema or erythema, no discharge, no tragal tenderness. */
const normalEar = ['+tympanic-membrane-normal-colour', '-otoscopy-ear-canal-oedema-or-erythema', '-ear-discharge', '-tragal-or-pinna-tenderness'];
const ramsayHunt = ['+skin-eruption', '+facial-weakness-involving-forehead'];

describe('ear pain in adults (session 33, ear2)', () => {
  test.each(settings)('a 35-year-old man with ear pain, a vesicular eruption and a lower motor neuron facial palsy: herpes zoster (Ramsay Hunt) first (%s)', (setting) => {
    // Before session 33: fourth, behind dental infection, otitis media and otitis externa. Rasmussen 2014: 12% of
    // peripheral facial palsies are caused by varicella-zoster virus (prior for patients with the palsy); vesicles in 86%
    // (Sweeney 2001, LR+ 3.44).
    const r = run('ear-pain', setting, 35, 'male', ramsayHunt);
    expect(priorStepOf(r, 'herpes-zoster')?.populationWith).toBe('facial-weakness-involving-forehead');
    expect(priorStepOf(r, 'herpes-zoster')?.probability).toBeCloseTo(0.12, 6);
    // The palsy is in the prior, so its own ratio is shown but not counted again for zoster.
    expect(findingStepOf(r, 'herpes-zoster', 'facial-weakness-involving-forehead')?.counted).toBe(false);
    expect(rankOf(r, 'herpes-zoster')).toBe(1);
    for (const other of ['dental-infection', 'otitis-media', 'otitis-externa', 'bells-palsy']) {
      expect(p(r, 'herpes-zoster')).toBeGreaterThan(p(r, other));
    }
  });

  test.each(settings)('the facial-palsy figure is used only with the palsy: recorded absent, zoster falls back to the policy prior (%s)', (setting) => {
    const withPalsy = run('ear-pain', setting, 35, 'male', ramsayHunt);
    const noPalsy = run('ear-pain', setting, 35, 'male', ['+skin-eruption', '-facial-weakness-involving-forehead']);
    expect(priorStepOf(noPalsy, 'herpes-zoster')?.populationWith).toBeUndefined();
    expect(priorStepOf(noPalsy, 'herpes-zoster')?.probability ?? 0).toBeLessThan(0.12);
    expect(p(withPalsy, 'herpes-zoster')).toBeGreaterThan(5 * p(noPalsy, 'herpes-zoster'));
  });

  test.each(settings)('a febrile 40-year-old with postauricular swelling, otorrhoea and a recent otitis media, canal examined and normal: mastoiditis first (%s)', (setting) => {
    // Fever (3.32), postauricular swelling (3.04), otorrhoea (2.83), antecedent otitis media (2.2); otitis externa lowered
    // by the normal canal (LR- 0.14) and no tragal tenderness (0.61); otitis media by the swelling (Ren 2018, 0.1).
    const r = run('ear-pain', setting, 40, 'male', [
      '+fever',
      '+postauricular-swelling',
      '+antecedent-acute-otitis-media',
      '+ear-discharge',
      '-otoscopy-ear-canal-oedema-or-erythema',
      '-tragal-or-pinna-tenderness',
    ]);
    expect(rankOf(r, 'mastoiditis')).toBe(1);
    for (const other of ['otitis-externa', 'otitis-media', 'dental-infection']) {
      expect(p(r, 'mastoiditis')).toBeGreaterThan(p(r, other));
    }
  });

  test.each(settings)('a 35-year-old woman with ear pain, pain on mouth opening, joint clicking and a normal ear: temporomandibular disorder first (%s)', (setting) => {
    // Pain on opening (0.89, LR+ 3.56), joint noises (2.62), normal eardrum (3.58); otitis media lowered by the normal
    // eardrum (Rothman 2003, 0.2).
    const r = run('ear-pain', setting, 35, 'female', ['+pain-on-mouth-opening', '+tmj-joint-noises', ...normalEar]);
    expect(rankOf(r, 'temporomandibular-disorder')).toBe(1);
    for (const other of ['dental-infection', 'otitis-media', 'otitis-externa']) {
      expect(p(r, 'temporomandibular-disorder')).toBeGreaterThan(p(r, other));
    }
  });

  test('a 30-year-old man in the emergency department with ear pain, sore throat, trismus, a muffled voice and fever, ear not yet examined: peritonsillar abscess in the first three', () => {
    // Galioto 2017: fever, sore throat, trismus and a hot-potato voice (LR+ 2.18 each). Otitis media and externa stay
    // above it until the ear is examined (gap in the header; s31-ear guards the examined picture).
    const bare = run('ear-pain', 'emergency', 30, 'male', []);
    const r = run('ear-pain', 'emergency', 30, 'male', ['+sore-throat', '+trismus', '+muffled-hot-potato-voice', '+fever']);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeGreaterThan(0);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'peritonsillar-abscess')).toBeLessThan(rankOf(bare, 'peritonsillar-abscess'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'dental-infection'));
    expect(p(r, 'peritonsillar-abscess')).toBeGreaterThan(p(r, 'viral-pharyngitis'));
  });

  test('a 64-year-old smoker and drinker in the emergency department with ear pain, hoarseness, dysphagia and a neck swelling, ear not yet examined: head and neck cancer in the first three', () => {
    // Smoking (1.64), alcohol (2.17), hoarseness (2.09), age 45 or over (1.9); dysphagia and the neck swelling carry no
    // ratio yet (gap in the header).
    const bare = run('ear-pain', 'emergency', 64, 'male', []);
    const r = run('ear-pain', 'emergency', 64, 'male', ['+current-smoker', '+high-alcohol-consumption', '+hoarseness', '+dysphagia', '+neck-swelling']);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'head-and-neck-cancer')).toBeLessThan(rankOf(bare, 'head-and-neck-cancer'));
    expect(p(r, 'head-and-neck-cancer')).toBeGreaterThan(p(r, 'dental-infection'));
  });
});

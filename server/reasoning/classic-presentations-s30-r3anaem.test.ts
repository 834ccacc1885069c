/**
 * Bare anaemia entered as a clinician would (problem, setting, age, sex; no vignette), on the real knowledge base
 * (session 30, round 3, curator r3anaem). A clinician review found that a 36-year-old woman with anaemia in general
 * practice had anaemia of chronic disease first (41.9%) and iron deficiency anaemia second (14.7%). Cause: the
 * primary-care priors of anaemia (Schop 2020, BMC Fam Pract: ACD 54.5%, IDA 19.1%, renal 13.8% of 4152 anaemic adults
 * aged 50 or over) are not used more than ten years from their band (POLICY.maxAgeProxyYears), so a 36-year-old takes
 * the emergency figures (Randi 2020, internal-medicine admissions: chronic inflammation 80/191, iron deficiency 28/191),
 * and the step's note then says "no primary-care estimate for anaemia", which is untrue (there is one, for other ages).
 *
 * Gap seen and NOT fixed (so no test asserts iron deficiency first at 36): Bayen 2020 (BMC Fam Pract, PMID 31964335,
 * doi 10.1186/s12875-020-1086-5; abstract read) gives iron deficiency in 32 of 43 (74%) non-pregnant, non-menopausal
 * women aged 18-50 with anaemia newly diagnosed in French general practice: an exact-setting figure. Entered as a
 * stratified prior (women 18-50, reproductive age), kb:check refused it: "primary-care priors add up to 1.530 for a
 * patient (female, age 18)", because the check adds the nearest stratum of every condition (Schop's ACD 54.5% and renal
 * 13.8% for patients 50 or over) even where the engine would not use them (more than ten years from the band). Entering
 * it needs either a cited share of ACD and renal anaemia among young anaemic women (not found: Bayen's abstract gives
 * none; Dallman 1984 AJCN, NHANES II, says only that iron deficiency "predominated" in young women, table unread) or a
 * check that leaves out figures the engine refuses by age. The entry was withdrawn.
 * Expectations are about order and provenance, not percentages: the recalibration is refitted whenever the knowledge
 * changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf, priorStepOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
describe('classic presentations of anaemia (session 30, r3anaem)', () => {
  test('a 68-year-old man with anaemia in general practice: anaemia of chronic disease first, iron deficiency second (Schop 2020)', () => {
    // Schop 2020 (4152 newly diagnosed anaemic adults aged 50 or over, Dutch general practice): ACD 54.5%, IDA 19.1%,
    // renal anaemia 13.8% (overlapping etiologies); the patient is inside the band, so the figures are used as exact.
    const r = run('anaemia', 'primary-care', 68, 'male', []);
    expect(rankOf(r, 'anaemia-of-chronic-disease')).toBe(1);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBe(2);
    expect(priorStepOf(r, 'anaemia-of-chronic-disease')?.source?.citation).toBe('schop-2020-bmcfampract-anaemia-etiologies-general-practice');
    expect(priorStepOf(r, 'iron-deficiency-anaemia')?.populationMatch).toBe('exact');
  });

  test("a 36-year-old woman in general practice: Schop 2020's figures for patients aged 50 or over are not her priors", () => {
    // POLICY.maxAgeProxyYears (session 22): a band more than ten years from the patient's age is not used. Her priors
    // are therefore not the Schop figures (at present they are the emergency figures of Randi 2020; see the header).
    const r = run('anaemia', 'primary-care', 36, 'female', []);
    for (const id of ['iron-deficiency-anaemia', 'anaemia-of-chronic-disease', 'chronic-kidney-disease']) {
      expect(rankOf(r, id)).toBeGreaterThan(0);
      expect(priorStepOf(r, id)?.source?.citation).not.toBe('schop-2020-bmcfampract-anaemia-etiologies-general-practice');
    }
  });

  test('a 45-year-old woman in general practice: within ten years of the band, the Schop figures are used as a proxy', () => {
    // Schop 2020 band: 50 or over; 45 is five years below it, so the figure is used and shown as a proxy.
    const r = run('anaemia', 'primary-care', 45, 'female', []);
    const step = priorStepOf(r, 'iron-deficiency-anaemia');
    expect(step?.source?.citation).toBe('schop-2020-bmcfampract-anaemia-etiologies-general-practice');
    expect(step?.populationMatch).toBe('proxy');
  });
});

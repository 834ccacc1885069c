/**
 * General complaints (session 35, curator "general"): misses of the development and breadth-development splits in fever,
 * prolonged fever, weight loss, fatigue, anaemia, lymphadenopathy, pruritus, rash, hyperglycaemia and polyuria, worked
 * from the engine's views (no vignette opened); the textbook picture is guarded from the source cited.
 *
 * What was wrong: a man of 67 in primary care losing weight, with epigastric pain, nausea and vomiting, tiredness and an
 * iron-deficiency anaemia had oesophago-gastric cancer fourth (raw 5.1%), behind major depressive disorder (12.6%),
 * malignancy overall and diabetes. Nausea or vomiting carried only Fransen 2004's dyspeptic-cohort ratio (LR+ 1.2),
 * limited to chronic or recurrent abdominal pain, so under weight loss it counted for nothing, although the same
 * primary-care table whose epigastric-pain (session 14) and dyspepsia (session 33) rows already count under weight loss
 * gives it.
 *
 * Added (evidence/s35-general.json):
 * - oesophagogastric-cancer x nausea-or-vomiting: LR+ 6.8 (6.1-7.4), LR- 0.89, grade A, weight loss only, primary care
 *   only, from age 40 (the study's population), as for the two sibling rows. Stapley 2013 Br J Cancer (PMID 23257895,
 *   PMC3553533, citation stapley-2013-bjc-oesophagogastric-cancer-primary-care-features), Table 2 'Frequency of selected
 *   features in cases and controls in the whole study population': 'Nausea or vomiting | 979 (13.1) | 637 (1.9) | 6.8
 *   (6.1-7.4)' (7471 cases, 32 877 matched controls, UK GP records, 40 or over); abstract: multivariable OR 4.9
 *   (4.0-6.0), so it stays associated beside epigastric pain and dyspepsia. Against matched registered patients, not
 *   other patients losing weight, so it probably overstates (as the sibling rows do; said in the entry).
 * After (calibration as fitted now): the full picture has oesophago-gastric cancer first (18.1%, malignancy overall
 * beside it, depression third; before, fourth at 5.1%); a man of 70 losing weight with epigastric pain and vomiting:
 * first (21.7%; with epigastric pain alone it is third, 3.9%, behind depression and malignancy overall). Not applied
 * at 35, in the emergency department, or in chronic abdominal pain (Fransen's 1.2 stays there).
 *
 * Gaps (reported, not fixed; no cited figure found that fits the complaint's population):
 * - Viral exanthem in rash (varicella, measles in young adults with fever and rash): fourth or fifth on a policy prior
 *   (3%) behind atopic dermatitis, urticaria, cellulitis and scabies, which have cited priors from all skin consultations.
 *   Tabak 2012 (Ann Dermatol, doi 10.5021/ad.2012.24.4.420; 100 adults with fever and rash, infectious 50%, measles the
 *   commonest cause, then drug reactions and varicella) would give a `populationWith: fever` prior, but no count per
 *   disease was readable in the abstract or the excerpts of the full text. Diarrhoea in adult measles (27.2%, PMID
 *   24962127) is too close to the 25% policy background to weigh.
 * - Tuberculosis in weight loss (a man of 34 with a cough over two weeks, fever, anorexia): fifth behind depression,
 *   malignancy overall, diabetes and lymphoma; malignancy overall has no age step in weight loss (Nicholson 2020 Br J
 *   Cancer PMC7283307 Table 1, the ages of 63 973 patients with weight loss and of their 1375 cancers, was not readable).
 *   Cough of two weeks has only community-screening accuracy (van't Hoog 2012, Kenya), not transferable to weight loss.
 * - Oesophago-gastric cancer x low haemoglobin / low MCV: Stapley 2013 gives only multivariable ORs (2.4 and 5.2) for the
 *   blood tests, not the case and control frequencies; `anaemia-or-gi-bleeding-reported` (Fransen, LR+ 1.7) has no chart
 *   rule, so a charted anaemia or positive occult blood does not count for it (finding not owned here; lead).
 * - Lymphoma in prolonged fever with splenomegaly, and in lymphadenopathy in young adults (ED, fatigue and malaise): no
 *   splenomegaly frequency among FUO patients or lymphoma series with an identifier was read (Bilal 2024's 86% was
 *   already declined as implausible); the lymphadenopathy priors (Fijten 1988 x Bosch 2014) leave lymphoma level with the
 *   policy-prior infections at 27.
 * - Giant cell arteritis in emergency prolonged fever (a woman of 58, ESR over 100, night sweats, weight loss, no
 *   headache, no myalgia, no joint pain): fourth, behind tuberculosis, polymyalgia rheumatica and lymphoma. PMR's only
 *   absence ratio in prolonged fever is on `bilateral-shoulder-aching` (s30-r3fuo, LR- 0.14), which has no chart rule, so
 *   recorded absent myalgia and joint pain say nothing against it (lead: a chart code for that finding, or a PMR x myalgia
 *   ratio sharing a correlation group with it; both need finding files not owned here).
 * - Pancreatic cancer x nausea or vomiting under weight loss: Stapley 2012 (Br J Cancer, PMID 22617126, PMC3388562) gives
 *   OR 4.5 in its abstract, but its frequency table was not readable, so pancreatic cancer has no nausea ratio beside the
 *   one added here for oesophago-gastric cancer (with abdominal pain and vomiting at 70 the two are about level, both
 *   behind depression).
 * - Infective endocarditis in prolonged fever without a murmur or risk factor, hypothyroidism in fatigue with depressed
 *   mood, hyperthyroidism in hyperglycaemia with a ketoacidotic picture, type 1 diabetes at 55 (polyuria) and on a
 *   sulfonylurea (weight loss), HIV in pruritus, anaphylaxis in an emergency rash, meningococcal disease in emergency
 *   fever, multiple myeloma in emergency anaemia and fatigue, colorectal cancer at 32: as sessions 33-34 reported; nothing
 *   new read. Malaria in emergency fever without recorded travel (free-text travel is not read) is an engine gap.
 * - Anaemia expected under the anaemia complaint itself, and hyperthyroidism under bilateral leg swelling (not on that
 *   complaint's list; problem file not owned here): reported to the lead.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const gastricFull = [
  '+abdominal-pain',
  '+epigastric-pain',
  '+nausea-or-vomiting',
  '+fatigue',
  '+iron-deficiency-anaemia',
  '+haemoglobin-below-130',
  '+ferritin-15-or-less',
  '-dysphagia',
];

describe('weight loss: oesophago-gastric cancer with nausea or vomiting (session 35, general)', () => {
  test('a man of 67 losing weight with epigastric pain, vomiting, tiredness and iron-deficiency anaemia: oesophago-gastric cancer in the first two, above depression', () => {
    // Before session 35: fourth (depression, malignancy overall and diabetes above it).
    const r = run('weight-loss', 'primary-care', 67, 'male', gastricFull);
    expect(rankOf(r, 'oesophagogastric-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'oesophagogastric-cancer')).toBeLessThanOrEqual(2);
    expect(p(r, 'oesophagogastric-cancer')).toBeGreaterThan(p(r, 'major-depressive-disorder'));
    expect(p(r, 'oesophagogastric-cancer')).toBeGreaterThan(p(r, 'diabetes-mellitus'));
  });

  test('nausea or vomiting raises oesophago-gastric cancer under weight loss in primary care from 40 (LR+ 6.8, Stapley 2013)', () => {
    const withNausea = run('weight-loss', 'primary-care', 70, 'male', ['+nausea-or-vomiting', '+epigastric-pain']);
    const without = run('weight-loss', 'primary-care', 70, 'male', ['+epigastric-pain']);
    expect(p(withNausea, 'oesophagogastric-cancer')).toBeGreaterThanOrEqual(1.5 * p(without, 'oesophagogastric-cancer'));
    expect(rankOf(withNausea, 'oesophagogastric-cancer')).toBe(1);
    expect(findingStepOf(withNausea, 'oesophagogastric-cancer', 'nausea-or-vomiting')?.counted).toBe(true);
  });

  test('the primary-care case-control ratio stays in its population: not under 40, not in the emergency department, not in chronic abdominal pain', () => {
    const young = run('weight-loss', 'primary-care', 35, 'male', ['+nausea-or-vomiting']);
    expect(findingStepOf(young, 'oesophagogastric-cancer', 'nausea-or-vomiting')?.counted ?? false).toBe(false);
    const emergency = run('weight-loss', 'emergency', 70, 'male', ['+nausea-or-vomiting']);
    expect(findingStepOf(emergency, 'oesophagogastric-cancer', 'nausea-or-vomiting')?.counted ?? false).toBe(false);
    const dyspeptic = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 70, 'male', ['+nausea-or-vomiting']);
    const step = findingStepOf(dyspeptic, 'oesophagogastric-cancer', 'nausea-or-vomiting');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 0).toBeLessThan(2); // Fransen 2004's dyspeptic-cohort ratio (1.2), not the primary-care table's
  });
});

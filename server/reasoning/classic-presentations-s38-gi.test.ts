/**
 * GI complaints (session 38, curator "gi").
 *
 * What was wrong: in the diarrhoea complaint both gastroenteritis priors were measured in acute diarrhoea only
 * (Hilmarsdottir 2013, doi 10.1007/s10096-011-1470-0: pathogen found in 211 of 464 general-practice patients with acute
 * diarrhoea; Jabak 2022, PMID 35942579: 679 of 780 ED adults with acute diarrhoea had acute community-acquired
 * diarrhoea), yet a diarrhoea recorded as acute multiplied them again by the gastroenteritis x acute-diarrhoea ratio
 * (3.58, a defining feature over the policy background): 0.87 became 0.96 in the emergency department, 0.45 became 0.75
 * in general practice. Changed (problems/diarrhoea.json): both priors now carry `populationWith: acute-diarrhoea` with
 * `usedWhenUnknown` (the source's own population; charts rarely code the duration), so the acute-diarrhoea ratio is not
 * counted on top of them, and gastroenteritis is listed as unquantified for diarrhoea recorded as not acute.
 *
 * Not fixed (the literature read does not fix it): gastroenteritis at about 80% in an older woman in the emergency
 * department with diarrhoea, vomiting and anaemia comes from the acute-diarrhoea prior itself (0.87, a cohort of mean age
 * 32.5) times gastroenteritis x vomiting (3.23: 80.8% in an adolescent norovirus outbreak, Alseda 2023, over the policy
 * background; withdrawn later the same session by the gastro curator, classic-presentations-s38-gastro). No adult emergency figure for vomiting in acute diarrhoea, and no emergency colorectal-cancer share in
 * diarrhoea, could be read (Chan 2003 EMJ, PMC1726145, adult ED bacterial gastroenteritis: abstract only, no vomiting
 * figure; Covino 2024 Antibiotics doi 10.3390/antibiotics13090891: abstract only).
 * Declined after testing:
 * - variceal-bleeding x haematemesis-reported in GI bleeding (Bambha 2008 Gut Table 1, PMID 18250126: haematemesis alone
 *   71 plus with melaena 132 of 256 acute variceal haemorrhages, 0.793, over the policy background, LR 3.17): with the
 *   variceal prior scaled from Hearnshaw 2011 (0.07) while peptic ulcer cannot take its scaled figure (the emergency priors
 *   of this problem would sum above 1), it put variceal bleeding above peptic ulcer in an NSAID user with epigastric pain
 *   and no liver disease (s33-bleed6 guards). The test below keeps that order.
 * - upper-gi-bleed x haematemesis-reported in GI bleeding (Thiebaud 2017 104 of 194, LR 2.14, a transfer from syncope):
 *   the category then overtook its own member, variceal bleeding, in known cirrhosis (s33-bleed6).
 * - Björnsson 2008 J Hosp Med 3:117 (pain in 34% of malignant against 71% of benign obstructive jaundice): abstract read,
 *   no identifier seen, and a two-group ratio within obstruction, not against the jaundice complaint.
 * - Forrest & Forrest, Gut 2002;51(4):613 (letter, gut.bmj.com/content/51/4/613.2): 20 of Whitehead's 27 sepsis/shock
 *   patients developed jaundice as inpatients, and 2 of 100 acute jaundice admissions in Glasgow had sepsis; no PMID or DOI
 *   seen, so the emergency jaundice sepsis prior (0.223) stays, known to overstate.
 * - mesenteric-ischaemia x history of atrial fibrillation into GI or rectal bleeding: anticoagulated AF bleeds more, so
 *   its background there is likely above the acute-abdominal-pain cohort's and the transfer would overstate.
 * Expectations are about direction and scope, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 38 (gi)', () => {
  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`${setting} diarrhoea recorded as acute: the acute-only gastroenteritis prior is not multiplied again by the acute-diarrhoea ratio`, () => {
      const bare = run('diarrhoea', setting, 40, 'male', []);
      const acute = run('diarrhoea', setting, 40, 'male', ['+acute-diarrhoea']);
      expect(findingStepOf(acute, 'gastroenteritis', 'acute-diarrhoea')?.counted ?? false).toBe(false);
      expect(p(acute, 'gastroenteritis')).toBeLessThanOrEqual(p(bare, 'gastroenteritis') + 1e-9);
      expect(rankOf(acute, 'gastroenteritis')).toBe(1);
    });

    test(`${setting} diarrhoea of unknown duration: the acute-diarrhoea cohort figure is still used as a proxy, gastroenteritis first`, () => {
      const bare = run('diarrhoea', setting, 40, 'male', []);
      expect(priorStepOf(bare, 'gastroenteritis')?.probability).toBeGreaterThan(0.3);
      expect(rankOf(bare, 'gastroenteritis')).toBe(1);
    });
  }

  test('the gastroenteritis priors in diarrhoea are scoped to acute diarrhoea and listed as unquantified otherwise', () => {
    const problem = kb.problems.get('diarrhoea');
    for (const setting of ['primary-care', 'emergency'] as const) {
      const prior = problem?.priors[setting]?.find((x) => x.condition === 'gastroenteritis');
      expect(prior?.populationWith).toBe('acute-diarrhoea');
      expect(prior?.usedWhenUnknown).toBe(true);
    }
    expect(problem?.unquantified?.some((u) => u.condition === 'gastroenteritis')).toBe(true);
  });

  test('GI bleeding: an NSAID user with epigastric pain, melaena and haematemesis has peptic ulcer above variceal bleeding', () => {
    const f = ['+epigastric-pain', '+nsaid-use', '+melaena-reported', '+haematemesis-reported'];
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('gi-bleeding', setting, 60, 'male', f);
      expect(p(r, 'peptic-ulcer-disease')).toBeGreaterThan(p(r, 'variceal-bleeding'));
    }
  });
});

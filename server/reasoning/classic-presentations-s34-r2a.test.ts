/**
 * Breadth-development misses (session 34, curator "r2a"): acute abdominal pain, chronic or recurrent abdominal pain,
 * vaginal bleeding, weight loss. Textbook pictures entered as a clinician would (problem, setting, age, sex, findings; no
 * vignette wording), on the real knowledge base.
 *
 * What was wrong:
 * - Inflammatory bowel disease in chronic or recurrent abdominal pain: rectal bleeding, the commonest presenting feature
 *   of ulcerative colitis and present in about half of Crohn's disease, carried no ratio for IBD in this complaint (the
 *   Perler 2019 entry was limited to diarrhoea, acute abdominal pain, prolonged fever, weight loss, anaemia and, from
 *   session 34, pelvic pain), so a young adult with chronic pain, diarrhoea and rectal bleeding kept IBD on its prior
 *   for the bleeding.
 * Added (evidence/s34-r2a.json, chronic-or-recurrent-abdominal-pain only):
 * - inflammatory-bowel-disease x rectal-bleeding LR+ 2.5, grade C: Perler 2019 BMC Gastroenterology (registered as
 *   perler-2019-bmcgastroenterol-ibd-presenting-symptoms), abstract, Results: blood with bowel movements in 86.6% of 150
 *   UC and 45.3% of 233 CD at diagnosis (pooled 0.615) over the 0.25 policy background (the complaint's cited causes do
 *   not bleed per rectum; colorectal cancer has its own unrestricted rectal-bleeding entry, Adelstein 2011).
 * After (calibration off): the textbook picture (pain, diarrhoea, rectal bleeding, weight loss, raised CRP, anaemia) puts
 *   IBD first in both settings (second, behind IBS, before); pain, diarrhoea and bleeding alone, third (IBD 5.8% to 13%).
 *
 * Gaps (reported, not fixed; no cited figure found in the time available):
 * - Perforated peptic ulcer in primary-care acute abdominal pain: policy prior (0.5%); rigidity/peritonism and abdominal
 *   tenderness have no finding the chart reaches; the perforated-viscus condition is the one that should carry it.
 * - Colorectal cancer in chronic abdominal pain and in weight loss: anaemia without ferritin (haemoglobin below the WHO
 *   threshold) has no CRC ratio; Ford 2008 Gut's pooled anaemia LR+ 1.43 (0.75-2.74) was seen only in a table whose
 *   identifier was not displayed; a man of 32 is rightly lowered by age.
 * - Endometrial cancer in a woman of 30 with heavy menstrual bleeding and an enlarged uterus: the published picture is
 *   postmenopausal; no figure supports raising it there.
 * - Type 1 diabetes (misdiagnosed as type 2) in weight loss: policy prior; the Shields 2015 ratios (age at diagnosis,
 *   BMI) are kept to new hyperglycaemia, and the engine reads current age, not age at diagnosis (engine lead).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const problem = 'chronic-or-recurrent-abdominal-pain';

const ibd = ['+abdominal-pain', '+diarrhoea', '+chronic-diarrhoea', '+rectal-bleeding', '+unintentional-weight-loss', '+crp-above-reference-range', '+haemoglobin-below-120'];

describe('chronic or recurrent abdominal pain: IBD with rectal bleeding (session 34, r2a)', () => {
  test.each(settings)('a woman of 25 with chronic pain, diarrhoea, rectal bleeding, weight loss, raised CRP and anaemia: IBD in the first three, above IBS and coeliac disease (%s)', (setting) => {
    const r = run(problem, setting, 25, 'female', ibd);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeLessThanOrEqual(3);
    expect(p(r, 'inflammatory-bowel-disease')).toBeGreaterThan(p(r, 'irritable-bowel-syndrome'));
    expect(p(r, 'inflammatory-bowel-disease')).toBeGreaterThan(p(r, 'coeliac-disease'));
    const step = findingStepOf(r, 'inflammatory-bowel-disease', 'rectal-bleeding');
    expect(step?.counted ?? false).toBe(true);
  });

  test('rectal bleeding raises IBD by half or more in this complaint (LR 2.5, recalibrated), and IBS stays first without it', () => {
    const without = run(problem, 'primary-care', 25, 'female', ['+abdominal-pain', '+diarrhoea', '+chronic-diarrhoea']);
    const withBleeding = run(problem, 'primary-care', 25, 'female', ['+abdominal-pain', '+diarrhoea', '+chronic-diarrhoea', '+rectal-bleeding']);
    // LR+ 2.5 on the chain; the recalibration (slope 0.65 on the logit) shows it as about 1.7-fold
    expect(p(withBleeding, 'inflammatory-bowel-disease')).toBeGreaterThan(1.5 * p(without, 'inflammatory-bowel-disease'));
    expect(rankOf(without, 'irritable-bowel-syndrome')).toBe(1);
    expect(rankOf(withBleeding, 'inflammatory-bowel-disease')).toBeLessThanOrEqual(3);
  });

  test('normal CRP and haemoglobin still lower IBD when the patient bleeds', () => {
    const bleeding = ['+abdominal-pain', '+diarrhoea', '+chronic-diarrhoea', '+rectal-bleeding'];
    const r = run(problem, 'primary-care', 25, 'female', bleeding);
    const normal = run(problem, 'primary-care', 25, 'female', [...bleeding, '-crp-above-reference-range', '-haemoglobin-below-120']);
    expect(p(normal, 'inflammatory-bowel-disease')).toBeLessThan(p(r, 'inflammatory-bowel-disease'));
  });
});

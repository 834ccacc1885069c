/**
 * Textbook presentations of diarrhoea and of haematemesis or melaena entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 30, round 3, curator "r3gi", after a clinician review).
 *
 * Diarrhoea in the emergency department: acute gastroenteritis's prior was Skyum 2019's 16% (bacteria found in the
 * stool), which left viral and culture-negative gastroenteritis out, so C. difficile (10.2%, Abrahamian 2017) sat close
 * behind it. The prior is now Jabak 2022's share of acute community-acquired diarrhoea among adults presenting to an
 * emergency department with acute diarrhoea (679 of 780, 0.87, broader-category: an upper bound). Abrahamian's 10.2% is
 * relabelled proxy (vomiting excluded to enrich for C. difficile, children from 2 years, convenience sample).
 *
 * Haematemesis or melaena: the GerdQ questionnaire (Gong 2019, sensitivity 64.9%, specificity 71.4%, measured in patients
 * with symptoms suggestive of reflux) was weighed, and suggested first, in upper GI bleeding; it now applies only in
 * chronic or recurrent abdominal pain including dyspepsia. NICE CG141's first assessment (Blatchford score for all
 * patients with acute upper GI bleeding, which takes the haemoglobin) is a baseline full blood count.
 *
 * Gaps, not fixed here: (1) the C. difficile PCR (O'Horo 2012, sensitivity 0.92, specificity 0.94 in stool samples of
 * patients tested for C. difficile) is still the first next test of a bare emergency diarrhoea: the meta-analysis's
 * population does not say the patients had antibiotic or healthcare exposure, so no `requiresPresent` was added. (2) The
 * emergency gastroenteritis prior was measured in acute diarrhoea only; for diarrhoea recorded as chronic the grade C
 * ratio (0.1) still leaves gastroenteritis first in the emergency department, since a prior cannot yet be conditioned on
 * a duration finding. (3) Upper GI bleeding needing intervention has no primary-care prior (the emergency figure, 36%,
 * would take the primary-care priors above 1), so the haemoglobin and Blatchford ratios do not act in primary care.
 * (4) Two earlier probes expect C. difficile first in an older woman in the emergency department with diarrhoea after
 * antibiotics and a recent admission (s27-b-gi, s29-r3gen); with the new prior C. difficile rises to about 38% (10.2% times
 * 2.49 and 2.14) but gastroenteritis, which has no ratio for antibiotic or healthcare exposure and is not explained away,
 * stays first. Those expectations were written against the 16% prior; they now fail and are left to the lead.
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of diarrhoea and upper GI bleeding (session 30, r3gi)', () => {
  test('a 36-year-old woman with diarrhoea in the emergency department: gastroenteritis first, above the other causes together', () => {
    // Jabak 2022: 679 of 780 adults presenting to an ED with acute diarrhoea had acute community-acquired diarrhoea (0.87);
    // Abrahamian 2017: C. difficile 10.2% (proxy). Before: gastroenteritis 16% (Skyum 2019, bacteria only) against
    // C. difficile, inflammatory bowel disease, coeliac disease and IBS summing to about 22%.
    const r = run('diarrhoea', 'emergency', 36, 'female', []);
    expect(rankOf(r, 'gastroenteritis')).toBe(1);
    const others = ['clostridioides-difficile-infection', 'inflammatory-bowel-disease', 'coeliac-disease', 'irritable-bowel-syndrome'];
    expect(p(r, 'gastroenteritis')).toBeGreaterThan(others.reduce((s, id) => s + p(r, id), 0));
  });

  test('a 68-year-old man with diarrhoea after antibiotics in the emergency department: C. difficile rises but acute gastroenteritis stays first', () => {
    // Abrahamian 2017: recent antibiotic use in 24 of 43 C. difficile infections (55.8%) against 25.9% of all 422 (LR 2.49,
    // diarrhoea only), so about 24 of 109 antibiotic users (22%) had C. difficile infection: most did not. Before, C.
    // difficile (22%) led gastroenteritis (16%) after antibiotics.
    const bare = run('diarrhoea', 'emergency', 68, 'male', []);
    const r = run('diarrhoea', 'emergency', 68, 'male', ['+recent-antibiotic-use']);
    expect(p(r, 'clostridioides-difficile-infection')).toBeGreaterThan(p(bare, 'clostridioides-difficile-infection'));
    expect(rankOf(r, 'gastroenteritis')).toBe(1);
    expect(rankOf(r, 'clostridioides-difficile-infection')).toBe(2);
  });

  test('haematemesis in primary care: a full blood count is the first next test, and the GerdQ questionnaire is not suggested', () => {
    // NICE CG141 (BMJ summary, Dworzynski 2012): Blatchford score at first assessment for all patients with acute upper GI
    // bleeding (it takes the haemoglobin). Gong 2019's GerdQ accuracy was measured in patients with reflux symptoms.
    for (const [age, sex] of [[68, 'male'], [36, 'female']] as const) {
      const r = run('haematemesis-or-melaena', 'primary-care', age, sex, []);
      expect(r.nextBestTests[0]?.findingId).toBe('haemoglobin-under-8');
      expect(r.nextBestTests[0]?.baseline).toBeDefined();
      expect(r.nextBestTests.map((t) => t.findingId)).not.toContain('gerdq-score-8-or-more');
    }
  });

  test('haematemesis in the emergency department: the blood count leads the tests until a haemoglobin is known', () => {
    // NICE CG141 as above; a recorded haemoglobin (any threshold finding) shows the count was done.
    const r = run('haematemesis-or-melaena', 'emergency', 68, 'male', []);
    expect(r.nextBestTests[0]?.findingId).toBe('haemoglobin-under-8');
    const done = run('haematemesis-or-melaena', 'emergency', 68, 'male', ['-haemoglobin-below-130']);
    expect(done.nextBestTests.some((t) => t.baseline)).toBe(false);
  });

  test('a GerdQ score of 8 or more does not move reflux disease in haematemesis, but still does in dyspepsia', () => {
    // Gong 2019 (149 patients with symptoms suggestive of GERD): cut-off 8, sensitivity 64.9%, specificity 71.4% (LR+ 2.27),
    // now limited to chronic or recurrent abdominal pain including dyspepsia.
    const bleedBare = run('haematemesis-or-melaena', 'primary-care', 50, 'male', []);
    const bleed = run('haematemesis-or-melaena', 'primary-care', 50, 'male', ['+gerdq-score-8-or-more']);
    expect(p(bleed, 'gastro-oesophageal-reflux-disease')).toBeCloseTo(p(bleedBare, 'gastro-oesophageal-reflux-disease'), 6);
    const step = findingStepOf(bleed, 'gastro-oesophageal-reflux-disease', 'gerdq-score-8-or-more');
    expect(step === undefined || !step.counted).toBe(true);
    const dyspepsiaBare = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 50, 'male', ['+heartburn']);
    const dyspepsia = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 50, 'male', ['+heartburn', '+gerdq-score-8-or-more']);
    expect(p(dyspepsia, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(p(dyspepsiaBare, 'gastro-oesophageal-reflux-disease'));
  });

  test('a chronic diarrhoea in the emergency department is not acute gastroenteritis (review of the new prior)', () => {
    // Burgers 2020 (AAFP): chronic diarrhoea is loose stool for more than four weeks; acute gastroenteritis is acute by
    // definition, and its emergency prior (Jabak 2022) was measured in acute diarrhoea. With the very-rare ratio only
    // (LR 0.1) it had stayed first at about 40%; `exclusiveWith` sets it aside.
    const r = run('diarrhoea', 'emergency', 40, 'female', ['+chronic-diarrhoea']);
    expect(rankOf(r, 'gastroenteritis')).toBe(0);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeGreaterThan(0);
  });
});

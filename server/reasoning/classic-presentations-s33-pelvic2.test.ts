/**
 * Women's pelvic pain, chronic and urinary pictures entered as a clinician would (session 33, curator "pelvic2"), on the
 * real knowledge base.
 *
 * What was wrong:
 * - Every pelvic-pain prior was counted in ACUTE pelvic pain (Kruszka 2010: 'acute pelvic pain is generally defined as
 *   pain ... lasting less than three months'; Huchon 2014 excluded chronic pelvic pain; Siedentopf 2016 acute
 *   presentations), so a woman with more than six months of pelvic pain ranked non-specific pain and PID first, with
 *   endometriosis, irritable bowel syndrome and interstitial cystitis on policy priors, and adenomyosis was not on the
 *   pelvic-pain differential at all (in neither the priors nor the unquantified list).
 * - A woman of 30 with acute pelvic pain, dysuria and frequency (no dipstick) ranked endometriosis (policy prior) above
 *   cystitis: endometriosis x dysuria (LR+ 7.49, grade B, J Clin Med 2023, 32.2% against 4.3%) was counted for every
 *   pelvic pain, although its 4.3% background comes from 269 women with longstanding pain symptoms worked up for surgery,
 *   in whom acute cystitis is not a comparison cause.
 * Added or corrected:
 * - problems/pelvic-pain.json: adenomyosis in the unquantified list (Shoukat 2023 EMJ, doi 10.33590/emj/10302260,
 *   abstract: 'Various gynaecological disorders are associated with CPP such as endometriosis, adenomyosis, adhesions,
 *   chronic pelvic inflammatory disease, and pelvic congestion syndrome'); the reasons of irritable bowel syndrome and
 *   endometriosis now name the chronic-pelvic-pain figures that were read and why they are not priors (Zondervan 1999
 *   BJOG, PMID 10549960: in 5051 incident cases in UK general practice 'Irritable bowel syndrome and cystitis were the
 *   most common diagnoses at all ages', 28% never diagnosed; Williams 2004 Obstet Gynecol: 35% of 987 pelvic pain clinic
 *   referrals met Rome I; Choung 2010 PMC3935283: 40% of community women with pelvic pain met Manning or Rome;
 *   Tewhaiti-Smith 2022 PMC8924267: endometriosis 'accounting for 24-40% of CPP diagnoses').
 * - evidence/depth-k4b-gu.json: endometriosis x dysuria now `requiresPresent: pelvic-pain-over-6-months` (its study
 *   population). After: cystitis above endometriosis for acute pelvic pain with dysuria and frequency.
 *
 * Gaps (reported to the lead, not tested):
 * - Chronic pelvic pain still ranks PID and ovarian cyst (acute-cohort priors 0.2 and 0.167) above endometriosis, IBS and
 *   interstitial cystitis. Priors measured in women with pain of more than six months (`populationWith`) cannot be added:
 *   the acute figures stay for those women, and IBS at 0.35 makes a primary-care sum of 1.12 (1.07 even with Zondervan's
 *   28% never diagnosed in place of non-specific pain's 0.33), which kb:check refuses; Zondervan's 28% alone was not
 *   entered because, lower than the acute 0.33, it would only put PID first. The fix needs either acute-cohort priors set
 *   aside for women with the chronic finding (an engine change) or a chronic pelvic pain problem refining this one.
 * - Cystitis from symptoms alone (dysuria and frequency, nothing else entered) is still fifth (prior 0.019, a gynaecology
 *   emergency room's 'urologic disease'; Bent 2002's ratios compare UTI with other causes of urinary symptoms). It rises
 *   to second when no vaginal discharge or irritation is entered (Bent 2002), and leads when dysuria is recorded as a
 *   second presenting problem (the dysuria problem's 48% prior). A UTI prior measured in women with dysuria
 *   (`populationWith: dysuria`, Bent's 48%) is refused by the sum check for the same reason as above.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const urinary = ['+dysuria', '+urinary-frequency'];

describe('women with pelvic pain: adenomyosis on the list, cystitis not below endometriosis for acute urinary symptoms (session 33, pelvic2)', () => {
  test('every finding id used here exists', () => {
    const ids = [...urinary, '+pelvic-pain-over-6-months', '+dysmenorrhoea', '+heavy-menstrual-bleeding', '-vaginal-discharge', '-vaginal-irritation', '+fever', '+cervical-motion-tenderness', '+vaginal-discharge', '-urine-hcg-positive'].map((f) => f.replace(/^[+-]/, ''));
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });

  test.each(settings)('bare pelvic pain in a woman of 40 lists adenomyosis on the policy prior, a man of 30 does not (%s)', (setting) => {
    const woman = run('pelvic-pain', setting, 40, 'female', []);
    expect(rankOf(woman, 'adenomyosis')).toBeGreaterThan(0);
    expect(priorStepOf(woman, 'adenomyosis')?.policy).toBe(true);
    expect(rankOf(run('pelvic-pain', setting, 30, 'male', []), 'adenomyosis')).toBe(0);
  });

  test.each(settings)('dysmenorrhoea and heavy menstrual bleeding raise adenomyosis in a woman of 40 with pelvic pain (%s)', (setting) => {
    const bare = run('pelvic-pain', setting, 40, 'female', []);
    const r = run('pelvic-pain', setting, 40, 'female', ['+dysmenorrhoea', '+heavy-menstrual-bleeding']);
    expect(listedProbOf(r, 'adenomyosis')).toBeGreaterThan(p(bare, 'adenomyosis'));
  });

  test.each(settings)('a woman of 30 with acute pelvic pain, dysuria and frequency: cystitis above endometriosis, whose dysuria ratio does not count (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 30, 'female', urinary);
    expect(listedProbOf(r, 'urinary-tract-infection')).toBeGreaterThan(p(r, 'endometriosis'));
    expect(findingStepOf(r, 'endometriosis', 'dysuria')?.counted).toBe(false);
  });

  test('the endometriosis dysuria ratio still counts for pelvic pain of more than six months, its study population', () => {
    const chronic = run('pelvic-pain', 'primary-care', 30, 'female', [...urinary, '+pelvic-pain-over-6-months']);
    const step = findingStepOf(chronic, 'endometriosis', 'dysuria');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('B');
  });

  test.each(settings)('dysuria and frequency without vaginal discharge or irritation: cystitis above PID and ovarian cyst (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 30, 'female', [...urinary, '-vaginal-discharge', '-vaginal-irritation']);
    expect(listedProbOf(r, 'urinary-tract-infection')).toBeGreaterThan(p(r, 'pelvic-inflammatory-disease'));
    expect(p(r, 'urinary-tract-infection')).toBeGreaterThan(p(r, 'ovarian-cyst'));
  });

  test.each(settings)('guard: a woman of 22 with fever and cervical motion tenderness: PID first, cystitis and adenomyosis below it (%s)', (setting) => {
    const r = run('pelvic-pain', setting, 22, 'female', ['+fever', '+cervical-motion-tenderness', '+vaginal-discharge', '-urine-hcg-positive']);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBe(1);
    expect(p(r, 'adenomyosis')).toBeLessThan(p(r, 'pelvic-inflammatory-disease'));
    expect(p(r, 'urinary-tract-infection')).toBeLessThan(p(r, 'pelvic-inflammatory-disease'));
  });
});

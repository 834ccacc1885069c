/**
 * Women's complaints and haematuria (session 34, curator "women"): breadth-development misses in early-pregnancy pain or
 * bleeding, pelvic pain, postmenopausal bleeding, vaginal bleeding, vaginal discharge and haematuria, each entered here
 * as its textbook picture (problem, setting, age, sex, findings; no vignette wording) on the real knowledge base.
 *
 * What was wrong:
 * - Inflammatory bowel disease under pelvic pain (a young woman with chronic pelvic pain, diarrhoea, weight loss, rectal
 *   bleeding): ninth, on the policy prior alone. Every IBD symptom ratio was limited to other complaints (diarrhoea,
 *   chronic abdominal pain, prolonged fever, weight loss, rectal bleeding).
 * Added (evidence/s34-women.json, pelvic pain only, grade C over the 0.25 policy background):
 * - inflammatory-bowel-disease x unintentional-weight-loss LR+ 1.80, LR- 0.73: the Scandinavian 1983 series (citation
 *   unknown-1983-scandjgastroenterol-ibd-clinical-appearance-at-diagnosis), abstract, weight loss in 43% of 783 UC and 54%
 *   of 185 CD, pooled 45.1%;
 * - inflammatory-bowel-disease x rectal-bleeding LR+ 2.5: Perler 2019 BMC Gastroenterol (citation
 *   perler-2019-bmcgastroenterol-ibd-presenting-symptoms), abstract, Results, blood with stools UC 86.6%, CD 45.3%,
 *   pooled 61.5%. Both the same figures as the existing entries of other complaints; the usual causes of pelvic pain
 *   neither cause weight loss nor bleed per rectum, so the policy background is conservative.
 * After (calibration off): IBD fourth (behind non-specific pain and IBS on cited priors and PID on its policy prior).
 *
 * Already in the first three or near it on the textbook picture (guarded only): atrophic vaginitis first in postmenopausal
 * bleeding with vaginal dryness, dyspareunia and atrophic mucosa (the miss had none of these read); endometrial
 * hyperplasia second in irregular bleeding with obesity and a thick endometrium on ultrasound.
 *
 * Gaps (reported, not fixed):
 * - Pelvic inflammatory disease under vaginal discharge is fifth even with pelvic pain, cervical motion and adnexal
 *   tenderness: policy prior 0.5% against candidiasis, physiological discharge and BV (policy or cited priors, none
 *   lowered by pain or fever); no cited share of PID among women presenting with discharge, and no cited fever frequency
 *   with an identifier was read. Lower-quadrant pain (LLQ/RLQ) does not imply pelvic-pain-symptom, so a lateral lower
 *   abdominal pain carries no PID ratio (engine/finding lead).
 * - Urolithiasis in haematuria (man of 55, loin pain, visible blood): fourth; the flank-pain ratio is grade C and the
 *   bladder-cancer and BPH figures are cited priors; no haematuria cohort with loin-pain frequencies was read.
 * - Renal cancer in haematuria with flank pain, weight loss and anaemia: fifth to sixth, behind urolithiasis; no flank-mass finding exists and no accuracy
 *   figure for the classic triad was read.
 * - Acute appendicitis and uterine fibroids in early pregnancy: fourth on policy priors; the Thai nausea/vomiting ratio
 *   was not carried into pregnancy, where nausea is physiological and its background far above that cohort's.
 * - Cervical cancer in postmenopausal bleeding with a suspicious cervix: fourth / fifth (Gredmark 1995 prior 1.3%).
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const ibd = ['+pelvic-pain-symptom', '+pelvic-pain-over-6-months', '+abdominal-pain', '+diarrhoea', '+unintentional-weight-loss', '+rectal-bleeding'];

describe('women and haematuria: session 34 misses (women)', () => {
  test.each(settings)('a woman of 31 with chronic pelvic pain, diarrhoea, weight loss and rectal bleeding: IBD in the first four (%s)', (setting) => {
    // Before: ninth (policy prior alone).
    const r = run('pelvic-pain', setting, 31, 'female', ibd);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeLessThanOrEqual(4);
    expect(findingStepOf(r, 'inflammatory-bowel-disease', 'unintentional-weight-loss')?.counted).toBe(true);
    const bare = run('pelvic-pain', setting, 31, 'female', ['+pelvic-pain-symptom', '+pelvic-pain-over-6-months', '+abdominal-pain']);
    expect(p(r, 'inflammatory-bowel-disease')).toBeGreaterThan(2 * p(bare, 'inflammatory-bowel-disease'));
  });

  test('the IBD weight-loss ratio stays out of vaginal discharge', () => {
    const r = run('vaginal-discharge', 'primary-care', 31, 'female', ['+vaginal-discharge', '+unintentional-weight-loss']);
    expect(findingStepOf(r, 'inflammatory-bowel-disease', 'unintentional-weight-loss')?.counted ?? false).toBe(false);
  });

  test.each(settings)('a woman of 62 with postmenopausal bleeding, vaginal dryness, dyspareunia and atrophic mucosa: atrophic vaginitis first (%s)', (setting) => {
    const r = run('postmenopausal-bleeding', setting, 62, 'female', ['+postmenopausal-bleeding', '+abnormal-vaginal-bleeding', '+vaginal-dryness', '+dyspareunia', '+atrophic-vaginal-mucosa-on-examination']);
    expect(rankOf(r, 'atrophic-vaginitis')).toBe(1);
  });

  test.each(settings)('a woman of 59 never screened, bleeding after the menopause, with a suspicious cervix: cervical cancer in the first five (%s)', (setting) => {
    // Gap: fourth (primary care) / fifth (emergency, behind the 9% endometrial-cancer prior) on cited priors.
    const r = run('postmenopausal-bleeding', setting, 59, 'female', ['+postmenopausal-bleeding', '+cervix-suspicious-for-cancer-on-speculum-examination', '+cervical-screening-lapsed-or-never-attended']);
    expect(rankOf(r, 'cervical-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'cervical-cancer')).toBeLessThanOrEqual(5);
  });

  test.each(settings)('a woman of 35 with obesity, irregular bleeding and a thick endometrium on ultrasound: endometrial hyperplasia in the first three (%s)', (setting) => {
    const r = run('vaginal-bleeding', setting, 35, 'female', ['+abnormal-vaginal-bleeding', '+irregular-menstrual-bleeding', '+bmi-30-or-more', '+tvus-suggests-endometrial-hyperplasia']);
    expect(rankOf(r, 'endometrial-hyperplasia')).toBeGreaterThan(0);
    expect(rankOf(r, 'endometrial-hyperplasia')).toBeLessThanOrEqual(3);
  });

  test.each(settings)('a woman of 22 with discharge, pelvic pain, fever, cervical motion and adnexal tenderness: PID in the first five (%s)', (setting) => {
    // Gap: fifth (policy prior).
    const r = run('vaginal-discharge', setting, 22, 'female', ['+vaginal-discharge', '+abdominal-pain', '+pelvic-pain-symptom', '+fever', '+cervical-motion-tenderness', '+adnexal-tenderness', '+dyspareunia']);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeLessThanOrEqual(5);
  });

  test.each(settings)('a man of 55 with loin pain and visible haematuria: urolithiasis in the first four (%s)', (setting) => {
    // Gap: fourth in primary care (grade C flank-pain ratio).
    const r = run('haematuria', setting, 55, 'male', ['+haematuria', '+visible-haematuria', '+flank-pain', '+nausea-or-vomiting']);
    expect(rankOf(r, 'urolithiasis')).toBeGreaterThan(0);
    expect(rankOf(r, 'urolithiasis')).toBeLessThanOrEqual(4);
  });

  test.each(settings)('a man of 60 with visible haematuria, flank pain, weight loss and anaemia: renal cancer in the first six (%s)', (setting) => {
    // Gap: sixth (primary care) / fifth (emergency) (no flank-mass finding, no triad accuracy figure).
    const r = run('haematuria', setting, 60, 'male', ['+haematuria', '+visible-haematuria', '+flank-pain', '+unintentional-weight-loss', '+haemoglobin-below-120']);
    expect(rankOf(r, 'renal-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'renal-cancer')).toBeLessThanOrEqual(6);
  });

  test.each(settings)('a pregnant woman of 30 with right-lower-quadrant pain, anorexia, vomiting and fever: appendicitis in the first four (%s)', (setting) => {
    // Gap: fourth (policy prior).
    const r = run('early-pregnancy-pain-or-bleeding', setting, 30, 'female', ['+abdominal-pain', '+right-lower-quadrant-pain', '+nausea-or-vomiting', '+loss-of-appetite', '+fever']);
    expect(rankOf(r, 'acute-appendicitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'acute-appendicitis')).toBeLessThanOrEqual(4);
  });
});

/**
 * Dysuria and vaginal discharge (session 33, round 4, curator "uro5"): the textbook picture of every cause of the two
 * complaints that had no guard, entered as a clinician would (problem, setting, age, sex, 3-6 findings; no vignette), on the
 * real knowledge base, in both settings.
 *
 * Ranks found (primary care / emergency), before any change:
 * - Dysuria: atrophic vaginitis 1/1, interstitial cystitis 2/2, lichen sclerosus 3/3, bacterial vaginosis 4/5,
 *   trichomoniasis 7/6, epididymo-orchitis 7/7, a ureteric stone 7/7 (0.6%), bladder cancer 7/7, benign prostatic
 *   hyperplasia 8/8, pelvic inflammatory disease 9/9.
 * - Vaginal discharge: physiological discharge 1/1, genital herpes 1/1, chlamydial or gonococcal cervicitis 4/4, pelvic
 *   inflammatory disease 5/5, cervical ectropion 5/5, a retained foreign body 5/5, cervical cancer 6/6, endometrial cancer
 *   6/6 (after atrophic vaginitis), vulval contact dermatitis 10/10.
 *
 * Added (evidence/s33-uro5.json): urolithiasis x flank (loin) pain in dysuria, LR+ 3.58, grade C, Minotti 2020 (BMC Urol,
 * PMID 32770985, doi 10.1186/s12894-020-00690-7, Background: renal colic 'is characterized by sudden onset of severe loin
 * pain, radiating to the flank, groin, and testes or labia majora'; 0.895 capped very-frequent over the 25% policy
 * background), as already entered for haematuria and scrotal pain. Presence only: the stones that cause dysuria are the
 * distal ones, which may give groin pain without loin pain. A man of 40 with dysuria, loin pain, blood in the urine and
 * vomiting without fever: the stone rises from 0.6% to about 2% but stays seventh (the ratio cannot lift a 0.5% policy prior
 * past cited causes; no share of stones among dysuria presentations was read).
 *
 * Gaps (reported to the lead, not fixed: no readable figure with an identifier):
 * - Epididymo-orchitis (policy prior 0.5%) stays seventh for a man of 30 with dysuria and a tender swollen epididymis, below
 *   prostatitis, cystitis and pyelonephritis: scrotal pain is its only counted finding (the examined epididymis is in the
 *   same correlation group); Roth 2018's 58.4% (acute scrotum) cannot be a `populationWith` prior beside the male dysuria
 *   strata (they already sum to 0.85). Michels 2015's Table 1 (would name epididymitis as a cause for the coverage list)
 *   was not read.
 * - Pelvic inflammatory disease in dysuria (ninth, pyelonephritis first on fever alone): its examination ratios (Iwata
 *   2022) and the pelvic-pain ratio are limited to pelvic pain and vaginal discharge, deliberately (suprapubic pain of
 *   cystitis); no frequency of lower abdominal pain among women with dysuria without PID was read.
 * - Bladder cancer and benign prostatic hyperplasia in dysuria: visible haematuria, smoking, nocturia and hesitancy carry
 *   ratios in haematuria only (measured there), so the pictures do not move them; urinary infection first is the usual
 *   answer in a man with dysuria, so only the listing is guarded.
 * - Trichomoniasis and bacterial vaginosis in dysuria: a yellow discharge or a perceived odour has no positive ratio
 *   (Anderson 2004 gives the absence only), so the pictures leave both where the complaint put them.
 * - Vulval contact dermatitis (tenth): the contact-history ratios are limited to rash and pruritus; no figure for vaginal
 *   discharge was read. Wathne 1994 (Acta Obstet Gynecol Scand 73(10):802-8; 101 general-practice women with discharge:
 *   chlamydia 15%, genital herpes 7%) is a lead; no PMID or DOI was seen.
 * Expectations are about order and direction, not percentages (the recalibration is refitted whenever the knowledge changes).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const STI = 'sexually-transmitted-genitourinary-infection';

const pictures = {
  bacterialVaginosis: ['+dysuria', '+vaginal-discharge', '-no-vaginal-odour', '-vulvovaginal-inflammation-on-examination', '-fever'],
  epididymitis: ['+dysuria', '+scrotal-or-testicular-pain-or-swelling', '+tender-swollen-epididymis', '+gradual-onset-scrotal-pain', '+fever'],
  atrophicVaginitis: ['+dysuria', '+vaginal-dryness', '+dyspareunia', '+atrophic-vaginal-mucosa-on-examination', '+vaginal-irritation'],
  stone: ['+dysuria', '+flank-pain', '+visible-haematuria', '+nausea-or-vomiting', '-fever'],
  bph: ['+dysuria', '+nocturia', '+urinary-hesitancy', '+urinary-frequency', '-fever'],
  bladderCancer: ['+dysuria', '+visible-haematuria', '+current-smoker', '-fever'],
  interstitialCystitis: ['+dysuria', '+bladder-pain-with-filling-or-painful-urgency', '+urinary-frequency', '+urinary-urgency', '+nocturia', '+pelvic-pain-over-6-months', '-fever'],
  lichenSclerosus: ['+dysuria', '+vulvar-hypopigmentation', '+vulvar-fissures', '+pruritus', '+dyspareunia'],
  pidDysuria: ['+dysuria', '+pelvic-pain-symptom', '+cervical-motion-tenderness', '+adnexal-tenderness', '+fever', '+vaginal-discharge'],
  trichomoniasis: ['+dysuria', '+vaginal-discharge', '-no-yellow-vaginal-discharge-on-examination', '+vaginal-irritation', '-no-vaginal-odour'],
  cervicitis: ['+vaginal-discharge', '+mucopurulent-cervical-discharge-with-pmn', '+cervical-discharge-with-friability-or-erythema', '+postcoital-bleeding'],
  physiological: ['+vaginal-discharge', '+vaginal-discharge-varies-with-menstrual-cycle', '+no-vaginal-odour', '+no-vulvovaginal-itching', '-vulvovaginal-inflammation-on-examination'],
  pidDischarge: ['+vaginal-discharge', '+pelvic-pain-symptom', '+cervical-motion-tenderness', '+adnexal-tenderness', '+fever'],
  cervicalCancer: ['+vaginal-discharge', '+postcoital-bleeding', '+abnormal-vaginal-bleeding', '+cervix-suspicious-for-cancer-on-speculum-examination', '+cervical-screening-lapsed-or-never-attended'],
  herpes: ['+vaginal-discharge', '+genital-ulcer', '+multiple-shallow-tender-genital-ulcers', '+dysuria', '+axillary-or-inguinal-lymphadenopathy'],
  contactDermatitis: ['+vaginal-discharge', '+vaginal-irritation', '+pruritus', '+rash-at-site-of-contact-with-substance', '+vulvovaginal-inflammation-on-examination', '+vaginal-swab-tests-negative-for-vaginitis'],
  ectropion: ['+vaginal-discharge', '+cervical-ectropion-on-speculum-examination', '+postcoital-bleeding', '+vaginal-swab-tests-negative-for-vaginitis'],
  foreignBody: ['+vaginal-discharge', '+reported-vaginal-object-insertion', '-no-vaginal-odour', '+vaginal-foreign-body-seen-on-examination'],
  endometrialCancer: ['+vaginal-discharge', '+postmenopausal-bleeding', '+bmi-30-or-more', '+history-of-diabetes-mellitus'],
};

describe('the pictures use findings that exist (session 33, uro5)', () => {
  test('every finding of every picture is in the knowledge base', () => {
    const ids = Object.values(pictures).flat().map((f) => f.slice(1));
    expect(ids.filter((id) => !kb.findings.has(id))).toEqual([]);
  });
});

describe('dysuria: causes without a guard before session 33, round 4 (uro5)', () => {
  test.each(settings)('a postmenopausal woman of 62 with dryness, dyspareunia and a pale thin vaginal mucosa: atrophic vaginitis first (%s)', (setting) => {
    const r = run('dysuria', setting, 62, 'female', pictures.atrophicVaginitis);
    expect(rankOf(r, 'atrophic-vaginitis')).toBe(1);
    expect(listedProbOf(r, 'atrophic-vaginitis')).toBeGreaterThan(p(r, 'urinary-tract-infection'));
  });

  test.each(settings)('a woman of 40 with months of bladder pain on filling, frequency, urgency and nocturia, no fever: interstitial cystitis in the first two (%s)', (setting) => {
    const bare = run('dysuria', setting, 40, 'female', []);
    const r = run('dysuria', setting, 40, 'female', pictures.interstitialCystitis);
    expect(rankOf(r, 'interstitial-cystitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'interstitial-cystitis')).toBeLessThanOrEqual(2);
    // At least doubled (the displayed figure is recalibrated, which compresses the chain's ratio; lead, session 33).
    expect(listedProbOf(r, 'interstitial-cystitis')).toBeGreaterThan(2 * p(bare, 'interstitial-cystitis'));
    expect(p(r, 'interstitial-cystitis')).toBeGreaterThan(p(r, 'acute-pyelonephritis'));
  });

  test.each(settings)('a woman of 60 with white atrophic vulval skin, fissures, itch and dyspareunia: lichen sclerosus in the first three (%s)', (setting) => {
    const r = run('dysuria', setting, 60, 'female', pictures.lichenSclerosus);
    expect(rankOf(r, 'lichen-sclerosus')).toBeGreaterThan(0);
    expect(rankOf(r, 'lichen-sclerosus')).toBeLessThanOrEqual(3);
    expect(listedProbOf(r, 'lichen-sclerosus')).toBeGreaterThan(p(r, 'interstitial-cystitis'));
    expect(p(r, 'lichen-sclerosus')).toBeGreaterThan(p(r, 'vulvovaginal-candidiasis'));
  });

  test.each(settings)('a woman of 28 with dysuria, a malodorous discharge and no vulval inflammation: bacterial vaginosis in the first five, cystitis lower than bare (%s)', (setting) => {
    // Bent 2002 (existing): vaginal discharge lowers cystitis. Gap: a perceived odour has no positive ratio for BV.
    const bare = run('dysuria', setting, 28, 'female', []);
    const r = run('dysuria', setting, 28, 'female', pictures.bacterialVaginosis);
    expect(rankOf(r, 'bacterial-vaginosis')).toBeGreaterThan(0);
    expect(rankOf(r, 'bacterial-vaginosis')).toBeLessThanOrEqual(5);
    expect(p(r, 'urinary-tract-infection')).toBeLessThan(p(bare, 'urinary-tract-infection'));
    expect(listedProbOf(r, 'bacterial-vaginosis')).toBeGreaterThan(p(r, 'urinary-tract-infection') / 5);
  });

  test.each(settings)('a woman of 25 with dysuria, a yellow malodorous discharge and vulval irritation: trichomoniasis in the first seven (%s)', (setting) => {
    // Gap: no positive ratio for a yellow discharge (Anderson 2004 gives its absence only, LR 0.12).
    const r = run('dysuria', setting, 25, 'female', pictures.trichomoniasis);
    expect(rankOf(r, 'trichomoniasis')).toBeGreaterThan(0);
    expect(rankOf(r, 'trichomoniasis')).toBeLessThanOrEqual(7);
    expect(p(r, 'trichomoniasis')).toBeGreaterThan(p(r, 'pelvic-inflammatory-disease'));
  });

  test.each(settings)('a man of 30 with dysuria and a tender swollen epididymis: epididymo-orchitis rises and is listed (%s)', (setting) => {
    // Gap: seventh, on a 0.5% policy prior (see header).
    const bare = run('dysuria', setting, 30, 'male', []);
    const r = run('dysuria', setting, 30, 'male', pictures.epididymitis);
    expect(listedProbOf(r, 'epididymo-orchitis')).toBeGreaterThan(2 * p(bare, 'epididymo-orchitis'));
    expect(findingStepOf(r, 'epididymo-orchitis', 'scrotal-or-testicular-pain-or-swelling')?.counted).toBe(true);
  });

  test.each(settings)('a man of 40 with dysuria, loin pain, visible blood and vomiting, no fever: loin pain now counts for a ureteric stone (%s)', (setting) => {
    // Minotti 2020 (defining feature of renal colic, 0.895 capped over the 25% policy background): LR+ 3.58, grade C.
    const r = run('dysuria', setting, 40, 'male', pictures.stone);
    const step = findingStepOf(r, 'urolithiasis', 'flank-pain');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('C');
    const unknown = run('dysuria', setting, 40, 'male', pictures.stone.filter((f) => f !== '+flank-pain'));
    expect(listedProbOf(r, 'urolithiasis')).toBeGreaterThan(2 * p(unknown, 'urolithiasis'));
    // Presence only: loin pain absent does not count against a stone (distal stones).
    const absent = run('dysuria', setting, 40, 'male', [...pictures.stone.filter((f) => f !== '+flank-pain'), '-flank-pain']);
    expect(findingStepOf(absent, 'urolithiasis', 'flank-pain')?.counted ?? false).toBe(false);
    expect(p(absent, 'urolithiasis')).toBeCloseTo(p(unknown, 'urolithiasis'), 6);
  });

  test('loin pain still does not count for a stone in low back pain (the dysuria entry is limited to dysuria)', () => {
    const r = run('low-back-pain', 'emergency', 40, 'male', ['+flank-pain']);
    expect(findingStepOf(r, 'urolithiasis', 'flank-pain')?.counted ?? false).toBe(false);
  });

  test.each(settings)('a man of 70 with dysuria, nocturia, hesitancy and frequency, no fever: infection first, prostatic hyperplasia listed (%s)', (setting) => {
    const r = run('dysuria', setting, 70, 'male', pictures.bph);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
    expect(rankOf(r, 'benign-prostatic-hyperplasia')).toBeGreaterThan(0);
    expect(p(r, 'prostatitis')).toBeGreaterThan(p(r, 'benign-prostatic-hyperplasia'));
  });

  test.each(settings)('a smoker of 70 with dysuria and visible haematuria, no fever: infection first, bladder cancer listed (%s)', (setting) => {
    const r = run('dysuria', setting, 70, 'male', pictures.bladderCancer);
    expect(rankOf(r, 'urinary-tract-infection')).toBe(1);
    expect(rankOf(r, 'bladder-cancer')).toBeGreaterThan(0);
  });

  test.each(settings)('a woman of 22 with dysuria, pelvic pain, cervical motion and adnexal tenderness, fever and discharge: PID listed (%s)', (setting) => {
    // Gap: ninth in dysuria (the PID ratios are limited to pelvic pain and vaginal discharge); the same woman presenting
    // with a discharge has PID higher.
    const r = run('dysuria', setting, 22, 'female', pictures.pidDysuria);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeGreaterThan(0);
    const discharge = run('vaginal-discharge', setting, 22, 'female', pictures.pidDischarge);
    expect(rankOf(discharge, 'pelvic-inflammatory-disease')).toBeLessThan(rankOf(r, 'pelvic-inflammatory-disease'));
  });
});

describe('vaginal discharge: causes without a guard before session 33, round 4 (uro5)', () => {
  test.each(settings)('a woman of 25 with a cyclical discharge, no odour, no itch and a normal vulva: physiological discharge first (%s)', (setting) => {
    const r = run('vaginal-discharge', setting, 25, 'female', pictures.physiological);
    expect(rankOf(r, 'physiological-vaginal-discharge')).toBe(1);
    expect(listedProbOf(r, 'physiological-vaginal-discharge')).toBeGreaterThan(p(r, 'bacterial-vaginosis'));
  });

  test.each(settings)('a woman of 25 with multiple shallow tender genital ulcers and inguinal nodes: genital herpes first (%s)', (setting) => {
    const r = run('vaginal-discharge', setting, 25, 'female', pictures.herpes);
    expect(rankOf(r, 'genital-herpes')).toBe(1);
  });

  test.each(settings)('a woman of 20 with a mucopurulent friable cervix and postcoital bleeding: cervicitis rises into the first four (%s)', (setting) => {
    const bare = run('vaginal-discharge', setting, 20, 'female', []);
    const r = run('vaginal-discharge', setting, 20, 'female', pictures.cervicitis);
    expect(rankOf(r, STI)).toBeGreaterThan(0);
    expect(rankOf(r, STI)).toBeLessThanOrEqual(4);
    expect(listedProbOf(r, STI)).toBeGreaterThan(2 * p(bare, STI));
    expect(p(r, STI)).toBeGreaterThan(p(r, 'trichomoniasis'));
  });

  test.each(settings)('a woman of 22 with discharge, pelvic pain, cervical motion and adnexal tenderness and fever: PID rises into the first five (%s)', (setting) => {
    const bare = run('vaginal-discharge', setting, 22, 'female', []);
    const r = run('vaginal-discharge', setting, 22, 'female', pictures.pidDischarge);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'pelvic-inflammatory-disease')).toBeLessThanOrEqual(5);
    expect(listedProbOf(r, 'pelvic-inflammatory-disease')).toBeGreaterThan(3 * p(bare, 'pelvic-inflammatory-disease'));
  });

  test.each(settings)('a woman of 22 with an ectropion seen, postcoital bleeding and negative swabs: ectropion rises into the first five (%s)', (setting) => {
    const bare = run('vaginal-discharge', setting, 22, 'female', []);
    const r = run('vaginal-discharge', setting, 22, 'female', pictures.ectropion);
    expect(rankOf(r, 'cervical-ectropion')).toBeGreaterThan(0);
    expect(rankOf(r, 'cervical-ectropion')).toBeLessThanOrEqual(5);
    expect(listedProbOf(r, 'cervical-ectropion')).toBeGreaterThan(3 * p(bare, 'cervical-ectropion'));
  });

  test.each(settings)('a woman of 30 with a malodorous discharge and a retained object seen: foreign body rises into the first five (%s)', (setting) => {
    const bare = run('vaginal-discharge', setting, 30, 'female', []);
    const r = run('vaginal-discharge', setting, 30, 'female', pictures.foreignBody);
    expect(rankOf(r, 'vaginal-foreign-body')).toBeGreaterThan(0);
    expect(rankOf(r, 'vaginal-foreign-body')).toBeLessThanOrEqual(5);
    expect(listedProbOf(r, 'vaginal-foreign-body')).toBeGreaterThan(3 * p(bare, 'vaginal-foreign-body'));
  });

  test.each(settings)('a woman of 45 with postcoital bleeding, a suspicious cervix and lapsed screening: cervical cancer rises above endometrial cancer (%s)', (setting) => {
    const bare = run('vaginal-discharge', setting, 45, 'female', []);
    const r = run('vaginal-discharge', setting, 45, 'female', pictures.cervicalCancer);
    expect(listedProbOf(r, 'cervical-cancer')).toBeGreaterThan(2 * p(bare, 'cervical-cancer'));
    expect(p(r, 'cervical-cancer')).toBeGreaterThan(p(r, 'endometrial-cancer'));
    expect(rankOf(r, 'cervical-cancer')).toBeLessThanOrEqual(6);
  });

  test.each(settings)('a woman of 65 with postmenopausal bleeding, obesity and diabetes: atrophic vaginitis first, endometrial cancer rises above cervical cancer (%s)', (setting) => {
    const bare = run('vaginal-discharge', setting, 65, 'female', []);
    const r = run('vaginal-discharge', setting, 65, 'female', pictures.endometrialCancer);
    expect(rankOf(r, 'atrophic-vaginitis')).toBe(1);
    expect(listedProbOf(r, 'endometrial-cancer')).toBeGreaterThan(2 * p(bare, 'endometrial-cancer'));
    expect(p(r, 'endometrial-cancer')).toBeGreaterThan(p(r, 'cervical-cancer'));
  });

  test.each(settings)('a woman of 35 with vulval irritation and itch after a new product, an inflamed vulva and negative swabs: contact dermatitis listed (%s)', (setting) => {
    // Gap: tenth; the contact-history ratios count in rash and pruritus only.
    const r = run('vaginal-discharge', setting, 35, 'female', pictures.contactDermatitis);
    expect(rankOf(r, 'contact-dermatitis')).toBeGreaterThan(0);
  });
});

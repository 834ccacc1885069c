/**
 * Genitourinary and endocrine complaints (session 38, curator "gu-endo"): scrotal pain, haematuria, anaemia, fatigue,
 * hyperglycaemia, polyuria or polydipsia, low mood or anxiety, insomnia.
 *
 * What was wrong: primary-care scrotal pain took every prior from emergency acute-scrotum cohorts (Roth 2018: infection
 * 58%, torsion 9.5%; Blaivas 2001), so a man with weeks of scrotal ache started with epididymo-orchitis at 58% and
 * varicocele (no prior) at the policy figure.
 * Added (problems/scrotal-pain.json, findings/scrotal-pain-over-14-days.json, citation
 * rottenstreich-2017-bmcresnotes-chronic-scrotal-pain, doi 10.1186/s13104-017-2590-0, abstract read):
 * - primary-care priors measured in 3084 young men in military primary care with scrotal pain longer than 14 days,
 *   used only when that duration is recorded (populationWith scrotal-pain-over-14-days): varicocele 0.541, inguinal
 *   hernia 0.045, epididymo-orchitis 0.043 ('genital infection', broader-category), hydrocele 0.042 (proxy: young
 *   soldiers, age range not displayed). No torsion and no malignancy in that cohort: those take the policy prior there.
 * - the acute-scrotum priors (both settings) are set aside for such a man (populationWithout), so the two cohorts never
 *   add up; in the emergency department he takes the primary-care chronic figures as other-setting.
 * Without a recorded duration nothing changes (the development cases had none), so those misses stay.
 * - diabetic ketoacidosis x dyspnoea, emergency hyperglycaemia only, grade A (evidence/s38-gu-endo.json): sensitivity
 *   0.750, specificity 0.661 (LR+ 2.21, LR- 0.38) from 42 of 56 with DKA against 74 of 218 with simple hyperglycaemia,
 *   the rest of an emergency cohort with capillary glucose over 250 mg/dL (Peamyao 2025, doi 10.14740/jocmr6180,
 *   Table 1). Not carried to primary care. Its other rows were not entered: respiratory rate is given as means only
 *   (27.4 vs 22.1/min, no threshold frequency), 'gastrointestinal/hepatobiliary' symptoms (41.1% vs 25.2%) is broader
 *   than the abdominal-pain or vomiting findings, and fever (32.1% vs 25.2%) hardly discriminates.
 *
 * What else was looked at (development-case descriptions used only to choose what to read), and why nothing was entered:
 * - Hyperglycaemia with pH below 7.30 and bicarbonate below 18 gave diabetic ketoacidosis only a few per cent. Reasons
 *   found in the base, none a misapplied ratio: (1) in primary care the DKA prior is the policy prior (the emergency
 *   figure, Arora 2011 doi 10.2337/dc10-1844, 54 of 516, is an upper bound there for a can't-miss diagnosis); (2) the
 *   acidosis ratio is grade C over the policy background (pH below 7.30 is a defining criterion, LR+ 3.58), and
 *   bicarbonate below 18 shares the `metabolic-acidosis` group, so only one counts; (3) the discriminating graded
 *   entries are the ketones (Arora 2011: urine dipstick 98.1%/35.1%, capillary beta-hydroxybutyrate over 1.5 mmol/L
 *   98.1%/78.6%), which were not recorded. No cohort giving pH below 7.30 among hyperglycaemic patients without DKA was
 *   found (Endocr Res 2004, PMID 15554356, counts acidosis only inside its ketotic subgroup), so no grade A/B acidosis
 *   ratio was entered. The test below pins that a recorded ketone result moves DKA.
 * - Scrotal pain: varicocele x left side stays at LR+ 1.41 (70.6% left in Alkhamees 2020). BMJ Best Practice says 90%
 *   left and 10% bilateral (no persistent identifier), while Alsaikhan 2016 (PMC4770482) says up to 50% of men with a
 *   varicocele have bilateral ones: the sources disagree, so the ratio was not raised. Primary-care priors still come
 *   from the Bern emergency cohort (Roth 2018); GP-referral clinic cohorts were read only as abstracts: Muthuveloe 2016
 *   (doi 10.1186/s40064-016-1722-7; 1757 new referrals over 15, malignancy 5.6%, no per-cause table read), Rochester
 *   2008 (PMID 18701008, PMC2728304; 1017 GP referrals, no per-cause shares in the abstract), and a UK series of 845
 *   referrals (cancer 33, epididymal cyst 228, hydrocele 96) quoted only by Stonier 2017 (Practitioner, no identifier).
 *   Foster 2006 (PMC1964653) was not reached. Referred patients are a selected subset of primary care, so none replaced
 *   the prior.
 * - Haematuria: glomerulonephritis x sore throat (synpharyngitic IgA nephropathy: macroscopic haematuria in 40-50% of
 *   IgA nephropathy, 80% of episodes with upper respiratory infection) was read only in Medscape and BMJ Best Practice
 *   (no identifier), and no sore-throat frequency among patients with haematuria exists to weigh it against: declined.
 *   Renal cancer x flank pain: Vasudev 2020 (BMJ Open 10(5):e035938) abstract gives visible haematuria 23% and 60%
 *   incidental, but the flank-pain share was not readable, and no flank-pain frequency among patients with haematuria
 *   was found: declined. Urolithiasis x loin tenderness (Higuchi 2023, PMID 36605912) not read this session.
 * - Anaemia: myeloma's distinguishing entries (raised creatinine, classic-presentations) are not in an emergency anaemia
 *   chart that has only a low haemoglobin and platelets; Kyle 2003's anaemia 73% is the complaint itself. Stays a miss.
 * - Fatigue: hypothyroidism x bradycardia (LR 1.2, Islam 2021) and x weight gain (2.6) are the graded signs; no better
 *   per-sign accuracy (Billewicz, Zulewski) was read. Major depression x a recorded depressed mood (Mitchell 2007,
 *   LR+ 10.7 from unselected primary care) may overstate in fatigue, as its population already says; no fatigue-cohort
 *   figure was found to replace it, so it was left.
 * - Low mood, insomnia, polyuria: the expected diagnoses (adjustment disorder, persistent depressive disorder, bipolar
 *   disorder, type 1 diabetes) differ from the leaders only by course and history not on those charts: stays a miss.
 * Expectations are about direction and scope, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 38 (gu-endo)', () => {
  const acidotic = ['+glucose-over-13-9', '+ph-below-7-3', '+bicarbonate-below-18', '+polyuria-or-polydipsia-symptom'];

  test('in emergency hyperglycaemia with acidosis, recorded ketones raise diabetic ketoacidosis', () => {
    const without = run('hyperglycaemia', 'emergency', 40, 'male', acidotic);
    const withKetones = run('hyperglycaemia', 'emergency', 40, 'male', [...acidotic, '+beta-hydroxybutyrate-over-1-5']);
    expect(p(withKetones, 'diabetic-ketoacidosis')).toBeGreaterThan(1.3 * p(without, 'diabetic-ketoacidosis'));
  });

  test('in emergency hyperglycaemia, dyspnoea raises diabetic ketoacidosis and its absence lowers it; not in primary care', () => {
    const bare = run('hyperglycaemia', 'emergency', 40, 'male', ['+glucose-over-13-9']);
    const breathless = run('hyperglycaemia', 'emergency', 40, 'male', ['+glucose-over-13-9', '+dyspnoea']);
    const not = run('hyperglycaemia', 'emergency', 40, 'male', ['+glucose-over-13-9', '-dyspnoea']);
    expect(p(breathless, 'diabetic-ketoacidosis')).toBeGreaterThan(1.3 * p(bare, 'diabetic-ketoacidosis'));
    expect(p(not, 'diabetic-ketoacidosis')).toBeLessThan(p(bare, 'diabetic-ketoacidosis'));
    const primary = run('hyperglycaemia', 'primary-care', 40, 'male', ['+glucose-over-13-9', '+dyspnoea']);
    expect(findingStepOf(primary, 'diabetic-ketoacidosis', 'dyspnoea')?.counted ?? false).toBe(false);
  });

  test('pH below 7.30 and bicarbonate below 18 count once for diabetic ketoacidosis (one acidosis group)', () => {
    const r = run('hyperglycaemia', 'emergency', 40, 'male', acidotic);
    const ph = findingStepOf(r, 'diabetic-ketoacidosis', 'ph-below-7-3');
    expect(ph?.counted).toBe(true);
    const bicarb = findingStepOf(r, 'diabetic-ketoacidosis', 'bicarbonate-below-18');
    expect(bicarb === undefined || bicarb.counted === false).toBe(true);
  });

  test('primary-care scrotal pain of more than 14 days: varicocele leads, acute causes recede', () => {
    const acute = run('scrotal-pain', 'primary-care', 24, 'male', ['-scrotal-pain-over-14-days']);
    const chronic = run('scrotal-pain', 'primary-care', 24, 'male', ['+scrotal-pain-over-14-days']);
    expect(rankOf(acute, 'epididymo-orchitis')).toBe(1);
    expect(rankOf(chronic, 'varicocele')).toBe(1);
    expect(p(chronic, 'testicular-torsion')).toBeLessThan(p(acute, 'testicular-torsion'));
    expect(p(chronic, 'epididymo-orchitis')).toBeLessThan(p(acute, 'epididymo-orchitis'));
  });

  test('the chronic-scrotal-pain priors are used only with the duration recorded, and never beside the acute ones', () => {
    const unknown = run('scrotal-pain', 'primary-care', 24, 'male', []);
    expect(rankOf(unknown, 'epididymo-orchitis')).toBe(1);
    for (const setting of ['primary-care', 'emergency'] as const) {
      const r = run('scrotal-pain', setting, 24, 'male', ['+scrotal-pain-over-14-days']);
      expect(rankOf(r, 'varicocele')).toBe(1);
      const total = r.differential.reduce((sum, d) => sum + d.probability, 0);
      expect(total).toBeLessThan(1.2);
    }
    const priors = kb.problems.get('scrotal-pain')!.priors['primary-care']!;
    const varicocele = priors.filter((x) => x.condition === 'varicocele');
    expect(varicocele.length).toBe(1);
    expect(varicocele[0].populationWith).toBe('scrotal-pain-over-14-days');
    expect(priors.filter((x) => x.source.citation.startsWith('roth-2018')).every((x) => x.populationWithout === 'scrotal-pain-over-14-days')).toBe(true);
  });

  test('a left-sided scrotal swelling raises varicocele, and its ratio stays modest', () => {
    const bare = run('scrotal-pain', 'primary-care', 21, 'male', []);
    const left = run('scrotal-pain', 'primary-care', 21, 'male', ['+left-sided-scrotal-pain-or-swelling']);
    expect(p(left, 'varicocele')).toBeGreaterThan(p(bare, 'varicocele'));
    const entries = kb.evidence.filter((e) => e.condition === 'varicocele' && e.finding === 'left-sided-scrotal-pain-or-swelling');
    expect(entries.length).toBe(1);
    expect(entries[0].lrPositive).toBeLessThan(2);
  });

  test('proteinuria raises glomerulonephritis in haematuria; a sore throat carries no ratio for it', () => {
    const bare = run('haematuria', 'primary-care', 24, 'male', ['+visible-haematuria']);
    const prot = run('haematuria', 'primary-care', 24, 'male', ['+visible-haematuria', '+proteinuria']);
    expect(p(prot, 'glomerulonephritis')).toBeGreaterThan(p(bare, 'glomerulonephritis'));
    expect(kb.evidence.some((e) => e.condition === 'glomerulonephritis' && e.finding === 'sore-throat')).toBe(false);
  });

  test('flank pain with visible haematuria in the emergency department puts stones ahead of renal cancer', () => {
    const r = run('haematuria', 'emergency', 45, 'male', ['+visible-haematuria', '+flank-pain']);
    expect(rankOf(r, 'urolithiasis')).toBeGreaterThan(0);
    expect(rankOf(r, 'urolithiasis')).toBeLessThan(rankOf(r, 'renal-cancer') || Infinity);
  });

  test('weight gain raises hypothyroidism in primary-care fatigue', () => {
    const bare = run('fatigue', 'primary-care', 45, 'female', []);
    const gain = run('fatigue', 'primary-care', 45, 'female', ['+weight-gain']);
    expect(p(gain, 'hypothyroidism')).toBeGreaterThan(p(bare, 'hypothyroidism'));
  });
});

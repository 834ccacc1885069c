/**
 * Joint, knee, shoulder, neck and back pain and leg swelling (session 35, curator "msk"): misses of the development and
 * breadth-development splits (expected diagnosis outside the first three), worked from the engine's views only (no
 * vignette opened). Textbook pictures entered as a clinician would (problem, setting, age, sex, findings), on the real
 * knowledge base.
 *
 * What was wrong:
 * - Shoulder pain in primary care gave glenohumeral instability (labral tears and instability) its 8% prior at every age,
 *   so in older patients it stood third or fourth, above cervical radiculopathy, polymyalgia rheumatica and rheumatoid
 *   arthritis. The figure comes from Juel & Natvig 2014 (BMC Musculoskelet Disord 15:89, doi 10.1186/1471-2474-15-89,
 *   PubMed 24642168, PMC3995190; 766 patients referred with shoulder pain to an Oslo outpatient clinic), whose abstract
 *   also says that these diagnoses were 'most frequent in young patients and not present after age 50'.
 * - Polymyalgia rheumatica in joint pain counted only the CRP (LR+ 1.82); an ESR over 40 mm/h carried nothing there.
 * - Rheumatoid arthritis had no ratio for any inflammatory marker in any complaint, so in shoulder pain at 69 with a raised
 *   CRP it stayed on the 0.5% policy prior, tenth.
 * Added (evidence/s35-msk.json):
 * - glenohumeral-instability x age-50-or-over, grade C, shoulder pain in primary care only (the emergency prior counts
 *   acute dislocations after an injury, NEISS, which also occur in older adults): frequency in disease 0 of about 61,
 *   entered as the very-rare midpoint 0.025, over the even-split age policy 0.5: LR+ 0.05, LR- 1.95 (Juel 2014).
 * - polymyalgia-rheumatica x esr-over-40, grade A, joint pain at 50 or over: 79% of 136 new PMR against 26.9% of 149
 *   mimics aged 50 or over (94 with RA), LR+ 2.94, LR- 0.287 (Macchioni 2014, Ann Rheum Dis, PubMed 24297384, Table 1,
 *   ard.bmj.com highwire table 191568, the table of the existing CRP entry). Shoulder and neck pain keep the ESR-over-30
 *   entry (same group, so an ESR of 30-40 mm/h does not turn it around there).
 * - rheumatoid-arthritis x crp-above-reference-range, grade C, shoulder pain at 50 or over: CRP above 5 mg/L in 71.9% of
 *   the same study's 94 RA patients over the 25% policy background (LR+ 2.88, LR- 0.375), the reasoning of the PMR x
 *   ESR-over-30 entry (the usual causes of shoulder pain do not raise CRP); not joint pain, where gout, septic and crystal
 *   arthritis and PMR raise it as often.
 * Ranks before -> after (harness, calibration as fitted now):
 * - woman of 69, shoulder pain, raised CRP and ESR: instability 4th -> 13th; rheumatoid arthritis 10th -> 8th; PMR 7th ->
 *   6th (the ESR-over-30 entry already counted);
 * - man of 64, shoulder pain, arm weakness and paraesthesia: instability 3rd -> 9th, cervical radiculopathy 7th -> 6th;
 *   a man of 35 with shoulder pain: instability third as before;
 * - woman of 72, joint pain, raised CRP and ESR over 40 (with anaemia, myalgia, fatigue, anorexia): PMR 8th -> 5th (3rd
 *   with bilateral shoulder aching).
 *
 * Gaps (reported, not fixed: no cited figure read that would move them):
 * - Polymyalgia rheumatica in joint pain without shoulder aching recorded: fifth (above). Osteoarthritis and RA keep
 *   Gärtner 2012's referral-clinic priors and nothing lowers osteoarthritis for raised inflammatory markers. Bird 1979
 *   (Ann Rheum Dis 38:434, doi 10.1136/ard.38.5.434, PubMed 518143; 236 PMR against 253 mimicking conditions and 201
 *   consecutive new outpatients: ESR over 40, depression and/or weight loss, age 65 or more) and Altman 1986 (Arthritis
 *   Rheum 29:1039, doi 10.1002/art.1780290816; ESR under 40 in knee OA against RA and other knee pain) hold per-item
 *   tables that were not reachable past their openings.
 * - Post-thrombotic syndrome in leg swelling after a DVT with itching: fourth behind heart failure (33% proxy prior),
 *   DVT and venous insufficiency; no frequency of pruritus in PTS against other swollen legs was read (Villalta items are
 *   listed, not counted, in the reviews read).
 * - Necrotising fasciitis in a febrile diabetic's red swollen leg with CRP 265: fourth (policy prior); the LRINEC score is
 *   not derived from its components, and no accuracy figure for CRP at 100 or 150 mg/L was read (Borschitz 2015 PLoS ONE
 *   doi 10.1371/journal.pone.0132775; Int J Infect Dis 2023 PubMed 36521588: thresholds without accuracy in the abstract).
 * - Patellar tendinopathy (young man, no sport recorded), knee bursitis with erythema, CPPD at 41 in emergency knee pain,
 *   lymphoedema in bilateral swelling at 76, spinal malignancy and ankylosing spondylitis in neck pain, ankylosing
 *   spondylitis in joint pain, septic arthritis of the shoulder with malaise only, chronic kidney disease and compartment
 *   syndrome (CK 21,489) in leg swelling: the charts hold little that the base reads for them, and no cited figure fits.
 * Expectations are about order and direction, not percentages (the lead refits the recalibration).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const inflamed = ['+crp-above-reference-range', '+esr-over-30'];

describe('shoulder pain: glenohumeral instability is a diagnosis of the young (session 35, msk)', () => {
  test('a woman of 69 with shoulder pain and raised inflammatory markers in primary care: instability not in the first five, below polymyalgia rheumatica', () => {
    const r = run('shoulder-pain', 'primary-care', 69, 'female', inflamed);
    // Before session 35: instability fourth, above polymyalgia rheumatica.
    expect(rankOf(r, 'glenohumeral-instability')).toBeGreaterThan(5);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'glenohumeral-instability'));
    expect(rankOf(r, 'rotator-cuff-disorder')).toBe(1);
  });

  test('a man of 64 with shoulder pain, arm weakness and paraesthesia in primary care: cervical radiculopathy above instability', () => {
    const r = run('shoulder-pain', 'primary-care', 64, 'male', ['+muscle-weakness', '+paraesthesia']);
    // Before session 35: instability third, radiculopathy seventh.
    expect(p(r, 'cervical-radiculopathy')).toBeGreaterThan(p(r, 'glenohumeral-instability'));
    expect(rankOf(r, 'glenohumeral-instability')).toBeGreaterThan(3);
  });

  test('age weighs against instability at 50 or over and for it below 50 (primary care)', () => {
    const old = run('shoulder-pain', 'primary-care', 69, 'male', []);
    const young = run('shoulder-pain', 'primary-care', 30, 'male', []);
    expect(p(young, 'glenohumeral-instability')).toBeGreaterThanOrEqual(1.5 * p(old, 'glenohumeral-instability'));
    expect(rankOf(young, 'glenohumeral-instability')).toBeLessThanOrEqual(3);
    expect(findingStepOf(old, 'glenohumeral-instability', 'age-50-or-over')?.counted).toBe(true);
  });

  test('in the emergency department (acute dislocations in older adults too) the age ratio is not applied', () => {
    const r = run('shoulder-pain', 'emergency', 69, 'female', ['+shoulder-injury']);
    const step = findingStepOf(r, 'glenohumeral-instability', 'age-50-or-over');
    expect(step?.counted ?? false).toBe(false);
    expect(rankOf(r, 'glenohumeral-instability')).toBeGreaterThan(0);
    expect(rankOf(r, 'shoulder-girdle-fracture')).toBe(1);
  });
});

describe('joint pain at 72: an ESR over 40 mm/h weighs for polymyalgia rheumatica (session 35, msk)', () => {
  test('a woman of 72 with joint pain, a raised CRP and an ESR over 40: polymyalgia rheumatica in the first five, above gout', () => {
    const r = run('joint-pain', 'primary-care', 72, 'female', ['+crp-above-reference-range', '+esr-over-40']);
    // Before session 35: eighth (the CRP ratio alone counted; the ESR had no ratio in joint pain).
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeGreaterThan(0);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeLessThanOrEqual(5);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'gout'));
    const bare = run('joint-pain', 'primary-care', 72, 'female', []);
    // ESR over 40 (LR+ 2.94, Macchioni 2014 Table 1) against no inflammatory marker recorded
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThanOrEqual(1.5 * p(bare, 'polymyalgia-rheumatica'));
  });

  test('with bilateral shoulder aching as well: polymyalgia rheumatica in the first three', () => {
    const r = run('joint-pain', 'primary-care', 72, 'female', ['+crp-above-reference-range', '+esr-over-40', '+bilateral-shoulder-aching']);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeGreaterThan(0);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBeLessThanOrEqual(3);
  });

  test('an ESR of 40 mm/h or less counts against it (79% of new PMR above 40 against 27% of its mimics)', () => {
    const low = run('joint-pain', 'primary-care', 72, 'female', ['+crp-above-reference-range', '-esr-over-40']);
    const unknown = run('joint-pain', 'primary-care', 72, 'female', ['+crp-above-reference-range']);
    expect(p(low, 'polymyalgia-rheumatica')).toBeLessThan(p(unknown, 'polymyalgia-rheumatica'));
  });

  test('the joint-pain ESR ratio is not applied in shoulder pain, which keeps its ESR-over-30 entry', () => {
    const r = run('shoulder-pain', 'primary-care', 72, 'female', ['+esr-over-30', '+esr-over-40']);
    expect(findingStepOf(r, 'polymyalgia-rheumatica', 'esr-over-40')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'polymyalgia-rheumatica', 'esr-over-30')?.counted).toBe(true);
  });
});

describe('shoulder pain at 69 with a raised CRP: rheumatoid arthritis raised (session 35, msk)', () => {
  test('a woman of 69 with shoulder pain and a raised CRP: rheumatoid arthritis raised by half or more and above instability', () => {
    const r = run('shoulder-pain', 'primary-care', 69, 'female', ['+crp-above-reference-range']);
    const bare = run('shoulder-pain', 'primary-care', 69, 'female', []);
    // CRP above 5 mg/L in 71.9% of RA at 50 or over (Macchioni 2014 Table 1) over the 25% policy background: LR+ 2.88
    expect(p(r, 'rheumatoid-arthritis')).toBeGreaterThanOrEqual(1.5 * p(bare, 'rheumatoid-arthritis'));
    expect(p(r, 'rheumatoid-arthritis')).toBeGreaterThan(p(r, 'glenohumeral-instability'));
    expect(findingStepOf(r, 'rheumatoid-arthritis', 'crp-above-reference-range')?.counted).toBe(true);
  });

  test('not in joint pain, where gout, septic and crystal arthritis and PMR raise the CRP as often', () => {
    const r = run('joint-pain', 'primary-care', 69, 'female', ['+crp-above-reference-range']);
    expect(findingStepOf(r, 'rheumatoid-arthritis', 'crp-above-reference-range')?.counted ?? false).toBe(false);
  });
});

/**
 * Prescriptions that name a disease (session 33, curator "meds3"): the session-28 rule (CURATION.md, "medications that
 * name a disease") extended to drugs prescribed essentially for one disease that a history finding already represents.
 * The tests build FHIR charts with a MedicationRequest coded in RxNorm, as a real chart carries it, and check that the
 * order is read as the disease and counted by the existing evidence. The match is by the ingredient name in the order's
 * text (whole word; the display when there is no text), as for every session-28 rule: no RxNorm ingredient CUI could be
 * read in a source here, so `rxnorm` stays empty. The product codes in the charts below are those openFDA's NDC
 * directory lists for the product (Synthea's for alendronic acid); they are not in the knowledge base.
 *
 * What was wrong: a chart item with an unknown code is ignored, so a breathless man on sacubitril/valsartan, on oral
 * roflumilast, or a woman with syncope on dronedarone was read as having no known heart failure, COPD or atrial
 * fibrillation, and a woman on alendronic acid (Synthea's "Alendronic acid 10 MG Oral Tablet", with osteoporosis coded
 * only in SNOMED CT, which `osteoporosis-or-osteopenia` does not read) had no osteoporosis: her low back pain was told
 * imaging was withheld for want of a red flag.
 *
 * Added (`kind: "medication"` rules on existing findings; no number changed, every ratio is the finding's own):
 * - `history-of-heart-failure` + sacubitril: ENTRESTO "is indicated to reduce the risk of cardiovascular death and
 *   hospitalization for heart failure in adult patients with chronic heart failure" (prescribing information, section 1,
 *   as quoted on entrestohcp.com; the same use in the ASHP monograph, drugs.com/monograph/sacubitril-and-valsartan).
 *   Counted through Wang 2005's LR+ 5.8 (grade A, dyspnoea, wheeze, and cough with dyspnoea).
 * - `history-of-copd` + roflumilast: "indicated as a treatment to reduce the risk of COPD exacerbations in patients with
 *   severe COPD associated with chronic bronchitis and a history of exacerbations" (roflumilast tablets label, section 1,
 *   DailyMed SPL dc2a689f-cfa4-4863-9623-a9813dcf86a9, read in the PillSync copy). Topical roflumilast (plaque psoriasis)
 *   is set aside by the engine's systemic-use check (a "Topical Cream" or "Topical Foam" is not read).
 * - `history-of-atrial-fibrillation` + dronedarone: "reduction of risk of hospitalization for atrial fibrillation in
 *   patients in sinus rhythm who have a history of paroxysmal or persistent atrial fibrillation" (ASHP monograph,
 *   drugs.com/monograph/dronedarone, quoting the label); approved for atrial fibrillation or flutter (Wolbrette 2010,
 *   PMC2922313, PMID 20730068, abstract).
 * - `osteoporosis-or-osteopenia` + alendronate/alendronic acid, risedronate/risedronic acid, ibandronate/ibandronic acid:
 *   alendronate label section 1 (openFDA label set b63421af-ec03-1de7-e053-2a95a90abec6: treatment and prevention of
 *   postmenopausal osteoporosis, men with osteoporosis, glucocorticoid-induced osteoporosis, Paget's disease of bone) and
 *   StatPearls "Alendronate" (NBK526073, Indications); risedronate delayed-release label (openFDA, generic name risedronate
 *   sodium: postmenopausal osteoporosis); ibandronate label (openFDA set e5b6c2a9-a55f-41f9-a592-e26ef03e2d73: treatment
 *   and prevention of postmenopausal osteoporosis). Paget's disease of bone is the one other labelled use of alendronate
 *   and risedronate: rare beside osteoporosis, accepted. Prevention in low bone mass is osteopenia, which the finding
 *   includes. Zoledronic acid and denosumab are not read (the same ingredients treat hypercalcaemia of malignancy and
 *   bone metastases).
 * - `history-of-migraine` + erenumab, fremanezumab, eptinezumab, ubrogepant, rimegepant, atogepant, lasmiditan: Aimovig
 *   SmPC 4.1 (EC community register, prophylaxis of migraine), AJOVY and VYEPTI labels section 1 (openFDA: preventive
 *   treatment of migraine), REYVOW label section 1 (openFDA: acute treatment of migraine), VYDURA SmPC 4.1 (rimegepant:
 *   acute treatment and prophylaxis of migraine), the FDA approval of UBRELVY "for the acute treatment of migraine with or
 *   without aura in adults" (Allergan release, medthority.com 2019-12), atogepant "approved primarily for migraine
 *   prevention" (PMC9043257, abstract). Not galcanezumab (recalled as also licensed for episodic cluster headache; not re-read here, so left out) and not zavegepant
 *   (a nasal spray, which the systemic-use check sets aside).
 *
 * Declined (tested below as not read): tamsulosin, silodosin and alfuzosin (bladder outlet obstruction, but alpha-blockers
 * are given as expulsive therapy for ureteric stones, whose referred pain is a cause of scrotal pain, the one complaint
 * where `history-of-bladder-outlet-obstruction` weighs, for epididymo-orchitis); finasteride (5 mg for prostatic
 * enlargement, 1 mg for male-pattern hair loss: the name cannot tell them apart) and dutasteride (the same class, said to
 * be used for hair loss too; not checked here, left out so that a young man's scrotal pain never has torsion lowered); statins and ezetimibe (prescribed by
 * cardiovascular risk, not only for a recorded hyperlipidaemia; session 28); SSRIs (depression and anxiety); methotrexate
 * (rheumatoid arthritis, psoriasis, cancer, ectopic pregnancy); montelukast and omalizumab (asthma, allergic rhinitis,
 * urticaria). Inhaled drugs (tiotropium, umeclidinium, inhaled corticosteroids, salbutamol) are not read at
 * all: the engine sets aside any inhaled order as "not systemic" before any finding sees it, so a LAMA rule on
 * `history-of-copd` would never fire (and the base has no "asthma or COPD on record" finding for the others).
 *
 * Gaps (reported, not tested): `osteoporosis-or-osteopenia` reads only ICD-10-CM M80/M81, not SNOMED CT 64859006
 * "Osteoporosis (disorder)" (Synthea and a German FHIR guide show it with that display); coeliac disease x osteoporosis
 * or osteopenia (grade C, 59% of 32 coeliac patients over the 25% policy background) now fires on a bisphosphonate too,
 * and low bone density is far commoner than 25% in older women; `history-of-migraine` has no ratio for migraine itself
 * under headache (only for medication-overuse headache), so a migraine drug raises medication overuse alone there.
 * Expectations are about order and direction, not percentages.
 */
import type { MedicationRequest } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { buildMedication, buildPatient } from '../../tests/builders/chart-builder';
import { findingStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';
import { extractFindings } from './extract-findings';

const kb = loadKnowledge();
const asOf = '2026-06-01';
const settings = ['primary-care', 'emergency'] as const;
type Setting = (typeof settings)[number];

/** A chart of a patient of that age and sex with these medication orders, analysed for one presenting problem. */
const chartOf = (age: number, sex: 'female' | 'male', meds: MedicationRequest[]) => [buildPatient({ gender: sex, birthDate: `${2025 - age}-01-01` }), ...meds];
const analyse = (problem: string, setting: Setting, age: number, sex: 'female' | 'male', meds: MedicationRequest[] = []) =>
  analyzeSync(kb, { chart: chartOf(age, sex, meds), problems: [problem], setting, overrides: [], extractOptions: { asOf } }).result;
const extracted = (meds: MedicationRequest[], findingId: string) => extractFindings(chartOf(60, 'female', meds), kb, { asOf }).findings.find((f) => f.findingId === findingId);

const entresto = buildMedication('m1', '1656354', 'sacubitril 97 MG / valsartan 103 MG Oral Tablet [Entresto]');
const roflumilast = buildMedication('m1', '1091839', 'roflumilast 0.5 MG Oral Tablet');
const dronedarone = buildMedication('m1', '854856', 'dronedarone 400 MG Oral Tablet [Multaq]');
const alendronicAcid = buildMedication('m1', '904419', 'Alendronic acid 10 MG Oral Tablet');

describe('a prescription for one disease records that disease (session 33, meds3)', () => {
  test('sacubitril/valsartan records known heart failure, pointing at the order', () => {
    const f = extracted([entresto], 'history-of-heart-failure');
    expect(f).toMatchObject({ present: true, sources: [expect.objectContaining({ reference: 'MedicationRequest/m1' })] });
  });

  test.each(settings)('a breathless man of 74 on sacubitril/valsartan: known heart failure is counted (Wang 2005, grade A) and heart failure rises (%s)', (setting) => {
    const bare = analyse('dyspnoea', setting, 74, 'male');
    const onIt = analyse('dyspnoea', setting, 74, 'male', [entresto]);
    const step = findingStepOf(onIt, 'heart-failure', 'history-of-heart-failure');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('A');
    expect(findingStepOf(bare, 'heart-failure', 'history-of-heart-failure')?.counted).not.toBe(true);
    expect(p(onIt, 'heart-failure')).toBeGreaterThan(p(bare, 'heart-failure'));
    expect(rankOf(onIt, 'heart-failure')).toBe(1);
  });

  test.each(settings)('a breathless man of 68 on oral roflumilast: known COPD is counted and COPD comes first, above heart failure (%s)', (setting) => {
    // Before: COPD second behind heart failure on the bare complaint, the order ignored as an unknown code.
    const bare = analyse('dyspnoea', setting, 68, 'male');
    const onIt = analyse('dyspnoea', setting, 68, 'male', [roflumilast]);
    expect(findingStepOf(onIt, 'copd', 'history-of-copd')?.counted).toBe(true);
    expect(p(onIt, 'copd')).toBeGreaterThan(p(bare, 'copd'));
    expect(p(onIt, 'copd')).toBeGreaterThan(p(onIt, 'heart-failure'));
    expect(rankOf(onIt, 'copd')).toBe(1);
  });

  test('topical roflumilast (a psoriasis cream) is not read as COPD: the engine sets it aside as not systemic', () => {
    const cream = buildMedication('m2', '999', 'roflumilast 0.3 % Topical Cream');
    const ex = extractFindings(chartOf(68, 'male', [cream]), kb, { asOf });
    expect(ex.findings.find((f) => f.findingId === 'history-of-copd')).toBeUndefined();
    expect(ex.ignored.find((i) => i.reference === 'MedicationRequest/m2')).toMatchObject({ kind: 'out-of-scope', reason: expect.stringMatching(/not systemic/) });
    expect(p(analyse('dyspnoea', 'primary-care', 68, 'male', [cream]), 'copd')).toBeCloseTo(p(analyse('dyspnoea', 'primary-care', 68, 'male'), 'copd'), 10);
  });

  test.each(settings)('a woman of 70 with syncope on dronedarone: known atrial fibrillation is counted and an arrhythmia rises above a seizure (%s)', (setting) => {
    const bare = analyse('syncope', setting, 70, 'female');
    const onIt = analyse('syncope', setting, 70, 'female', [dronedarone]);
    expect(extractFindings(chartOf(70, 'female', [dronedarone]), kb, { asOf }).findings.find((f) => f.findingId === 'history-of-atrial-fibrillation')?.present).toBe(true);
    expect(findingStepOf(onIt, 'cardiac-arrhythmia', 'history-of-atrial-fibrillation')?.counted).toBe(true);
    expect(p(onIt, 'cardiac-arrhythmia')).toBeGreaterThan(p(bare, 'cardiac-arrhythmia'));
    expect(p(onIt, 'cardiac-arrhythmia')).toBeGreaterThan(p(onIt, 'epileptic-seizure'));
  });

  test('alendronic acid (as Synthea codes it), risedronate and ibandronate record osteoporosis or osteopenia', () => {
    expect(extracted([alendronicAcid], 'osteoporosis-or-osteopenia')).toMatchObject({ present: true, sources: [expect.objectContaining({ reference: 'MedicationRequest/m1' })] });
    expect(extracted([buildMedication('m3', '999', 'risedronate sodium 35 MG Oral Tablet')], 'osteoporosis-or-osteopenia')?.present).toBe(true);
    expect(extracted([buildMedication('m4', '999', 'ibandronate sodium 150 MG Oral Tablet')], 'osteoporosis-or-osteopenia')?.present).toBe(true);
  });

  test('low back pain in a woman of 62 on alendronic acid: osteoporosis is an ACR red flag, so imaging is no longer withheld', () => {
    const bare = analyse('low-back-pain', 'primary-care', 62, 'female');
    const onIt = analyse('low-back-pain', 'primary-care', 62, 'female', [alendronicAcid]);
    expect(bare.imagingWithheld?.map((w) => w.problemId)).toContain('low-back-pain');
    expect(onIt.imagingWithheld?.map((w) => w.problemId) ?? []).not.toContain('low-back-pain');
  });

  test('the migraine-only gepants, lasmiditan and anti-CGRP antibodies record a history of migraine', () => {
    for (const [id, text] of [
      ['g1', 'erenumab-aooe 70 MG/ML Auto-Injector [Aimovig]'],
      ['g2', 'fremanezumab-vfrm 225 MG/1.5ML Prefilled Syringe'],
      ['g3', 'ubrogepant 50 MG Oral Tablet'],
      ['g4', 'rimegepant 75 MG Disintegrating Oral Tablet'],
      ['g5', 'atogepant 60 MG Oral Tablet'],
      ['g6', 'lasmiditan 100 MG Oral Tablet'],
    ]) {
      expect(extracted([buildMedication(id, '999', text)], 'history-of-migraine')?.present, text).toBe(true);
    }
  });

  test('a dizzy woman of 40 on erenumab: the history of migraine is counted and migraine rises', () => {
    const bare = analyse('dizziness', 'primary-care', 40, 'female');
    const onIt = analyse('dizziness', 'primary-care', 40, 'female', [buildMedication('m1', '999', 'erenumab-aooe 70 MG/ML Auto-Injector')]);
    expect(findingStepOf(onIt, 'migraine', 'history-of-migraine')?.counted).toBe(true);
    expect(p(onIt, 'migraine')).toBeGreaterThan(p(bare, 'migraine'));
  });

  test('drugs for more than one disease, and inhaled drugs, record none (declined)', () => {
    const declined: [string, string, string][] = [
      ['tamsulosin 0.4 MG Oral Capsule', 'history-of-bladder-outlet-obstruction', 'expulsive therapy for ureteric stones'],
      ['alfuzosin hydrochloride 10 MG Extended Release Oral Tablet', 'history-of-bladder-outlet-obstruction', 'expulsive therapy for ureteric stones'],
      ['finasteride 1 MG Oral Tablet', 'history-of-bladder-outlet-obstruction', 'male-pattern hair loss'],
      ['dutasteride 0.5 MG Oral Capsule', 'history-of-bladder-outlet-obstruction', 'hair loss in some countries'],
      ['galcanezumab-gnlm 120 MG/ML Auto-Injector', 'history-of-migraine', 'also episodic cluster headache'],
      ['atorvastatin 40 MG Oral Tablet', 'hyperlipidaemia', 'prescribed by cardiovascular risk'],
      ['zoledronic acid 4 MG/100ML Injection', 'osteoporosis-or-osteopenia', 'also hypercalcaemia of malignancy'],
      ['tiotropium 0.018 MG Inhalation Powder', 'history-of-copd', 'inhaled: set aside as not systemic'],
      ['albuterol 0.09 MG/ACTUAT Metered Dose Inhaler', 'history-of-asthma', 'asthma or COPD'],
    ];
    for (const [text, findingId, why] of declined) {
      expect(extracted([buildMedication('d1', '999', text)], findingId), `${text}: ${why}`).toBeUndefined();
    }
  });

  test('a stopped sacubitril/valsartan order is history, not a current prescription, and records nothing', () => {
    expect(extracted([buildMedication('m9', '1656354', 'sacubitril 97 MG / valsartan 103 MG Oral Tablet', 'stopped')], 'history-of-heart-failure')).toBeUndefined();
  });
});

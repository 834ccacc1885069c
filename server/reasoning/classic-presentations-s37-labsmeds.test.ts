/**
 * Session 37, curator "labsmeds": chart items the engine does not read (CSF glucose and protein; medications that name a
 * disease). No knowledge was changed; this guard holds the CSF chain that a future CSF glucose or protein entry must
 * join without breaking.
 *
 * What was examined:
 * - CSF glucose (LOINC 2342-4, mg/dL) and CSF total protein (2880-3, mg/dL) arrive on development charts as unknown codes.
 *   Per-threshold accuracy for bacterial against aseptic meningitis with an identifier seen and the numbers read was not
 *   found: Straus 2006 JAMA (PMID 17062865 as listed in session 33's leads; only its opening page was displayed this
 *   session) is recorded there as giving the CSF:blood glucose ratio, not an absolute glucose; Tamune 2014 Am J Emerg Med 32(3):263-6 (doi
 *   10.1016/j.ajem.2013.11.030, abstract read) gives the ratio at 0.36 (sensitivity and specificity 92.9%, 15 bacterial
 *   against 129 aseptic) and says only that a low CSF glucose "can predict"; the 99%-certainty cut-offs of a 422-patient
 *   analysis (glucose under 34 mg/dL; the brief names it Spanos 1989 JAMA) were read only in unnamed secondary text,
 *   without sensitivity or an identifier; Morales-Casado
 *   2017 Enferm Infecc Microbiol Clin Table 4 and Alnomasy 2021 PLoS ONE (doi 10.1371/journal.pone.0251518; CSF protein
 *   AUC 0.996 in 38 bacterial against 34 viral) have their cut-offs in tables not reachable. Against reading an absolute
 *   glucose at all: PMID 16244879 (Intensive Care Med 2005;31:1654-60, abstract; authors not displayed) found CSF glucose did not differ between 90
 *   bacterial and 54 viral adult meningitis, and neither glucose under 2 mmol/L nor protein over 2 g/L was predictive;
 *   PMID 22494555 (Diagn Microbiol Infect Dis 2012, 2290 samples) found decreased glucose a poor indicator.
 * - The CSF/serum glucose ratio cannot be derived: `derivedFrom` combines findings (all of one criteria group), it does not
 *   divide two quantities, and no chart LOINC for the ratio was confirmed.
 * - Medications: inhaled drugs are set aside by the extractor as not systemic (extract-findings.ts NON_SYSTEMIC_TEXT), so
 *   an inhaler, tiotropium or an inhaled corticosteroid rule would never fire; statins treat several indications (primary
 *   prevention among them, session 28); methotrexate treats rheumatoid arthritis, psoriasis, psoriatic arthritis, Crohn's
 *   disease, ectopic pregnancy and cancers, so it names no one disease; tamsulosin is labelled for benign prostatic
 *   hyperplasia but is prescribed for ureteric stone expulsion, and no history-of-BPH finding carries a graded ratio that a
 *   prescription could feed. No cited frequency of any of these drugs in a disease and in a complaint's patients was found.
 * Declined: every CSF glucose and protein entry, and every medication rule above, for the reasons given.
 * Guarded here (existing knowledge, s17-meningitis.json, scoped by the session-36 audit): a bacterial CSF (pleocytosis,
 * raised lactate, neutrophil predominance) puts bacterial meningitis first; a lymphocytic CSF with a normal lactate puts
 * viral meningitis above it; a raised lactate without pleocytosis does not count (Sakushima 2011 compared bacterial with
 * aseptic meningitis only). Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import type { DifferentialResult } from './types';
import { buildQuantity } from '../../tests/builders/chart-builder';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const runPresentation = presentationRunner(kb);

const q = (id: string, loinc: string, value: number, unit: string): unknown => buildQuantity(id, loinc, value, unit, { effectiveDateTime: '2026-06-01T08:00:00Z' });

/** Emergency headache with fever and neck stiffness, with the lumbar puncture results given. */
const febrileHeadache = (results: unknown[]): DifferentialResult => runPresentation('headache', 'emergency', 30, 'male', ['+fever', '+neck-stiffness'], results);

const lactateCounted = (r: DifferentialResult): boolean => findingStepOf(r, 'bacterial-meningitis', 'csf-lactate-3-9-or-more')?.counted === true;

describe('classic presentations, session 37 (labsmeds): the CSF chain', () => {
  test('a bacterial CSF puts bacterial meningitis first and above viral meningitis', () => {
    const r = febrileHeadache([q('wbc', '26465-5', 1200, '/uL'), q('lac', '2520-5', 6.5, 'mmol/L'), q('neut', '26506-6', 85, '%')]);
    expect(rankOf(r, 'bacterial-meningitis')).toBe(1);
    expect(p(r, 'bacterial-meningitis')).toBeGreaterThan(p(r, 'viral-meningitis'));
    expect(lactateCounted(r)).toBe(true);
  });

  test('a lymphocytic CSF with a normal lactate puts viral meningitis above bacterial meningitis', () => {
    const r = febrileHeadache([q('wbc', '26465-5', 120, '/uL'), q('lac', '2520-5', 2.4, 'mmol/L'), q('neut', '26506-6', 15, '%')]);
    expect(p(r, 'viral-meningitis')).toBeGreaterThan(p(r, 'bacterial-meningitis'));
    expect(rankOf(r, 'viral-meningitis')).toBeLessThan(rankOf(r, 'bacterial-meningitis'));
  });

  test('a raised CSF lactate without pleocytosis does not count (bacterial against aseptic ratio)', () => {
    const withoutPleocytosis = febrileHeadache([q('wbc', '26465-5', 2, '/uL'), q('lac', '2520-5', 4.5, 'mmol/L')]);
    expect(lactateCounted(withoutPleocytosis)).toBe(false);
    const noLp = febrileHeadache([]);
    // The lactate does not lift bacterial meningitis when the cell count is normal.
    expect(p(withoutPleocytosis, 'bacterial-meningitis')).toBeLessThanOrEqual(p(noLp, 'bacterial-meningitis'));
  });
});

/**
 * One stable, coded set of reasons a clinician gives for not following an AI suggestion, shared by
 * the app (reject with a reason) and by CDS Hooks cards (`overrideReasons`), so quality teams can
 * aggregate them across surfaces. CDS Hooks 2.0 prescribes no set
 * (https://cds-hooks.hl7.org/2.0/#overridereason).
 *
 * Our local codes are what cards send and what decisions store; they never change (stored data
 * depends on them). Each maps, where one fits, to the HL7 non-adherence reason code system of the
 * CDS Hooks 3.0 ballot (HL7/cds-hooks input/vocabulary/CodeSystem-non-adherence-reason-codes.json,
 * from the AHRQ CDSiC override-reason taxonomy), with the ConceptMap equivalence of the match. The
 * mapping is applied when the quality data is read (/api/quality/decisions), so a corrected mapping
 * also applies to decisions already stored, and is not put on the card: a Coding carries one code,
 * and two codings per reason would show the clinician each reason twice.
 */
export const DECISION_REASON_SYSTEM = 'https://ddx-cds.example.org/fhir/CodeSystem/decision-reason';

/**
 * The HL7 code system's canonical URL as that ballot CodeSystem declares it (the ballot is not final:
 * a later draft names it http://cds-hooks.hl7.org/CodeSystem/non-adherence-reason, same codes).
 */
export const HL7_NON_ADHERENCE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes';

/**
 * FHIR R4 ConceptMap equivalence of our code to the HL7 one: `equivalent` (same meaning), `wider`
 * (the HL7 code is broader: a category), `inexact` (overlapping, neither contains the other).
 */
export type Hl7Equivalence = 'equivalent' | 'wider' | 'inexact';

export interface Hl7Reason {
  /** A code of HL7_NON_ADHERENCE_SYSTEM, exactly as that code system defines it. */
  readonly code: string;
  readonly display: string;
  /** The top-level category the code belongs to (itself when the code is a category). */
  readonly category: string;
  readonly equivalence: Hl7Equivalence;
}

export interface DecisionReason {
  readonly code: string;
  readonly display: string;
  /** The closest HL7 non-adherence code, or null when none fits. */
  readonly hl7: Hl7Reason | null;
}

const NOT_APPLICABLE = { code: 'cds-not-applicable', display: 'PC CDS does not apply to patient', category: 'cds-not-applicable' } as const;

export const DECISION_REASONS = [
  // The test the card would prompt was done (and excluded the diagnosis).
  { code: 'ruled-out-by-test', display: 'Already ruled out by a test', hl7: { code: 'action-completed', display: 'Recommended action was already completed', category: 'cds-not-applicable', equivalence: 'inexact' } },
  { code: 'already-addressed', display: 'Already considered or addressed', hl7: { ...NOT_APPLICABLE, equivalence: 'wider' } },
  { code: 'not-clinically-relevant', display: 'Not clinically relevant for this patient', hl7: { ...NOT_APPLICABLE, equivalence: 'equivalent' } },
  // A suggestion resting on incomplete or wrong chart data does not apply to this patient; the HL7
  // set has no code for data problems ("suboptimal context" is about time and recipient).
  { code: 'insufficient-data', display: 'Based on incomplete or wrong data', hl7: { ...NOT_APPLICABLE, equivalence: 'inexact' } },
  {
    code: 'disagree-with-reasoning',
    display: 'Disagree with the reasoning or evidence',
    hl7: { code: 'recipient-disagrees-evidence', display: 'Recipient disagrees with recommendation because of issues with the evidence', category: 'recipient-disagrees-evidence', equivalence: 'equivalent' },
  },
  // Not now: the card came at a time it could not be acted on (not cost or logistics, "not-convenient-feasible").
  { code: 'will-reconsider', display: 'Will reconsider later', hl7: { code: 'cds-suboptimal-context', display: 'PC CDS delivered in suboptimal context', category: 'cds-suboptimal-context', equivalence: 'wider' } },
  {
    code: 'patient-preference',
    display: 'Patient preference',
    hl7: { code: 'does-not-align-preferences', display: 'Recommendation does not align with patient preferences or values', category: 'does-not-align-preferences', equivalence: 'equivalent' },
  },
  // The HL7 set has no "other": mapping it to any code would misstate the reason.
  { code: 'other', display: 'Other (see comment)', hl7: null },
] as const satisfies readonly DecisionReason[];

export type DecisionReasonCode = (typeof DECISION_REASONS)[number]['code'];

/**
 * The HL7 non-adherence coding for a stored reason, for quality exports.
 * @param system - the reason's code system as stored
 * @param code - the reason's code as stored
 * @returns the HL7 coding with its equivalence, or undefined when the reason is not one of ours or has no HL7 match
 */
export function hl7ReasonFor(system: string | null | undefined, code: string | null | undefined): (Hl7Reason & { readonly system: string }) | undefined {
  if (system !== DECISION_REASON_SYSTEM || !code) {
    return undefined;
  }
  const hl7 = (DECISION_REASONS as readonly DecisionReason[]).find((r) => r.code === code)?.hl7;
  return hl7 ? { system: HL7_NON_ADHERENCE_SYSTEM, ...hl7 } : undefined;
}

/**
 * One stable, coded set of reasons a clinician gives for not following an AI suggestion, shared by
 * the app (reject with a reason) and by CDS Hooks cards (`overrideReasons`), so quality teams can
 * aggregate them across surfaces. CDS Hooks prescribes no set
 * (https://cds-hooks.hl7.org/2.0/#overridereason); each code notes the HL7 non-adherence reason
 * category (CDS Hooks 3.0 ballot example CodeSystem) it maps to, for exports.
 */
export const DECISION_REASON_SYSTEM = 'https://ddx-cds.example.org/fhir/CodeSystem/decision-reason';

export const DECISION_REASONS = [
  { code: 'ruled-out-by-test', display: 'Already ruled out by a test', hl7Category: 'cds-not-applicable' },
  { code: 'already-addressed', display: 'Already considered or addressed', hl7Category: 'cds-not-applicable' },
  { code: 'not-clinically-relevant', display: 'Not clinically relevant for this patient', hl7Category: 'cds-not-applicable' },
  { code: 'insufficient-data', display: 'Based on incomplete or wrong data', hl7Category: 'cds-suboptimal-context' },
  { code: 'disagree-with-reasoning', display: 'Disagree with the reasoning or evidence', hl7Category: 'recipient-disagrees-evidence' },
  { code: 'will-reconsider', display: 'Will reconsider later', hl7Category: 'not-convenient-feasible' },
  { code: 'patient-preference', display: 'Patient preference', hl7Category: 'does-not-align-preferences' },
  { code: 'other', display: 'Other (see comment)', hl7Category: 'cds-not-applicable' },
] as const;

export type DecisionReasonCode = (typeof DECISION_REASONS)[number]['code'];

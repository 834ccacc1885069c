/**
 * One stable, coded set of override reasons, used by every card and by the app, so quality teams can
 * aggregate them. The spec prescribes no set (https://cds-hooks.hl7.org/2.0/#overridereason); each
 * code notes the HL7 non-adherence reason category (CDS Hooks 3.0 ballot example CodeSystem) it
 * belongs to, for mapping in exports.
 */
import type { Coding } from '@medplum/fhirtypes';

export const OVERRIDE_REASON_SYSTEM = 'https://ddx-cds.example.org/fhir/CodeSystem/override-reason';

export const OVERRIDE_REASONS = [
  { code: 'already-addressed', display: 'Already considered or addressed', hl7Category: 'cds-not-applicable' },
  { code: 'ruled-out-by-test', display: 'Already ruled out by a test', hl7Category: 'cds-not-applicable' },
  { code: 'not-clinically-relevant', display: 'Not clinically relevant for this patient', hl7Category: 'cds-not-applicable' },
  { code: 'insufficient-data', display: 'Suggestion based on incomplete or wrong data', hl7Category: 'cds-suboptimal-context' },
  { code: 'disagree-with-reasoning', display: 'Disagree with the reasoning or evidence', hl7Category: 'recipient-disagrees-evidence' },
  { code: 'will-reconsider', display: 'Will reconsider later', hl7Category: 'not-convenient-feasible' },
  { code: 'patient-preference', display: 'Patient preference', hl7Category: 'does-not-align-preferences' },
  { code: 'other', display: 'Other (see comment)', hl7Category: 'cds-not-applicable' },
] as const;

export type OverrideReasonCode = (typeof OVERRIDE_REASONS)[number]['code'];

/** The reasons as Codings for `card.overrideReasons` (display is required by the spec). */
export function overrideReasonCodings(): Coding[] {
  return OVERRIDE_REASONS.map((r) => ({ system: OVERRIDE_REASON_SYSTEM, code: r.code, display: r.display }));
}

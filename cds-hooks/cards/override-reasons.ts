/**
 * Card `overrideReasons`: the one coded decision-reason set (server/decision-reasons.ts), so card
 * overrides and app rejections aggregate together. The card carries our local codes only, which
 * is what the client echoes in feedback and what is stored; their HL7 non-adherence codes are
 * added where the quality data is read (hl7ReasonFor), not sent as a second coding per reason.
 */
import type { Coding } from '@medplum/fhirtypes';
import { DECISION_REASONS, DECISION_REASON_SYSTEM } from '../../server/decision-reasons';

/** The reasons as Codings for `card.overrideReasons` (display is required by the spec). */
export function overrideReasonCodings(): Coding[] {
  return DECISION_REASONS.map((r) => ({ system: DECISION_REASON_SYSTEM, code: r.code, display: r.display }));
}

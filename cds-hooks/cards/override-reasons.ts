/**
 * Card `overrideReasons`: the one coded decision-reason set (server/decision-reasons.ts), so card
 * overrides and app rejections aggregate together.
 */
import type { Coding } from '@medplum/fhirtypes';
import { DECISION_REASONS, DECISION_REASON_SYSTEM } from '../../server/decision-reasons';

/** The reasons as Codings for `card.overrideReasons` (display is required by the spec). */
export function overrideReasonCodings(): Coding[] {
  return DECISION_REASONS.map((r) => ({ system: DECISION_REASON_SYSTEM, code: r.code, display: r.display }));
}

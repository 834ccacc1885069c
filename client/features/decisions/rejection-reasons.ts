/**
 * The coded rejection reasons as the app shows them. The codes are type-checked against the server
 * contract (the client imports only types from server/), so the two lists cannot drift apart.
 */
import type { RejectionReasonCode } from '../../../server/contract';

/** Reasons in the order they are offered. */
export const REJECTION_REASON_OPTIONS = [
  { code: 'ruled-out-by-test', display: 'Already ruled out by a test' },
  { code: 'already-addressed', display: 'Already considered or addressed' },
  { code: 'not-clinically-relevant', display: 'Not clinically relevant for this patient' },
  { code: 'insufficient-data', display: 'Based on incomplete or wrong data' },
  { code: 'disagree-with-reasoning', display: 'Disagree with the reasoning or evidence' },
  { code: 'will-reconsider', display: 'Will reconsider later' },
  { code: 'patient-preference', display: 'Patient preference' },
  { code: 'other', display: 'Other (see comment)' },
] as const satisfies readonly { code: RejectionReasonCode; display: string }[];

// Every server code is offered: fails to compile when the server adds a code.
type Missing = Exclude<RejectionReasonCode, (typeof REJECTION_REASON_OPTIONS)[number]['code']>;
export const ALL_REASONS_OFFERED: Missing extends never ? true : false = true;

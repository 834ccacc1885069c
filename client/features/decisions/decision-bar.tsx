/**
 * Per-diagnosis decision: accept, reject with a coded reason (and optional comment), or record that
 * the patient disputes it. Nothing is pre-selected; each is a deliberate click.
 */
import { useId, useState, type FormEvent, type JSX } from 'react';
import type { AppDecisionOutcome, RejectionReasonCode } from '../../../server/contract';
import { REJECTION_REASON_OPTIONS as REJECTION_REASONS } from './rejection-reasons';

/** What the clinician decided. */
export interface DecisionChoice {
  readonly outcome: Extract<AppDecisionOutcome, 'accepted' | 'rejected' | 'patient-disputes'>;
  readonly reasonCode?: RejectionReasonCode;
  readonly comment?: string;
}

/** Props of {@link DecisionBar}. */
export interface DecisionBarProps {
  readonly diagnosisName: string;
  readonly onDecide: (choice: DecisionChoice) => void;
}

/**
 * @param props - diagnosis name and the decide callback
 * @returns the controls
 */
export function DecisionBar({ diagnosisName, onDecide }: DecisionBarProps): JSX.Element {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState<RejectionReasonCode | ''>('');
  const [comment, setComment] = useState('');
  const id = useId();
  const submitReject = (e: FormEvent): void => {
    e.preventDefault();
    if (reason) {
      onDecide({ outcome: 'rejected', reasonCode: reason, comment: comment.trim() || undefined });
    }
  };
  if (rejecting) {
    return (
      <form className="decision-form" onSubmit={submitReject} aria-label={`Reject ${diagnosisName}`}>
        <label htmlFor={`${id}-reason`}>Reason for rejecting</label>
        <select id={`${id}-reason`} value={reason} required onChange={(e) => setReason(e.target.value as RejectionReasonCode)} data-testid="reject-reason">
          <option value="">Choose a reason…</option>
          {REJECTION_REASONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.display}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-comment`}>Comment (optional)</label>
        <textarea id={`${id}-comment`} value={comment} maxLength={2000} rows={2} onChange={(e) => setComment(e.target.value)} data-testid="reject-comment" />
        <div className="button-row">
          <button type="submit" disabled={!reason} data-testid="reject-submit">
            Reject
          </button>
          <button type="button" className="secondary" onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="button-row" role="group" aria-label={`Decision on ${diagnosisName}`}>
      <button type="button" onClick={() => onDecide({ outcome: 'accepted' })} data-testid="accept">
        Accept
      </button>
      <button type="button" onClick={() => setRejecting(true)} data-testid="reject">
        Reject…
      </button>
      <button type="button" className="secondary" onClick={() => onDecide({ outcome: 'patient-disputes' })} data-testid="dispute">
        Patient disputes
      </button>
    </div>
  );
}

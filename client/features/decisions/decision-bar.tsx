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
  /** Made on an earlier computation of the differential (findings, problems or knowledge have changed since). */
  readonly earlier?: boolean;
}

/** Props of {@link DecisionBar}. */
export interface DecisionBarProps {
  readonly diagnosisName: string;
  readonly onDecide: (choice: DecisionChoice) => void;
  /** Offer "patient disputes" (not for a language-model line, which is not a diagnosis of the record). Default true. */
  readonly allowDispute?: boolean;
}

/**
 * @param props - diagnosis name and the decide callback
 * @returns the controls
 */
export function DecisionBar({ diagnosisName, onDecide, allowDispute = true }: DecisionBarProps): JSX.Element {
  const [rejecting, setRejecting] = useState(false);
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState<RejectionReasonCode | ''>('');
  const [comment, setComment] = useState('');
  const id = useId();
  const submitReject = (e: FormEvent): void => {
    e.preventDefault();
    if (reason) {
      onDecide({ outcome: 'rejected', reasonCode: reason, comment: comment.trim() || undefined });
    }
  };
  if (disputing) {
    return <DisputeForm diagnosisName={diagnosisName} onDispute={(text) => onDecide({ outcome: 'patient-disputes', comment: text })} onCancel={() => setDisputing(false)} />;
  }
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
      {allowDispute ? (
        <button type="button" className="secondary" onClick={() => setDisputing(true)} data-testid="dispute">
          Patient disputes…
        </button>
      ) : null}
    </div>
  );
}

/**
 * What the patient disputes, in a sentence: recorded beside the clinician's own decision, never instead of it.
 * @param props - diagnosis name, submit and cancel
 * @returns the form
 */
export function DisputeForm({ diagnosisName, onDispute, onCancel }: { readonly diagnosisName: string; readonly onDispute: (text: string) => void; readonly onCancel: () => void }): JSX.Element {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="decision-form"
      aria-label={`Patient disputes ${diagnosisName}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) {
          onDispute(text.trim());
        }
      }}
    >
      <label htmlFor={`${id}-dispute`}>What does the patient dispute? (their view, briefly)</label>
      <textarea id={`${id}-dispute`} value={text} required maxLength={2000} rows={2} onChange={(e) => setText(e.target.value)} data-testid="dispute-text" />
      <div className="button-row">
        <button type="submit" disabled={!text.trim()} data-testid="dispute-submit">
          Record the dispute
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

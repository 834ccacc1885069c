/**
 * After a diagnosis written to the chart is rejected, the clinician is offered to retract the written
 * Condition (entered in error, with a Provenance) and told what happened; nothing changes in the chart
 * without that click.
 */
import { useState, type JSX } from 'react';
import { retractUnavailableReason } from '../../fhir/write-back';

/** Props of {@link RetractButton}. */
export interface RetractButtonProps {
  readonly conditionRef: string;
  readonly scopes: readonly string[];
  readonly retract: () => Promise<void>;
}

/**
 * @param props - the written Condition, granted scopes and the retract function
 * @returns the offer, its state and the reason when unavailable
 */
export function RetractButton({ conditionRef, scopes, retract }: RetractButtonProps): JSX.Element {
  const reason = retractUnavailableReason(scopes);
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; text?: string }>({ kind: 'idle' });
  if (state.kind === 'done') {
    return (
      <p role="status" data-testid="retract-done">
        {state.text}
      </p>
    );
  }
  return (
    <div className="write-back" data-testid="retract-offer">
      <p>
        This diagnosis is still in the chart ({conditionRef}), written from this app before you rejected it.
      </p>
      <button
        type="button"
        className="secondary"
        disabled={reason !== undefined || state.kind === 'working'}
        aria-describedby={reason ? 'retract-reason' : undefined}
        onClick={() => {
          setState({ kind: 'working' });
          retract().then(
            () => setState({ kind: 'done', text: `Retracted: ${conditionRef} is now marked as entered in error, with a record of who retracted it.` }),
            (e: unknown) => setState({ kind: 'error', text: `Not retracted: ${(e as Error).message}` }),
          );
        }}
        data-testid="retract"
      >
        Retract it from the chart
      </button>
      {reason ? (
        <p id="retract-reason" className="muted">
          {reason}
        </p>
      ) : null}
      {state.kind === 'error' ? <p role="alert">{state.text}</p> : null}
    </div>
  );
}

/**
 * "Write to chart" for an accepted diagnosis: creates a Condition and its Provenance, only when the
 * clinician asks and only when the EHR granted the scopes; otherwise disabled with the reason.
 */
import { useState, type JSX } from 'react';
import { writeBackUnavailableReason } from '../../fhir/write-back';

/** Props of {@link WriteBackButton}. */
export interface WriteBackButtonProps {
  readonly scopes: readonly string[];
  readonly write: (status: 'provisional' | 'differential') => Promise<string>;
}

/**
 * @param props - granted scopes and the write function (returns the created Condition reference)
 * @returns the buttons, their state and the reason when unavailable
 */
export function WriteBackButton({ scopes, write }: WriteBackButtonProps): JSX.Element {
  const reason = writeBackUnavailableReason(scopes);
  const [state, setState] = useState<{ kind: 'idle' | 'writing' | 'done' | 'error'; text?: string }>({ kind: 'idle' });
  const run = (status: 'provisional' | 'differential'): void => {
    setState({ kind: 'writing' });
    write(status).then(
      (ref) => setState({ kind: 'done', text: `Written to the chart as ${status} (${ref}).` }),
      (e: unknown) => setState({ kind: 'error', text: `Not written: ${(e as Error).message}` }),
    );
  };
  if (state.kind === 'done') {
    return (
      <p role="status" data-testid="write-back-done">
        {state.text}
      </p>
    );
  }
  const disabled = reason !== undefined || state.kind === 'writing';
  return (
    <div className="write-back">
      <div className="button-row" role="group" aria-label="Write to chart">
        <button type="button" className="secondary" disabled={disabled} onClick={() => run('provisional')} aria-describedby={reason ? 'write-back-reason' : undefined} data-testid="write-provisional">
          Write to chart as provisional
        </button>
        <button type="button" className="secondary" disabled={disabled} onClick={() => run('differential')} data-testid="write-differential">
          …as differential
        </button>
      </div>
      {reason ? (
        <p id="write-back-reason" className="muted" data-testid="write-back-unavailable">
          {reason}
        </p>
      ) : null}
      {state.kind === 'error' ? <p role="alert">{state.text}</p> : null}
    </div>
  );
}

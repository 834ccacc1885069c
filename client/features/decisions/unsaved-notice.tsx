/**
 * Tells the clinician which decisions the server has not stored yet (they are kept and retried)
 * and which it refused.
 */
import type { JSX } from 'react';
import { unsaved, type DecisionQueue } from './decision-queue';

/**
 * @param props - the decision queue
 * @returns the notice, or nothing when every decision is saved
 */
export function UnsavedNotice({ queue }: { readonly queue: DecisionQueue }): JSX.Element | null {
  const pending = unsaved(queue);
  const retrying = pending.filter((q) => q.status === 'retrying');
  const refused = pending.filter((q) => q.status === 'refused');
  if (retrying.length === 0 && refused.length === 0) {
    return null;
  }
  return (
    <div className="notice notice-error" role="alert" data-testid="unsaved-decisions">
      {retrying.length > 0 ? (
        <p>
          {retrying.length} decision{retrying.length === 1 ? ' has' : 's have'} not been saved yet ({retrying[0].message}). They are kept in this
          window and retried automatically.
        </p>
      ) : null}
      {refused.map((q) => (
        <p key={q.request.idempotencyKey}>A decision was refused by the server and not saved: {q.message}</p>
      ))}
    </div>
  );
}

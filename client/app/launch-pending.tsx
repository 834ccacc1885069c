/**
 * Shown while the launch completes (code exchange) and before anything else renders.
 */
import type { JSX } from 'react';

/**
 * Renders the "connecting" status.
 * @returns the page
 */
export function LaunchPending(): JSX.Element {
  return (
    <main className="page-problem" aria-labelledby="pending-title">
      <h1 id="pending-title">Differential diagnosis assistant</h1>
      <p role="status" data-testid="launch-pending">
        Connecting to the EHR…
      </p>
    </main>
  );
}

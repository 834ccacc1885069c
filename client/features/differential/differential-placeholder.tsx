/**
 * Placeholder for the differential workspace, which a later issue builds. It says plainly that no
 * suggestions exist in this build, so nobody mistakes an empty area for "no diagnoses".
 */
import type { JSX } from 'react';

/**
 * Renders the honest placeholder.
 * @returns the workspace section
 */
export function DifferentialPlaceholder(): JSX.Element {
  return (
    <section className="workspace" aria-labelledby="workspace-title" data-testid="differential-workspace">
      <h2 id="workspace-title">Differential diagnosis workspace</h2>
      <p>
        Not yet available in this build. The AI-suggested differential, with its reasoning and citations, will appear here.
        No suggestions have been generated for this patient.
      </p>
    </section>
  );
}

/**
 * Full-page explanation when the app cannot start: opened outside a launch, authorization declined,
 * or the launch failed. Text only; server-provided descriptions are shown as plain text.
 */
import type { JSX, ReactNode } from 'react';
import type { LaunchProblem } from '../fhir/launch-problem';

/** Props of {@link LaunchProblemPage}. */
export interface LaunchProblemPageProps {
  readonly problem: LaunchProblem;
}

/**
 * Renders the page for a launch problem.
 * @param props - the classified problem
 * @returns the page
 */
export function LaunchProblemPage({ problem }: LaunchProblemPageProps): JSX.Element {
  switch (problem.kind) {
    case 'launch-required':
      return (
        <ProblemLayout testId="launch-required" title="Launch this app from the patient chart">
          <p>
            This app opens from inside the EHR, with a patient already selected. It was opened directly, or the page was
            reloaded after the launch ended, so it does not know which patient to show.
          </p>
          <p>Open the patient’s chart in the EHR and start the differential diagnosis app from there.</p>
        </ProblemLayout>
      );
    case 'authorization-denied':
      return (
        <ProblemLayout testId="launch-denied" title="Access to the chart was not granted">
          <p>The EHR did not authorize this app, so no patient data was read. Relaunch the app from the patient chart and allow access when asked.</p>
          <Details problem={problem} />
        </ProblemLayout>
      );
    case 'launch-failed':
      return (
        <ProblemLayout testId="launch-failed" title="The app could not connect to the EHR">
          <p>The launch did not complete. Relaunch the app from the patient chart; if this keeps happening, contact support with the details below.</p>
          <Details problem={problem} />
        </ProblemLayout>
      );
  }
}

function ProblemLayout({ testId, title, children }: { testId: string; title: string; children: ReactNode }): JSX.Element {
  return (
    <main className="page-problem" aria-labelledby="problem-title">
      <section className="notice" role="alert" aria-labelledby="problem-title" data-testid={testId}>
        <h1 id="problem-title">{title}</h1>
        {children}
      </section>
    </main>
  );
}

function Details({ problem }: { problem: LaunchProblem }): JSX.Element {
  return (
    <dl className="problem-details">
      {problem.errorCode ? (
        <div>
          <dt>Error code</dt>
          <dd className="mono">{problem.errorCode}</dd>
        </div>
      ) : null}
      <div>
        <dt>Details</dt>
        <dd>{problem.detail || 'None given'}</dd>
      </div>
    </dl>
  );
}

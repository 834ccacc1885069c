/**
 * Root component: providers and the error boundary around either the shell or the launch problem page.
 */
import { StrictMode, type JSX } from 'react';
import type { LaunchOutcome } from '../fhir/smart-launch';
import { AppErrorBoundary } from './app-error-boundary';
import { AppShell } from './app-shell';
import { LaunchProblemPage } from './launch-problem-page';

/** Props of {@link App}. */
export interface AppProps {
  /** The settled outcome of the module-level `completeSmartLaunch()`. */
  readonly outcome: LaunchOutcome;
}

/**
 * Renders the app for a settled launch.
 * @param props - the launch outcome
 * @returns the app
 */
export function App({ outcome }: AppProps): JSX.Element {
  return (
    <StrictMode>
      <AppErrorBoundary>
        {outcome.status === 'ready' ? <AppShell session={outcome.session} /> : <LaunchProblemPage problem={outcome.problem} />}
      </AppErrorBoundary>
    </StrictMode>
  );
}

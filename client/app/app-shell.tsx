/**
 * The app shell after a successful launch: header with the patient banner (or the compact patient
 * context line), then the main workspace. Patient data and the workspace appear only once the
 * patient on screen is verified against the launch context.
 */
import { lazy, Suspense, type JSX } from 'react';
import type { SmartSession } from '../fhir/smart-session';
import { PatientBanner } from '../features/patient-banner/patient-banner';
import { PatientContextAlert } from '../features/patient-banner/patient-context-alert';
import { useVerifiedPatient } from '../features/patient-banner/use-verified-patient';

/** The workspace is loaded after launch, so the shell's initial JS stays small. */
const Workspace = lazy(() => import('../features/workspace/workspace'));

/** Props of {@link AppShell}. */
export interface AppShellProps {
  readonly session: SmartSession;
}

/**
 * Renders the launched app.
 * @param props - the SMART session
 * @returns the shell
 */
export function AppShell({ session }: AppShellProps): JSX.Element {
  const patient = useVerifiedPatient(session);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to workspace
      </a>
      <header className="shell-header">
        <div className="app-title">
          <h1>Differential diagnosis assistant</h1>
          <p className="app-tagline">AI decision support. The clinician decides.</p>
        </div>
        {patient.status === 'verified' ? <PatientBanner summary={patient.summary} showBanner={session.context.needPatientBanner} /> : null}
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {patient.status === 'loading' ? (
          <p role="status" data-testid="patient-loading">
            Loading patient…
          </p>
        ) : patient.status === 'verified' ? (
          <Suspense
            fallback={
              <p role="status" data-testid="workspace-loading">
                Loading the workspace…
              </p>
            }
          >
            <Workspace session={session} />
          </Suspense>
        ) : (
          <PatientContextAlert problem={patient} />
        )}
      </main>
    </div>
  );
}

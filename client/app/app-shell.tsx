/**
 * The app shell after a successful launch: header with the patient banner (or the compact patient
 * context line), then the main workspace. Patient data and the workspace appear only once the
 * patient on screen is verified against the launch context.
 */
import { lazy, Suspense, useEffect, useState, type JSX, type ReactNode } from 'react';
import type { SmartSession } from '../fhir/smart-session';
import { PatientBanner } from '../features/patient-banner/patient-banner';
import { PatientContextAlert } from '../features/patient-banner/patient-context-alert';
import { useVerifiedPatient } from '../features/patient-banner/use-verified-patient';

/** The workspace is loaded after launch, so the shell's initial JS stays small. */
const Workspace = lazy(() => import('../features/workspace/workspace'));
/** The quality dashboard, only for a quality reviewer launched without a patient. */
const QualityDashboard = lazy(() => import('../features/quality/quality-dashboard'));

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
  return session.context.patientId ? <ClinicalShell session={session} /> : <NoPatientShell session={session} />;
}

/**
 * A launch without a patient: the quality dashboard for a quality reviewer; for anyone else the
 * clinical shell, which explains that the app must be launched from a patient's chart.
 */
function NoPatientShell({ session }: AppShellProps): JSX.Element {
  const [role, setRole] = useState<'loading' | 'quality-reviewer' | 'other'>('loading');
  useEffect(() => {
    let live = true;
    void import('../features/workspace/api-client')
      .then(({ createApiClient }) => createApiClient(session).me())
      .then(
        (me) => live && setRole(me.role === 'quality-reviewer' ? 'quality-reviewer' : 'other'),
        () => live && setRole('other'),
      );
    return () => {
      live = false;
    };
  }, [session]);
  if (role === 'other') {
    return <ClinicalShell session={session} />;
  }
  return (
    <ShellFrame skipTo="dashboard" tagline="Quality review: how the AI is used and where it fails.">
      {role === 'loading' ? (
        <p role="status" data-testid="role-loading">
          Checking your role…
        </p>
      ) : (
        <Suspense
          fallback={
            <p role="status" data-testid="dashboard-loading">
              Loading the dashboard…
            </p>
          }
        >
          <QualityDashboard session={session} />
        </Suspense>
      )}
    </ShellFrame>
  );
}

/** The page frame both shells share: skip link, title and tagline, optional banner, main region. */
function ShellFrame({ skipTo, tagline, banner, children }: { readonly skipTo: string; readonly tagline: string; readonly banner?: ReactNode; readonly children: ReactNode }): JSX.Element {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to {skipTo}
      </a>
      <header className="shell-header">
        <div className="app-title">
          <h1>Differential diagnosis assistant</h1>
          <p className="app-tagline">{tagline}</p>
        </div>
        {banner}
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The clinical shell: patient banner and workspace once the launch patient is verified. */
function ClinicalShell({ session }: AppShellProps): JSX.Element {
  const patient = useVerifiedPatient(session);
  return (
    <ShellFrame
      skipTo="workspace"
      tagline="AI decision support. The clinician decides."
      banner={patient.status === 'verified' ? <PatientBanner summary={patient.summary} showBanner={session.context.needPatientBanner} /> : null}
    >
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
    </ShellFrame>
  );
}

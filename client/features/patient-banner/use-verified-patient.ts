/**
 * Loads the launch-context Patient and verifies, on every render, that it is still the patient of
 * this launch (see check-patient-context.ts).
 */
import { useEffect, useState } from 'react';
import type { SmartSession } from '../../fhir/smart-session';
import { checkPatientContext, type PatientContextCheck } from './check-patient-context';
import type { PatientSummary } from './summarize-patient';
import { useStoredLaunchPatientId } from './use-stored-launch-patient-id';

/** The patient as the shell may show it. Only `verified` carries patient data. */
export type VerifiedPatientState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'mismatch'; readonly reason: Exclude<PatientContextCheck, { ok: true }>['reason'] }
  | { readonly status: 'verified'; readonly summary: PatientSummary };

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; summary: PatientSummary }
  | { status: 'error'; message: string };

/**
 * Reads the Patient once per session and checks it against the launch context at every render.
 * The display helpers (@medplum/core, ~14 kB gzipped) load in parallel with the FHIR read rather
 * than in the initial bundle.
 * @param session - the SMART session
 * @returns the state to render
 */
export function useVerifiedPatient(session: SmartSession): VerifiedPatientState {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const storedPatientId = useStoredLaunchPatientId(session);

  useEffect(() => {
    const controller = new AbortController();
    setLoad({ status: 'loading' });
    Promise.all([session.readPatient(controller.signal), import('./summarize-patient')]).then(
      ([patient, { summarizePatient }]) => {
        if (!controller.signal.aborted) {
          setLoad({ status: 'loaded', summary: summarizePatient(patient) });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setLoad({ status: 'error', message: error instanceof Error ? error.message : 'The patient could not be read' });
        }
      },
    );
    return () => controller.abort();
  }, [session]);

  const contextPatientId = session.context.patientId;
  if (!contextPatientId) {
    return { status: 'mismatch', reason: 'no-patient-in-context' };
  }
  if (load.status !== 'loaded') {
    return load;
  }
  // The id checked is the id the banner shows (summary.id), read again at every render.
  const check = checkPatientContext({ shownPatientId: load.summary.id, contextPatientId, storedPatientId });
  return check.ok ? { status: 'verified', summary: load.summary } : { status: 'mismatch', reason: check.reason };
}

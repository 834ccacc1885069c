/**
 * What shows instead of patient data when the patient cannot be read or verified.
 */
import type { JSX } from 'react';
import type { VerifiedPatientState } from './use-verified-patient';

type Problem = Extract<VerifiedPatientState, { status: 'error' | 'mismatch' }>;

const MISMATCH_TEXT: Record<Extract<Problem, { status: 'mismatch' }>['reason'], string> = {
  'no-patient-in-context': 'The EHR did not give this app a patient. Open the app from a patient chart.',
  'shown-differs-from-context': 'The patient returned by the EHR is not the patient of this launch. Nothing is shown to avoid a wrong-patient error.',
  'launch-replaced': 'This window’s launch has been replaced or has ended, so the patient can no longer be confirmed. Relaunch the app from the patient chart.',
};

/** Props of {@link PatientContextAlert}. */
export interface PatientContextAlertProps {
  readonly problem: Problem;
}

/**
 * Renders the patient problem as an alert. Patient data is never shown alongside it.
 * @param props - the problem
 * @returns the alert
 */
export function PatientContextAlert({ problem }: PatientContextAlertProps): JSX.Element {
  const text = problem.status === 'mismatch' ? MISMATCH_TEXT[problem.reason] : `The patient could not be loaded: ${problem.message}`;
  return (
    <section className="notice notice-error" role="alert" aria-labelledby="patient-problem-title" data-testid="patient-problem">
      <h2 id="patient-problem-title">{problem.status === 'mismatch' ? 'Patient context cannot be confirmed' : 'Patient not loaded'}</h2>
      <p>{text}</p>
    </section>
  );
}

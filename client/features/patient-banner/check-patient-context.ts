/**
 * The patient-safety check behind the banner: the patient on screen must be the patient the EHR put in
 * context for this launch, and this window's stored launch must still be that launch. Pure.
 * Why: one SMART storage slot per origin (client-js #157) and cached embedded state (client-js #199)
 * can leave an app showing one patient while the EHR shows another.
 */

/** Result of the check. */
export type PatientContextCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'no-patient-in-context' | 'shown-differs-from-context' | 'launch-replaced' };

/** Inputs of {@link checkPatientContext}. */
export interface PatientContextIds {
  /** Id of the Patient resource about to be shown. */
  readonly shownPatientId: string | undefined;
  /** `patient` of this launch's token response. */
  readonly contextPatientId: string | undefined;
  /** `patient` of the launch currently stored for this tab (re-read at render time). */
  readonly storedPatientId: string | undefined;
}

/**
 * Compares the ids. Any doubt is a failure: the caller hides patient data and asks for a relaunch.
 * @param ids - the three ids
 * @returns ok, or why not
 */
export function checkPatientContext(ids: PatientContextIds): PatientContextCheck {
  if (!ids.contextPatientId) {
    return { ok: false, reason: 'no-patient-in-context' };
  }
  if (ids.shownPatientId !== ids.contextPatientId) {
    return { ok: false, reason: 'shown-differs-from-context' };
  }
  if (ids.storedPatientId !== ids.contextPatientId) {
    return { ok: false, reason: 'launch-replaced' };
  }
  return { ok: true };
}

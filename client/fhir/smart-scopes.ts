/**
 * The SMART scopes the app asks for (SMART App Launch 2.2, scopes v2:
 * https://hl7.org/fhir/smart-app-launch/STU2.2/scopes-and-launch-context.html).
 * Read-and-search (`.rs`) for the chart; create (`.c`) only for Condition and Provenance, used by
 * "Write to chart" after an explicit clinician action. The EHR may decline the create scopes; the app
 * then disables write-back and says why.
 */

/**
 * How the app was launched: from inside the EHR (`launch` parameter present), on its own for a patient,
 * or on its own for quality review (`review=1`: no patient, no chart access, no write-back).
 */
export type LaunchKind = 'ehr' | 'standalone' | 'review';

/** Identity and token-lifetime scopes: the user comes from the id_token's `fhirUser` claim. */
export const IDENTITY_SCOPES = ['openid', 'fhirUser', 'online_access'] as const;

/** Chart data the differential is built from, plus Consent (AI opt-out), in the patient compartment. */
export const PATIENT_RESOURCE_SCOPES = [
  'patient/Patient.rs',
  'patient/Encounter.rs',
  'patient/Condition.rs',
  'patient/Observation.rs',
  'patient/MedicationRequest.rs',
  'patient/MedicationStatement.rs',
  'patient/AllergyIntolerance.rs',
  'patient/Consent.rs',
] as const;

/**
 * Write-back of an accepted diagnosis: a Condition and its Provenance. Provenance is created with a
 * patient-level scope; it names the patient's chart as its source entity, so it stays in the compartment.
 */
export const WRITE_BACK_SCOPES = ['patient/Condition.cu', 'patient/Provenance.c'] as const;

/** The signed-in clinician's own record. */
export const USER_RESOURCE_SCOPES = ['user/Practitioner.rs'] as const;

/**
 * Builds the scope string for a launch.
 * An EHR launch asks for `launch` (the EHR supplies the context); a standalone launch asks for
 * `launch/patient` so that the authorization server lets the user pick a patient.
 * @param kind - EHR or standalone launch
 * @returns space-separated scopes, context scope first
 */
export function buildSmartScopes(kind: LaunchKind): string {
  if (kind === 'review') {
    // A quality reviewer needs to know who they are, nothing from any chart.
    return [...IDENTITY_SCOPES, ...USER_RESOURCE_SCOPES].join(' ');
  }
  const contextScope = kind === 'ehr' ? 'launch' : 'launch/patient';
  return [contextScope, ...IDENTITY_SCOPES, ...PATIENT_RESOURCE_SCOPES, ...WRITE_BACK_SCOPES, ...USER_RESOURCE_SCOPES].join(' ');
}

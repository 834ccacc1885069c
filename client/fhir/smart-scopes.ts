/**
 * The SMART scopes the app asks for (SMART App Launch 2.2, scopes v2:
 * https://hl7.org/fhir/smart-app-launch/STU2.2/scopes-and-launch-context.html).
 * Read-and-search (`.rs`) only: the app writes nothing without a separate, explicit clinician action,
 * and write scopes will be added by the feature that needs them.
 */

/** How the app was launched: from inside the EHR (`launch` parameter present) or on its own. */
export type LaunchKind = 'ehr' | 'standalone';

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
  const contextScope = kind === 'ehr' ? 'launch' : 'launch/patient';
  return [contextScope, ...IDENTITY_SCOPES, ...PATIENT_RESOURCE_SCOPES, ...USER_RESOURCE_SCOPES].join(' ');
}

/**
 * Typed read of the Patient in launch context.
 */
import type Client from 'fhirclient/lib/Client';
import type { Patient } from '@medplum/fhirtypes';

/**
 * Reads the launch-context Patient through `client.request()` (which refreshes the token when needed).
 * @param client - a ready fhirclient Client
 * @param signal - aborts the request (e.g. when the component unmounts)
 * @returns the Patient
 * @throws Error when the launch has no patient, or when the server returns something other than that Patient
 */
export async function readCurrentPatient(client: Client, signal?: AbortSignal): Promise<Patient> {
  const id = client.getPatientId();
  if (!id) {
    throw new Error('No patient in launch context; launch the app from a patient chart');
  }
  const patient = await client.request<Patient>({ url: `Patient/${encodeURIComponent(id)}`, signal });
  if (patient?.resourceType !== 'Patient' || patient.id !== id) {
    throw new Error('The FHIR server did not return the patient in launch context');
  }
  return patient;
}

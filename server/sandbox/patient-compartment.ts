/**
 * Enforcement of patient-level scopes: a token whose covering scopes are all `patient/…` may only
 * touch the launch patient's compartment (http://hl7.org/fhir/R4/compartmentdefinition-patient.html).
 * Resource types outside the compartment (Practitioner, Medication, Organization...) are not
 * patient data and stay readable when a scope covers them.
 *
 * Sandbox simplification: a resource is in the compartment when it is the Patient itself or when
 * any `reference` inside it points at `Patient/<id>`.
 */
import { getSearchParameter } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { HttpError } from '../errors';
import { patientCompartmentParams } from './fhir-definitions';
import type { SearchQuery } from './search-fixups';

/** True when the type holds patient data (is in the Patient compartment definition). */
export function isCompartmentType(resourceType: string): boolean {
  return patientCompartmentParams().has(resourceType);
}

function referencesPatient(node: unknown, target: string): boolean {
  if (Array.isArray(node)) {
    return node.some((child) => referencesPatient(child, target));
  }
  if (node && typeof node === 'object') {
    return Object.entries(node as Record<string, unknown>).some(([key, value]) =>
      key === 'reference' ? value === target : referencesPatient(value, target),
    );
  }
  return false;
}

/**
 * @param resource - a resource
 * @param patientId - the launch patient
 * @returns true when the resource may be seen with a patient-level token for that patient
 */
export function isInPatientCompartment(resource: Resource, patientId: string): boolean {
  if (resource.resourceType === 'Patient') {
    return resource.id === patientId;
  }
  if (!isCompartmentType(resource.resourceType)) {
    return true;
  }
  return referencesPatient(resource, `Patient/${patientId}`);
}

function forbidden(message: string): HttpError {
  return new HttpError(403, 'forbidden', message);
}

/** The search parameter used to pin a search to the patient. */
function pinParameter(resourceType: string): string {
  if (resourceType === 'Patient') {
    return '_id';
  }
  for (const code of ['patient', 'subject']) {
    if (getSearchParameter(resourceType, code)) {
      return code;
    }
  }
  return patientCompartmentParams().get(resourceType)?.[0] ?? 'patient';
}

/**
 * Restricts a (fixed-up) search query to the launch patient. A query that names another patient
 * is refused rather than silently emptied.
 * @param resourceType - the searched type
 * @param query - the query after fixSearchQuery
 * @param patientId - the launch patient
 * @returns the restricted query
 * @throws HttpError 403 when the query names another patient
 */
export function restrictSearchToPatient(resourceType: string, query: SearchQuery, patientId: string): SearchQuery {
  if (!isCompartmentType(resourceType)) {
    return query;
  }
  const pin = pinParameter(resourceType);
  const expected = pin === '_id' ? patientId : `Patient/${patientId}`;
  for (const code of new Set([pin, 'patient', 'subject'])) {
    for (const value of query[code] ?? []) {
      const named = value.split(',').filter((v) => v.startsWith('Patient/') || code === pin);
      if (named.some((v) => v !== expected)) {
        throw forbidden(`The token's patient scopes only allow the launch patient's data (${code}=… names another patient)`);
      }
    }
  }
  return { ...query, [pin]: [...(query[pin] ?? []), expected] };
}

/**
 * Throws 403 when a resource is outside the launch patient's compartment.
 * @param resource - the resource read, or the body to create or update
 * @param patientId - the launch patient
 * @throws HttpError 403
 */
export function assertInPatientCompartment(resource: Resource, patientId: string): void {
  if (!isInPatientCompartment(resource, patientId)) {
    throw forbidden(`${resource.resourceType} is outside the launch patient's compartment`);
  }
}

/**
 * Display helpers for patients on the sandbox pages (name, age, sex).
 */
import { calculateAgeString, formatHumanName } from '@medplum/core';
import type { Patient } from '@medplum/fhirtypes';

/**
 * @param patient - a Patient
 * @returns the official (or first) name, or the id
 */
export function patientName(patient: Patient): string {
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  return formatHumanName(name) || `Patient ${patient.id ?? ''}`.trim();
}

/**
 * @param patient - a Patient
 * @param now - the sandbox clock's current date
 * @returns e.g. `64Y`, or `age unknown`
 */
export function patientAge(patient: Patient, now: Date): string {
  if (!patient.birthDate) {
    return 'age unknown';
  }
  return calculateAgeString(patient.birthDate, now.toISOString().slice(0, 10)) ?? 'age unknown';
}

/**
 * @param patient - a Patient
 * @returns administrative gender, or `unknown`
 */
export function patientSex(patient: Patient): string {
  return patient.gender ?? 'unknown';
}

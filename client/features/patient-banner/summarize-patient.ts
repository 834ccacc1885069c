/**
 * Display values for the patient banner, from a FHIR Patient. Pure.
 */
import { calculateAge, formatHumanName } from '@medplum/core';
import type { HumanName, Patient } from '@medplum/fhirtypes';

/** What the banner shows. Missing data is shown as such, never guessed. */
export interface PatientSummary {
  readonly id: string;
  readonly name: string;
  /** e.g. `46 y`, `22 mo`, `12 d`; undefined without a valid birth date. */
  readonly age: string | undefined;
  /** Administrative gender as recorded (FHIR `Patient.gender`), capitalised. */
  readonly sex: string | undefined;
  /** FHIR date as recorded (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), shown unconverted to avoid time-zone shifts. */
  readonly birthDate: string | undefined;
}

/** The label shown when a patient has no usable name. */
export const UNNAMED_PATIENT = 'Name not recorded';

/**
 * Picks the name to show: the first `official` name, else the first `usual`, else the first non-old name.
 * @param names - `Patient.name`
 * @returns the chosen name, or undefined
 */
export function pickDisplayName(names: readonly HumanName[] | undefined): HumanName | undefined {
  const usable = (names ?? []).filter((n) => n.use !== 'old');
  return usable.find((n) => n.use === 'official') ?? usable.find((n) => n.use === 'usual') ?? usable[0];
}

/**
 * Formats an age the way clinicians read it: years from 2 years, months under 2 years, days under a month.
 * @param birthDate - FHIR date
 * @param today - end date (`YYYY-MM-DD`), default today
 * @returns the age, or undefined for a missing or future birth date
 */
export function formatAge(birthDate: string | undefined, today?: string): string | undefined {
  if (!birthDate || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(birthDate)) {
    return undefined;
  }
  const { years, months, days } = calculateAge(birthDate, today);
  if (days < 0 || Number.isNaN(days)) {
    return undefined;
  }
  if (years >= 2) {
    return `${years} y`;
  }
  if (months >= 1) {
    return `${months} mo`;
  }
  return `${days} d`;
}

/**
 * Builds the banner values.
 * @param patient - the launch-context Patient
 * @param today - end date for the age (tests pin it)
 * @returns the summary
 */
export function summarizePatient(patient: Patient, today?: string): PatientSummary {
  const name = formatHumanName(pickDisplayName(patient.name), { prefix: true, suffix: true }).trim();
  return {
    id: patient.id ?? '',
    name: name || UNNAMED_PATIENT,
    age: formatAge(patient.birthDate, today),
    sex: patient.gender ? patient.gender.charAt(0).toUpperCase() + patient.gender.slice(1) : undefined,
    birthDate: patient.birthDate,
  };
}

/**
 * The patient subgroup kept with a suggestion set for fairness monitoring: age band, sex, race,
 * ethnicity and language only — never names, identifiers or dates.
 */
import { calculateAge } from '@medplum/core';
import type { Patient } from '@medplum/fhirtypes';

function usCore(patient: Patient, url: string): string | undefined {
  const ext = patient.extension?.find((e) => e.url === url);
  return ext?.extension?.find((e) => e.url === 'ombCategory')?.valueCoding?.display ?? ext?.extension?.find((e) => e.url === 'text')?.valueString;
}

/** Age band used for fairness breakdowns (same bands everywhere: store, dashboard, evaluation). */
export function ageBandOf(years: number | undefined): string {
  if (years === undefined) {
    return 'unknown';
  }
  return years < 18 ? '<18' : years < 40 ? '18-39' : years < 65 ? '40-64' : '65+';
}

/** Whole years between a birth date and a date (YYYY-MM-DD), or undefined when either is not a valid date. */
export function ageInYears(birthDate: string | undefined, on: string): number | undefined {
  if (!birthDate || Number.isNaN(Date.parse(birthDate)) || Number.isNaN(Date.parse(on)) || birthDate.slice(0, 10) > on.slice(0, 10)) {
    return undefined;
  }
  return calculateAge(birthDate.slice(0, 10), on.slice(0, 10)).years;
}

/**
 * @param prefetch - the hook's prefetch (the patient is looked for there) or a list of resources
 * @returns subgroup attributes that are present
 */
export function subgroupOf(prefetch: unknown): Record<string, string> {
  const values = Array.isArray(prefetch) ? prefetch : prefetch && typeof prefetch === 'object' ? Object.values(prefetch) : [];
  const patient = values.find((v) => (v as Patient | null)?.resourceType === 'Patient') as Patient | undefined;
  if (!patient) {
    return {};
  }
  const out: Record<string, string | undefined> = {
    ageBand: patient.birthDate ? ageBandOf(ageInYears(patient.birthDate, new Date().toISOString())) : undefined,
    sex: patient.gender,
    race: usCore(patient, 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race'),
    ethnicity: usCore(patient, 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity'),
    language: patient.communication?.[0]?.language?.coding?.[0]?.code,
  };
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * The patient subgroup kept with a suggestion set for fairness monitoring: age band, sex, race,
 * ethnicity and language only — never names, identifiers or dates.
 */
import type { Patient } from '@medplum/fhirtypes';

function usCore(patient: Patient, url: string): string | undefined {
  const ext = patient.extension?.find((e) => e.url === url);
  return ext?.extension?.find((e) => e.url === 'ombCategory')?.valueCoding?.display ?? ext?.extension?.find((e) => e.url === 'text')?.valueString;
}

function ageBand(birthDate: string | undefined): string | undefined {
  if (!birthDate || Number.isNaN(Date.parse(birthDate))) {
    return undefined;
  }
  const age = Math.floor((Date.now() - Date.parse(birthDate)) / (365.25 * 86_400_000));
  return age < 18 ? '<18' : age < 40 ? '18-39' : age < 65 ? '40-64' : '65+';
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
    ageBand: ageBand(patient.birthDate),
    sex: patient.gender,
    race: usCore(patient, 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race'),
    ethnicity: usCore(patient, 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity'),
    language: patient.communication?.[0]?.language?.coding?.[0]?.code,
  };
  return Object.fromEntries(Object.entries(out).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/**
 * Finds the sandbox's synthetic patients in the fixture Bundles, the way the sandbox loads them
 * (`<fixturesDir>/patients/*.json`, an entry without an id takes the uuid of its `urn:uuid:` fullUrl).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, HumanName, Patient } from '@medplum/fhirtypes';

/** A fixture patient with the id the sandbox serves it under. */
export interface FixturePatient {
  readonly id: string;
  readonly patient: Patient;
  readonly file: string;
}

/**
 * Lists the fixture patients, in the sandbox's load order.
 * @param fixturesDir - the configured fixtures root
 * @returns the patients (empty when there are none)
 */
export function listFixturePatients(fixturesDir: string): FixturePatient[] {
  const dir = join(fixturesDir, 'patients');
  if (!existsSync(dir)) {
    return [];
  }
  const found: FixturePatient[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle;
    for (const entry of bundle.entry ?? []) {
      if (entry.resource?.resourceType !== 'Patient') {
        continue;
      }
      const patient = entry.resource as Patient;
      const id = patient.id ?? /^urn:uuid:(.+)$/.exec(entry.fullUrl ?? '')?.[1];
      if (id) {
        found.push({ id, patient, file: name });
      }
    }
  }
  return found;
}

/**
 * The name parts a banner must show for this patient: the family name and first given name of the
 * official (else first) name. Compared as substrings so the test does not re-implement formatting.
 * @param patient - the fixture Patient
 * @returns the expected name parts
 */
export function expectedNameParts(patient: Patient): string[] {
  const name: HumanName | undefined = patient.name?.find((n) => n.use === 'official') ?? patient.name?.find((n) => n.use !== 'old');
  return [name?.given?.[0], name?.family].filter((part): part is string => Boolean(part));
}

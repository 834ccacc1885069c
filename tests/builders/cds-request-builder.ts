/**
 * Builds CDS Hooks requests from the synthetic patient fixtures the way an EHR would: prefetch keys
 * filled with the patient and searchset Bundles of the chart's resources.
 */
import { randomUUID } from 'node:crypto';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { readPatientBundles } from '../../fixtures/read-fixtures';

export interface FixtureChart {
  patientId: string;
  encounterId?: string;
  resources: Resource[];
}

/** Reads a patient fixture by file name. */
export function fixtureChart(file: string): FixtureChart {
  const found = readPatientBundles().find((b) => b.file === file);
  if (!found) {
    throw new Error(`no fixture ${file}`);
  }
  const resources = (found.bundle.entry ?? []).map((e) => e.resource).filter((r): r is Resource => !!r);
  const patient = resources.find((r) => r.resourceType === 'Patient');
  const encounter = resources.filter((r) => r.resourceType === 'Encounter').find((r) => (r as { status?: string }).status === 'in-progress');
  return { patientId: patient?.id as string, encounterId: encounter?.id, resources };
}

/** A chart from any Bundle (e.g. a Synthea history), with the encounter in context when given. */
export function bundleChart(bundle: Bundle, encounterId?: string): FixtureChart {
  const resources = (bundle.entry ?? []).map((e) => e.resource).filter((r): r is Resource => !!r);
  const patient = resources.find((r) => r.resourceType === 'Patient');
  return { patientId: patient?.id as string, encounterId, resources };
}

function searchset(resources: Resource[]): Bundle | null {
  return resources.length ? { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) } : null;
}

/** Prefetch for the services' templates, filled from the chart. */
export function fullPrefetch(chart: FixtureChart): Record<string, Resource | Bundle | null> {
  const of = (type: string): Resource[] => chart.resources.filter((r) => r.resourceType === type);
  return {
    patient: of('Patient')[0] ?? null,
    encounter: chart.encounterId ? (chart.resources.find((r) => r.resourceType === 'Encounter' && r.id === chart.encounterId) ?? null) : null,
    openEncounters: searchset(of('Encounter').filter((e) => ['in-progress', 'arrived', 'triaged', 'onleave'].includes((e as { status?: string }).status ?? ''))),
    conditions: searchset(of('Condition')),
    observations: searchset(of('Observation')),
    medications: searchset(of('MedicationRequest')),
    allergies: searchset(of('AllergyIntolerance')),
    orders: searchset(of('ServiceRequest')),
    consent: searchset(of('Consent')),
  };
}

/** A hook request body. */
export function hookRequest(hook: string, chart: FixtureChart, extra: { context?: Record<string, unknown>; prefetch?: Record<string, unknown> | null; fhirServer?: string; fhirAuthorization?: unknown } = {}): Record<string, unknown> {
  return {
    hook,
    hookInstance: randomUUID(),
    context: { userId: 'Practitioner/sandbox-clinician-1', patientId: chart.patientId, ...(chart.encounterId ? { encounterId: chart.encounterId } : {}), ...extra.context },
    ...(extra.prefetch === null ? {} : { prefetch: extra.prefetch ?? fullPrefetch(chart) }),
    ...(extra.fhirServer ? { fhirServer: extra.fhirServer } : {}),
    ...(extra.fhirAuthorization ? { fhirAuthorization: extra.fhirAuthorization } : {}),
  };
}

/** A draft-orders Bundle with one ServiceRequest per code. */
export function draftOrders(patientId: string, codes: { system: string; code: string; display: string }[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: codes.map((c, i) => ({
      resource: { resourceType: 'ServiceRequest', id: `draft-${i + 1}`, status: 'draft', intent: 'order', subject: { reference: `Patient/${patientId}` }, code: { coding: [c] } } as Resource,
    })),
  };
}

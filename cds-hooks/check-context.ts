/**
 * The hook context a service needs, checked before anything is read or fetched
 * (https://cds-hooks.hl7.org/2.0/ and the hook definitions in HL7/cds-hooks-library): the fields each
 * hook requires, their types, and the draft orders, whose resources are checked like prefetch ones
 * (FHIR R4, well formed, for the patient in context). Each failure is a 400 with a short reason.
 */
import { HttpError } from '../server/errors';
import { NOT_R4 } from './prefetch/gather-chart';
import { ownership, shapeProblem } from './prefetch/check-resources';
import type { CdsServiceModule } from './services/service-module';
import type { CdsRequest } from './types';

/** Context fields each hook requires (hook version 1.0). */
const REQUIRED_CONTEXT: Record<string, string[]> = {
  'patient-view': ['userId', 'patientId'],
  'order-select': ['userId', 'patientId', 'selections', 'draftOrders'],
  'order-sign': ['userId', 'patientId', 'draftOrders'],
};

const bad = (code: string, message: string): HttpError => new HttpError(400, code, message, 'fhir');

function checkDraftOrders(draft: unknown, patientId: string): string[] {
  const bundle = draft as { resourceType?: unknown; entry?: unknown };
  if (!bundle || typeof bundle !== 'object' || bundle.resourceType !== 'Bundle') {
    throw bad('invalid_context', 'context.draftOrders must be a FHIR Bundle');
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    throw bad('invalid_context', 'context.draftOrders.entry must be an array');
  }
  const ids: string[] = [];
  ((bundle.entry ?? []) as unknown[]).forEach((e, i) => {
    const r = (e as { resource?: unknown } | null)?.resource as ({ resourceType?: unknown; id?: unknown } & Record<string, unknown>) | undefined;
    const at = `context.draftOrders entry ${i}`;
    if (!r || typeof r !== 'object' || typeof r.resourceType !== 'string') {
      throw bad('invalid_context', `${at} has no FHIR resource`);
    }
    if (NOT_R4.has(r.resourceType)) {
      throw bad('wrong_fhir_version', `${at} is a ${r.resourceType}, which is not FHIR R4; this service needs FHIR R4`);
    }
    const resource = r as { resourceType: string } & Record<string, unknown>;
    const problem = shapeProblem(resource);
    if (problem) {
      throw bad('invalid_resource', `${at} (${r.resourceType}): ${problem}`);
    }
    if (ownership(resource, patientId) === 'other-patient') {
      throw bad('patient_mismatch', `${at} (${r.resourceType}) is an order for another patient than context.patientId`);
    }
    if (typeof r.id === 'string') {
      ids.push(`${r.resourceType}/${r.id}`);
    }
  });
  return ids;
}

/**
 * @param service - the service called
 * @param request - the parsed request
 * @throws HttpError 400 naming the first problem
 */
export function checkContext(service: CdsServiceModule, request: CdsRequest): void {
  if (request.hook !== service.definition.hook) {
    throw bad('wrong_hook', `Service ${service.definition.id} answers ${service.definition.hook}, not ${request.hook}`);
  }
  const context = request.context;
  for (const field of REQUIRED_CONTEXT[service.definition.hook] ?? []) {
    const value = context[field];
    if (value === undefined || value === null || value === '') {
      throw bad('missing_context', `context.${field} is required for ${request.hook}`);
    }
  }
  for (const field of ['userId', 'patientId', 'encounterId']) {
    if (context[field] !== undefined && (typeof context[field] !== 'string' || context[field] === '')) {
      throw bad('invalid_context', `context.${field} must be a non-empty string`);
    }
  }
  if (typeof context.userId === 'string' && !/^(Practitioner|PractitionerRole|Patient|RelatedPerson)\/[^/]+$/.test(context.userId)) {
    throw bad('invalid_context', 'context.userId must be a reference such as Practitioner/123');
  }
  const draftIds = context.draftOrders === undefined ? [] : checkDraftOrders(context.draftOrders, context.patientId as string);
  if (context.selections !== undefined) {
    if (!Array.isArray(context.selections) || context.selections.some((s) => typeof s !== 'string')) {
      throw bad('invalid_context', 'context.selections must be an array of references such as ServiceRequest/123');
    }
    const unknown = (context.selections as string[]).filter((s) => !draftIds.includes(s));
    if (unknown.length > 0) {
      throw bad('invalid_context', `context.selections names orders that are not in context.draftOrders: ${unknown.slice(0, 3).join(', ')}`);
    }
  }
}

/**
 * One FHIR REST request against the sandbox repository: route it with @medplum/fhir-router,
 * check the token's scopes for the interaction and resource type, keep patient-level tokens inside
 * the launch patient's compartment, fix up the search query, and shape the response.
 * Supported interactions: read, vread, instance history, type search (GET and POST _search),
 * create, update. Others (delete, patch, batch, system search, GraphQL) answer 405.
 */
import { getStatus, isOk, isResourceType } from '@medplum/core';
import type { FhirRequest, FhirRouter, HttpMethod, MemoryRepository } from '@medplum/fhir-router';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { HttpError } from '../errors';
import { assertInPatientCompartment, isInPatientCompartment, restrictSearchToPatient } from './patient-compartment';
import { checkScope, permissionForInteraction, type ScopePermission } from './scopes';
import { fixSearchQuery, type SearchQuery } from './search-fixups';
import { preferSubjectForPatient, splitDateSort } from './fast-search';
import type { VerifiedAccessToken } from './tokens';

/** The parts of an HTTP request the FHIR layer needs. */
export interface IncomingFhirRequest {
  readonly method: string;
  /** Path below the FHIR base, e.g. `Observation/123` (no leading slash). */
  readonly path: string;
  readonly query: SearchQuery;
  readonly body: unknown;
  readonly ifMatch?: string;
}

/** A FHIR response to send. */
export interface OutgoingFhirResponse {
  readonly status: number;
  readonly resource: Resource;
}

interface Routed {
  readonly resourceType: string;
  readonly id?: string;
  readonly interaction: string;
  readonly permission: ScopePermission;
}

function route(router: FhirRouter, method: HttpMethod, path: string): Routed {
  const found = router.find(method, path);
  const interaction = found?.data?.interaction ?? '';
  const permission = permissionForInteraction(interaction);
  if (!found || !permission) {
    throw new HttpError(found ? 405 : 404, found ? 'not_supported' : 'not_found', `${method} ${path || '/'} is not supported by the sandbox FHIR server`);
  }
  const resourceType = found.params.resourceType;
  if (!isResourceType(resourceType)) {
    throw new HttpError(404, 'not_found', `Unknown resource type ${resourceType}`);
  }
  return { resourceType, id: found.params.id, interaction, permission };
}

function throwOutcome(outcome: OperationOutcome): never {
  const status = getStatus(outcome);
  const text = outcome.issue?.[0]?.details?.text ?? outcome.issue?.[0]?.diagnostics ?? 'FHIR request failed';
  throw new HttpError(status, outcome.issue?.[0]?.code ?? 'processing', text, 'fhir');
}

/**
 * Authorizes and executes one FHIR request.
 * @param deps - the FHIR router, repository and FHIR base URL
 * @param access - the verified access token
 * @param request - the request below the FHIR base
 * @returns status and resource
 * @throws HttpError 403 (scope or compartment), 404, 405, or the repository's error status
 */
export async function handleFhirRequest(
  deps: { router: FhirRouter; repo: MemoryRepository; fhirBase: string },
  access: VerifiedAccessToken,
  request: IncomingFhirRequest,
): Promise<OutgoingFhirResponse> {
  const method = request.method.toUpperCase() as HttpMethod;
  const routed = route(deps.router, method, request.path);
  const decision = checkScope(access.scopes, routed.resourceType, routed.permission);
  if (!decision.allowed) {
    throw new HttpError(403, 'insufficient_scope', `No granted scope allows "${routed.permission}" on ${routed.resourceType}`);
  }
  const patientId = decision.patientOnly ? access.patientId : undefined;
  if (decision.patientOnly && !patientId) {
    throw new HttpError(403, 'forbidden', 'Patient-level scopes need a patient in the launch context');
  }

  let query = request.query;
  let body = request.body;
  let applySort: ((bundle: Bundle) => Bundle) | undefined;
  if (routed.interaction === 'search-type') {
    const raw = method === 'POST' ? queryFromForm(request.body) : request.query;
    query = fixSearchQuery(routed.resourceType, raw);
    query = patientId ? restrictSearchToPatient(routed.resourceType, query, patientId) : query;
    query = preferSubjectForPatient(routed.resourceType, query);
    const split = splitDateSort(query);
    query = split.query;
    applySort = split.apply;
    body = method === 'POST' ? query : body;
  } else if (patientId && (routed.interaction === 'create' || routed.interaction === 'update')) {
    assertInPatientCompartment(body as Resource, patientId);
    if (routed.interaction === 'update' && routed.id) {
      await assertExistingInCompartment(deps.repo, routed.resourceType, routed.id, patientId);
    }
  }

  const fhirRequest: FhirRequest = {
    method,
    url: request.path,
    pathname: '',
    params: {},
    query,
    body,
    headers: request.ifMatch ? { 'if-match': request.ifMatch } : {},
  };
  const [outcome, resource] = await deps.router.handleRequest(fhirRequest, deps.repo);
  if (!isOk(outcome) || !resource) {
    throwOutcome(outcome);
  }
  if (patientId && resource.resourceType !== 'Bundle') {
    assertInPatientCompartment(resource, patientId);
  }
  const sorted = applySort && resource.resourceType === 'Bundle' ? applySort(resource as Bundle) : resource;
  const shaped = sorted.resourceType === 'Bundle' ? shapeBundle(sorted as Bundle, deps.fhirBase, patientId) : sorted;
  return { status: getStatus(outcome), resource: shaped };
}

async function assertExistingInCompartment(repo: MemoryRepository, resourceType: string, id: string, patientId: string): Promise<void> {
  const existing = await repo.readResource(resourceType, id).catch(() => undefined);
  if (existing) {
    assertInPatientCompartment(existing, patientId);
  }
}

function queryFromForm(body: unknown): SearchQuery {
  const query: SearchQuery = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    query[k] = Array.isArray(v) ? v.map(String) : [String(v)];
  }
  return query;
}

/** Adds fullUrl and search mode to entries, and drops anything outside the compartment (defence in depth). */
function shapeBundle(bundle: Bundle, fhirBase: string, patientId: string | undefined): Bundle {
  const entry = (bundle.entry ?? [])
    .filter((e) => !patientId || !e.resource || isInPatientCompartment(e.resource, patientId))
    .map((e) => ({
      ...e,
      fullUrl: e.resource ? `${fhirBase}/${e.resource.resourceType}/${e.resource.id}` : e.fullUrl,
      ...(bundle.type === 'searchset' ? { search: { mode: 'match' as const } } : {}),
    }));
  return { ...bundle, entry: entry.length > 0 ? entry : undefined };
}

/**
 * Gathers the chart a service reasons over: prefetch first; what is missing is fetched from
 * `fhirServer` with `fhirAuthorization` (never logged), only from allowlisted servers, within a time
 * budget. When required data cannot be had the service answers 412, as the spec requires
 * (https://cds-hooks.hl7.org/2.0/#prefetch-template). A slow server gives "what we have" instead of a
 * hang.
 */
import { HttpError } from '../../server/errors';
import type { CdsRequest, CdsServiceDefinition } from '../types';
import { resolvePrefetchTokens } from './resolve-prefetch-tokens';

type AnyResource = { resourceType: string } & Record<string, unknown>;

/** Resource types of FHIR DSTU2/STU3 that do not exist in R4: a sign the client speaks another version. */
const NOT_R4 = new Set(['MedicationOrder', 'DiagnosticOrder', 'ProcedureRequest', 'ReferralRequest', 'DeviceUseRequest', 'Order', 'OrderResponse', 'BodySite', 'ProcessRequest', 'ProcessResponse']);

export interface GatherOptions {
  /** FHIR servers the service may call (others are refused: no fetching from arbitrary URLs). */
  readonly allowlist: readonly string[];
  /** Prefetch keys without which the service cannot work. */
  readonly required: readonly string[];
  /** Total time budget for fetching (ms). */
  readonly budgetMs: number;
  readonly fetchFn?: typeof fetch;
}

export interface GatheredChart {
  readonly resources: AnyResource[];
  /** keys satisfied by prefetch, keys fetched, keys that could not be had */
  readonly fromPrefetch: string[];
  readonly fetched: string[];
  readonly missing: string[];
  readonly timedOut: boolean;
}

function flatten(value: unknown, out: AnyResource[], key: string): void {
  if (value === null || value === undefined) {
    return;
  }
  const r = value as AnyResource;
  if (typeof r !== 'object' || typeof r.resourceType !== 'string') {
    throw new HttpError(400, 'invalid_prefetch', `prefetch "${key}" is not a FHIR resource or Bundle`, 'fhir');
  }
  if (NOT_R4.has(r.resourceType)) {
    throw new HttpError(400, 'wrong_fhir_version', `prefetch "${key}" holds ${r.resourceType}, which is not FHIR R4; this service needs FHIR R4`, 'fhir');
  }
  if (r.resourceType === 'Bundle') {
    for (const e of (Array.isArray(r.entry) ? r.entry : []) as { resource?: unknown }[]) {
      if (e?.resource) {
        flatten(e.resource, out, key);
      }
    }
    return;
  }
  if (r.resourceType === 'OperationOutcome') {
    return;
  }
  out.push(r);
}

async function fetchAll(url: string, token: string, signal: AbortSignal, fetchFn: typeof fetch, base: string): Promise<unknown[]> {
  const pages: unknown[] = [];
  let next: string | undefined = url;
  for (let i = 0; next && i < 5; i++) {
    const res = await fetchFn(next, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' }, signal });
    if (!res.ok) {
      throw new Error(`FHIR server answered ${res.status}`);
    }
    const body = (await res.json()) as { resourceType?: string; link?: { relation: string; url: string }[] };
    pages.push(body);
    const link = body.resourceType === 'Bundle' ? body.link?.find((l) => l.relation === 'next')?.url : undefined;
    next = link && link.startsWith(base) ? link : undefined;
  }
  return pages;
}

/**
 * @param definition - the service (its prefetch templates)
 * @param request - the hook request
 * @param options - allowlist, required keys, budget
 * @returns the resources gathered and what could not be had
 * @throws HttpError 412 when required data is missing and cannot be fetched; 400 for non-R4 or garbage prefetch
 */
export async function gatherChart(definition: CdsServiceDefinition, request: CdsRequest, options: GatherOptions): Promise<GatheredChart> {
  const resources: AnyResource[] = [];
  const fromPrefetch: string[] = [];
  const toFetch: { key: string; query: string }[] = [];
  const missing: string[] = [];
  for (const [key, template] of Object.entries(definition.prefetch ?? {})) {
    if (request.prefetch && key in request.prefetch) {
      flatten(request.prefetch[key], resources, key);
      fromPrefetch.push(key);
      continue;
    }
    const query = resolvePrefetchTokens(template, request.context);
    if (query) {
      toFetch.push({ key, query });
    } else if (options.required.includes(key)) {
      missing.push(key);
    }
  }
  const server = request.fhirServer?.replace(/\/$/, '');
  const token = request.fhirAuthorization?.access_token;
  const canFetch = !!server && !!token && options.allowlist.includes(server);
  if (!canFetch) {
    const requiredMissing = toFetch.filter((f) => options.required.includes(f.key)).map((f) => f.key);
    if (requiredMissing.length + missing.length > 0) {
      const why = server && !options.allowlist.includes(server) ? 'the fhirServer is not on this service’s allowlist' : 'no fhirServer and fhirAuthorization to fetch it';
      throw new HttpError(412, 'prefetch_missing', `Required prefetch ${[...missing, ...requiredMissing].join(', ')} is missing and ${why}`, 'fhir');
    }
    return { resources, fromPrefetch, fetched: [], missing: [...missing, ...toFetch.map((f) => f.key)], timedOut: false };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.budgetMs);
  const fetchFn = options.fetchFn ?? fetch;
  const fetched: string[] = [];
  let timedOut = false;
  const results = await Promise.allSettled(toFetch.map(async (f) => ({ key: f.key, pages: await fetchAll(`${server}/${f.query}`, token as string, controller.signal, fetchFn, server as string) })));
  clearTimeout(timer);
  results.forEach((r, i) => {
    const key = toFetch[i].key;
    if (r.status === 'fulfilled') {
      r.value.pages.forEach((p) => flatten(p, resources, key));
      fetched.push(key);
    } else {
      timedOut ||= controller.signal.aborted;
      missing.push(key);
    }
  });
  const requiredMissing = missing.filter((k) => options.required.includes(k));
  if (requiredMissing.length > 0 && !timedOut) {
    throw new HttpError(412, 'prefetch_missing', `Required data ${requiredMissing.join(', ')} could not be fetched from the FHIR server`, 'fhir');
  }
  return { resources, fromPrefetch, fetched, missing, timedOut };
}

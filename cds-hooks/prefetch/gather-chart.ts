/**
 * Gathers the chart a service reasons over: prefetch first; what is missing is fetched from
 * `fhirServer` with `fhirAuthorization` (never logged), only from allowlisted servers, within a time
 * budget. When required data cannot be had the service answers 412, as the spec requires
 * (https://cds-hooks.hl7.org/2.0/#prefetch-template). A slow server gives "what we have" instead of a
 * hang.
 *
 * What the spec's prefetch values mean here: a resource or Bundle is data; `null` is "the client has
 * no data for this key" (for the patient read, that is not usable); an OperationOutcome is "the
 * client could not get it" and, like an absent key, is fetched when possible and otherwise counted
 * as missing. Every resource is checked (check-resources.ts) before the engine sees it: malformed
 * fields or another patient's data in the prefetch are a 400; from the FHIR server they are dropped.
 */
import { compileAllowlist } from '../../server/auth/fhir-allowlist';
import { HttpError } from '../../server/errors';
import type { CdsRequest, CdsServiceDefinition } from '../types';
import { ownership, shapeProblem } from './check-resources';
import { resolvePrefetchTokens } from './resolve-prefetch-tokens';

type AnyResource = { resourceType: string } & Record<string, unknown>;

/** Resource types of FHIR DSTU2/STU3 that do not exist in R4: a sign the client speaks another version. */
export const NOT_R4 = new Set(['MedicationOrder', 'DiagnosticOrder', 'ProcedureRequest', 'ReferralRequest', 'DeviceUseRequest', 'Order', 'OrderResponse', 'BodySite', 'ProcessRequest', 'ProcessResponse']);

/** Bundles within Bundles deeper than this are refused (a searchset of resources is depth 1). */
const MAX_BUNDLE_DEPTH = 3;
/** Keys whose absence from the prefetch is no reason to stop: the read must be made or refused. */
const NULL_MEANS_MISSING = new Set(['patient']);

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
  /** Resources from the FHIR server left out: malformed, or not this patient's. */
  readonly dropped: number;
}

interface Flattened {
  resources: AnyResource[];
  /** The value (or a Bundle entry) was an OperationOutcome: the client or server reported an error. */
  errored: boolean;
}

/**
 * Flattens a prefetch value or fetched page into resources, without recursion (a deep Bundle cannot
 * exhaust the stack), checking each. Throws an HttpError 400 for what a client must not send.
 */
function flatten(value: unknown, key: string, patientId: string, from: 'prefetch' | 'server'): Flattened & { dropped: number } {
  const out: Flattened & { dropped: number } = { resources: [], errored: false, dropped: 0 };
  const where = from === 'prefetch' ? `prefetch "${key}"` : `data fetched for "${key}"`;
  /** Prefetch: a 400 naming the problem. From the server (not the caller's fault): left out and counted. */
  const reject = (code: string, message: string): void => {
    if (from === 'server') {
      out.dropped++;
      return;
    }
    throw new HttpError(400, code, message, 'fhir');
  };
  // Where each value sits, as a chain of entry indexes, made into text only for an error message.
  type Item = { value: unknown; depth: number; parent?: Item; index?: number };
  const pathOf = (item: Item): string => (item.parent ? `${pathOf(item.parent)} entry ${item.index}` : where);
  const stack: Item[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop() as Item;
    const { value: v, depth } = item;
    if (v === null || v === undefined) {
      continue;
    }
    const r = v as AnyResource;
    if (typeof r !== 'object' || Array.isArray(r) || typeof r.resourceType !== 'string') {
      reject('invalid_prefetch', `${pathOf(item)} is not a FHIR resource or Bundle`);
      continue;
    }
    if (NOT_R4.has(r.resourceType)) {
      reject('wrong_fhir_version', `${pathOf(item)} holds ${r.resourceType}, which is not FHIR R4; this service needs FHIR R4`);
      continue;
    }
    if (r.resourceType === 'OperationOutcome') {
      out.errored = true;
      continue;
    }
    if (r.resourceType === 'Bundle') {
      if (depth >= MAX_BUNDLE_DEPTH) {
        reject('invalid_prefetch', `${pathOf(item)}: Bundles nested more than ${MAX_BUNDLE_DEPTH} deep`);
        continue;
      }
      if (r.entry !== undefined && !Array.isArray(r.entry)) {
        reject('invalid_prefetch', `${pathOf(item)}: Bundle.entry must be an array`);
        continue;
      }
      const entries = (r.entry ?? []) as unknown[];
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i] as { resource?: unknown } | null;
        if (e && typeof e === 'object' && e.resource !== undefined) {
          stack.push({ value: e.resource, depth: depth + 1, parent: item, index: i });
        }
      }
      continue;
    }
    const problem = shapeProblem(r);
    const owner = ownership(r, patientId);
    if (problem) {
      reject('invalid_resource', `${pathOf(item)} (${r.resourceType}): ${problem}`);
      continue;
    }
    if (owner === 'other-patient' || owner === 'unattributed') {
      reject(
        'patient_mismatch',
        owner === 'other-patient' ? `${pathOf(item)} (${r.resourceType}) is about another patient than context.patientId` : `${pathOf(item)} (${r.resourceType}) does not say which patient it is about`,
      );
      continue;
    }
    out.resources.push(r);
  }
  return out;
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
 * @throws HttpError 412 when required data is missing and cannot be fetched; 400 for non-R4, malformed or another patient's prefetch
 */
export async function gatherChart(definition: CdsServiceDefinition, request: CdsRequest, options: GatherOptions): Promise<GatheredChart> {
  const patientId = String(request.context.patientId);
  const resources: AnyResource[] = [];
  const fromPrefetch: string[] = [];
  const toFetch: { key: string; query: string }[] = [];
  const missing: string[] = [];
  let dropped = 0;
  for (const [key, template] of Object.entries(definition.prefetch ?? {})) {
    if (request.prefetch && key in request.prefetch) {
      const value = request.prefetch[key];
      const flat = flatten(value, key, patientId, 'prefetch');
      const unusable = flat.errored || (value === null && NULL_MEANS_MISSING.has(key));
      if (!unusable) {
        resources.push(...flat.resources);
        fromPrefetch.push(key);
        continue;
      }
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
  const allowed = !!server && compileAllowlist(options.allowlist).allows(server);
  const canFetch = !!server && !!token && allowed;
  if (!canFetch) {
    const requiredMissing = toFetch.filter((f) => options.required.includes(f.key)).map((f) => f.key);
    if (requiredMissing.length + missing.length > 0) {
      const why = server && !allowed ? 'the fhirServer is not on this service’s allowlist' : 'no fhirServer and fhirAuthorization to fetch it';
      throw new HttpError(412, 'prefetch_missing', `Required prefetch ${[...missing, ...requiredMissing].join(', ')} is missing and ${why}`, 'fhir');
    }
    return { resources, fromPrefetch, fetched: [], missing: [...missing, ...toFetch.map((f) => f.key)], timedOut: false, dropped };
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
    if (r.status === 'rejected') {
      timedOut ||= controller.signal.aborted;
      missing.push(key);
      return;
    }
    let errored = false;
    for (const page of r.value.pages) {
      const flat = flatten(page, key, patientId, 'server');
      errored ||= flat.errored;
      dropped += flat.dropped;
      resources.push(...flat.resources);
    }
    if (errored || (NULL_MEANS_MISSING.has(key) && !resources.some((x) => x.resourceType === 'Patient'))) {
      missing.push(key);
    } else {
      fetched.push(key);
    }
  });
  const requiredMissing = missing.filter((k) => options.required.includes(k));
  if (requiredMissing.length > 0 && !timedOut) {
    throw new HttpError(412, 'prefetch_missing', `Required data ${requiredMissing.join(', ')} could not be fetched from the FHIR server`, 'fhir');
  }
  return { resources, fromPrefetch, fetched, missing, timedOut, dropped };
}

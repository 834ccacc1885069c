/**
 * The sandbox EHR's CDS Hooks client side: builds hook requests the way an EHR does (prefetch from
 * its own FHIR server, draft orders in the context, a signed client JWT) and calls the CDS service
 * over HTTP. DEVELOPMENT AND TESTS ONLY.
 */
import { randomUUID } from 'node:crypto';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { resolvePrefetchTokens } from '../../cds-hooks/prefetch/resolve-prefetch-tokens';
import type { SandboxCdsClient } from './cds-client';

export interface FireHookInput {
  readonly serviceId: string;
  readonly patientId: string;
  readonly userId: string;
  readonly encounterId?: string;
  readonly draftOrders?: Resource[];
  readonly selections?: string[];
}

export interface HookClientDeps {
  readonly publicBaseUrl: string;
  readonly fhirBase: string;
  readonly cdsClient: SandboxCdsClient;
  issueAccessToken(request: { scopes: string[]; patientId?: string; userId?: string }): Promise<{ accessToken: string }>;
}

interface Discovery {
  services: { id: string; hook: string; prefetch?: Record<string, string> }[];
}

async function prefetchFor(deps: HookClientDeps, templates: Record<string, string>, context: Record<string, unknown>, token: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await Promise.all(
    Object.entries(templates).map(async ([key, template]) => {
      const query = resolvePrefetchTokens(template, context);
      if (!query) {
        return; // the spec: do not send keys the client could not satisfy
      }
      const res = await fetch(`${deps.fhirBase}/${query}`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/fhir+json' } });
      if (res.status === 404) {
        out[key] = null;
        return;
      }
      if (!res.ok) {
        return;
      }
      const body = (await res.json()) as Bundle | Resource;
      out[key] = body.resourceType === 'Bundle' && !(body as Bundle).entry?.length ? null : body;
    }),
  );
  return out;
}

/**
 * Fires one hook at the CDS service and returns its HTTP status and body.
 * @param deps - base URLs, the signer and a token minter
 * @param input - service, patient, user, encounter and draft orders
 * @returns status, body and the hookInstance used
 */
export async function fireHook(deps: HookClientDeps, input: FireHookInput): Promise<{ status: number; body: unknown; hookInstance: string }> {
  const discovery = (await (await fetch(`${deps.publicBaseUrl}/cds-services`)).json()) as Discovery;
  const service = discovery.services.find((s) => s.id === input.serviceId);
  if (!service) {
    return { status: 404, body: { error: `no service ${input.serviceId}` }, hookInstance: '' };
  }
  const context: Record<string, unknown> = {
    userId: `Practitioner/${input.userId}`,
    patientId: input.patientId,
    ...(input.encounterId ? { encounterId: input.encounterId } : {}),
  };
  if (service.hook !== 'patient-view') {
    context.draftOrders = { resourceType: 'Bundle', type: 'collection', entry: (input.draftOrders ?? []).map((resource) => ({ resource })) };
  }
  if (service.hook === 'order-select') {
    context.selections = input.selections ?? [];
  }
  const { accessToken } = await deps.issueAccessToken({ scopes: ['patient/*.rs'], patientId: input.patientId, userId: input.userId });
  const prefetch = await prefetchFor(deps, service.prefetch ?? {}, context, accessToken);
  const hookInstance = randomUUID();
  const url = `${deps.publicBaseUrl}/cds-services/${service.id}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await deps.cdsClient.sign(url)}` },
    body: JSON.stringify({ hook: service.hook, hookInstance, fhirServer: deps.fhirBase, context, prefetch }),
  });
  return { status: res.status, body: await res.json().catch(() => ({})), hookInstance };
}

/**
 * Sends feedback for a card, as an EHR does when the user accepts a suggestion or dismisses a card.
 * @param deps - base URL and signer
 * @param serviceId - the service the card came from
 * @param feedback - the feedback items
 * @returns status and body
 */
export async function sendFeedback(deps: HookClientDeps, serviceId: string, feedback: unknown[]): Promise<{ status: number; body: unknown }> {
  const url = `${deps.publicBaseUrl}/cds-services/${encodeURIComponent(serviceId)}/feedback`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await deps.cdsClient.sign(url)}` },
    body: JSON.stringify({ feedback }),
  });
  return { status: res.status, body: await res.json().catch(() => ({})) };
}

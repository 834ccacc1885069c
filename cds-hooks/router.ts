/**
 * The CDS Hooks 2.0 service (https://cds-hooks.hl7.org/2.0/): discovery, service calls and feedback.
 * Each route parses, calls and responds; errors are thrown and the one error handler answers with an
 * OperationOutcome (4xx with a short reason; 401 without details).
 */
import express, { Router, type RequestHandler } from 'express';
import type { Config } from '../server/config';
import type { Logger } from '../server/logger';
import type { KnowledgeBase } from '../server/knowledge/load-knowledge';
import { HttpError } from '../server/errors';
import type { Store } from '../server/store/store';
import type { Sandbox } from '../server/sandbox/create-sandbox';
import { ENGINE_MODEL } from '../server/reasoning/build-differential';
import { ClientAuthError, createClientJwtVerifier, ReplayCheckUnavailableError, type TrustedClient, type VerifiedClient } from './auth/verify-client-jwt';
import { databaseReplayGuard } from './auth/replay-guard';
import { assertConformantResponse } from './cards/check-card-invariants';
import type { CardContext } from './cards/card-context';
import { gatherChart } from './prefetch/gather-chart';
import { CdsRequestSchema, FeedbackRequestSchema } from './request-schemas';
import { buildRegistry, SERVICES } from './services/index';
import type { CdsServiceModule, ServiceDeps, ServiceOutcome } from './services/service-module';
import type { CdsRequest, CdsResponse } from './types';
import { recordFeedback } from './record-feedback';
import { recordShownCards } from './record-shown-cards';
import { createShownCardsWriter } from './shown-cards-writer';

export interface CdsHooksDeps {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeBase;
  store: Store;
  /** In sandbox mode: the sandbox EHR, whose signing key is trusted for hook calls. */
  sandbox?: Sandbox;
}

/** CORS for browser-based CDS clients: the preflight carries Authorization (standards.md 1.7). */
const cors: RequestHandler = (req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  if (req.method === 'OPTIONS') {
    res.sendStatus(204);
    return;
  }
  next();
};

function trustedClients(deps: CdsHooksDeps): TrustedClient[] {
  const clients: TrustedClient[] = deps.config.cdsTrustedClients.map((c) => ({ ...c }));
  if (deps.sandbox) {
    clients.push({ iss: deps.sandbox.cdsClient.iss, jwks: deps.sandbox.cdsClient.jwks, jwksUrls: [deps.sandbox.cdsClient.jwksUrl], algorithms: ['ES384'] });
  }
  return clients;
}

const REQUIRED_CONTEXT: Record<string, string[]> = {
  'patient-view': ['patientId'],
  'order-select': ['patientId', 'selections', 'draftOrders'],
  'order-sign': ['patientId', 'draftOrders'],
};

function checkContext(service: CdsServiceModule, request: CdsRequest): void {
  if (request.hook !== service.definition.hook) {
    throw new HttpError(400, 'wrong_hook', `Service ${service.definition.id} answers ${service.definition.hook}, not ${request.hook}`, 'fhir');
  }
  for (const field of REQUIRED_CONTEXT[service.definition.hook] ?? []) {
    const value = request.context[field];
    if (value === undefined || value === null || value === '') {
      throw new HttpError(400, 'missing_context', `context.${field} is required for ${request.hook}`, 'fhir');
    }
  }
  if (typeof request.context.patientId !== 'string') {
    throw new HttpError(400, 'invalid_context', 'context.patientId must be a string', 'fhir');
  }
  const draft = request.context.draftOrders as { resourceType?: string } | undefined;
  if (draft !== undefined && draft?.resourceType !== 'Bundle') {
    throw new HttpError(400, 'invalid_context', 'context.draftOrders must be a FHIR Bundle', 'fhir');
  }
}

/**
 * @param deps - config, logger, knowledge base, store and (sandbox mode) the sandbox
 * @returns the /cds-services router
 */
export function createCdsHooksRouter(deps: CdsHooksDeps): Router {
  const { config, logger, knowledge, store } = deps;
  const registry = buildRegistry(SERVICES);
  // With PostgreSQL the service may run as several processes (cluster workers, instances behind a
  // load balancer): accepted jtis are then remembered in the database so that none of them accepts a
  // replay. The embedded database means one process, whose memory is enough.
  const verifier = createClientJwtVerifier({ clients: trustedClients(deps), replay: store.db.kind === 'postgres' ? databaseReplayGuard(store) : undefined });
  const base = `${config.publicBaseUrl}/cds-services`;
  const cardContext: CardContext = { publicBaseUrl: config.publicBaseUrl, model: { ...ENGINE_MODEL }, knowledgeVersion: knowledge.manifest.version };
  const serviceDeps: ServiceDeps = { knowledge, cardContext };
  const allowlist = config.fhirServerAllowlist;
  const writer = createShownCardsWriter(store);

  const authenticate = async (authorization: string | undefined, audience: string): Promise<VerifiedClient> => {
    try {
      return await verifier.verify(authorization, audience);
    } catch (err) {
      if (err instanceof ClientAuthError) {
        logger.warn({ reason: err.reason, audience }, 'CDS client JWT rejected');
        throw new HttpError(401, 'unauthorized', 'Unauthorized', 'fhir');
      }
      if (err instanceof ReplayCheckUnavailableError) {
        logger.error({ err: { name: err.name, message: err.message }, audience }, 'CDS client JWT not accepted: the replay check is unavailable');
        throw new HttpError(503, 'unavailable', 'The service cannot check client tokens at the moment; retry later', 'fhir');
      }
      throw err;
    }
  };
  const serviceOf = (id: string): CdsServiceModule => {
    const service = registry.get(id);
    if (!service) {
      throw new HttpError(404, 'unknown_service', `No CDS service with id "${id}"`, 'fhir');
    }
    return service;
  };

  const router = Router();
  router.use(cors);
  router.use(express.json({ limit: '5mb', type: ['application/json', 'application/fhir+json'] }));

  router.get('/', (_req, res) => {
    res.json({ services: [...registry.values()].map((s) => s.definition) });
  });

  router.post('/:id', async (req, res) => {
    const started = performance.now();
    const service = serviceOf(req.params.id);
    const client = await authenticate(req.headers.authorization, `${base}/${service.definition.id}`);
    const request = CdsRequestSchema.parse(req.body) as CdsRequest;
    checkContext(service, request);
    const chart = await gatherChart(service.definition, request, { allowlist, required: service.required, budgetMs: config.cdsFetchBudgetMs });
    let outcome: ServiceOutcome = chart.timedOut && !chart.resources.some((r) => r.resourceType === 'Patient')
      ? { cards: [], meta: [], quietReason: 'FHIR server too slow; answered within budget without cards' }
      : service.handle(request, chart, serviceDeps);
    const response: CdsResponse = { cards: outcome.cards };
    assertConformantResponse(response);
    if (outcome.result && outcome.cards.length > 0) {
      const stored = await recordShownCards(writer, { request, service, outcome, iss: client.iss }).catch((err: Error) => {
        logger.error({ err: { name: err.name, message: err.message }, service: service.definition.id, hookInstance: request.hookInstance }, 'cards could not be stored; withheld');
        return false;
      });
      if (!stored) {
        outcome = { cards: [], meta: [], quietReason: 'store unavailable: cards withheld so that nothing shown is untraceable' };
      }
    }
    logger.info(
      {
        service: service.definition.id,
        hookInstance: request.hookInstance,
        iss: client.iss,
        jti: client.jti,
        prefetchKeys: chart.fromPrefetch,
        fetched: chart.fetched,
        missing: chart.missing,
        cards: outcome.cards.length,
        quiet: outcome.quietReason,
        ms: Math.round(performance.now() - started),
      },
      'hook served',
    );
    res.json({ cards: outcome.cards });
  });

  router.post('/:id/feedback', async (req, res) => {
    const service = serviceOf(req.params.id);
    const client = await authenticate(req.headers.authorization, `${base}/${service.definition.id}/feedback`);
    const body = FeedbackRequestSchema.parse(req.body);
    const results = await recordFeedback(store, { serviceId: service.definition.id, iss: client.iss, items: body.feedback });
    const failed = results.filter((r) => r.status === 'error').length;
    logger.info({ service: service.definition.id, iss: client.iss, items: results.length, failed }, 'feedback received');
    if (failed === results.length && failed > 0) {
      throw new HttpError(503, 'store_unavailable', 'Feedback could not be stored; retry later', 'fhir');
    }
    res.status(200).json({ results });
  });

  return router;
}

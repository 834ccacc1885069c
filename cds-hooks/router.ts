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
import { findCardViolations } from './cards/check-card-invariants';
import type { CardContext } from './cards/card-context';
import { gatherChart, type GatheredChart } from './prefetch/gather-chart';
import { CdsRequestSchema, FeedbackRequestSchema } from './request-schemas';
import { checkContext } from './check-context';
import { buildRegistry, SERVICES } from './services/index';
import type { CdsServiceModule, ServiceDeps, ServiceOutcome } from './services/service-module';
import type { CdsRequest, CdsResponse } from './types';
import { recordFeedback } from './record-feedback';
import { recordShownCards } from './record-shown-cards';
import { logSafeHookInstance } from './log-safe';
import { createShownCardsWriter, type ShownCardsWriter } from './shown-cards-writer';

export interface CdsHooksDeps {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeBase;
  store: Store;
  /** In sandbox mode: the sandbox EHR, whose signing key is trusted for hook calls. */
  sandbox?: Sandbox;
  /** Where shown cards are recorded; by default each call waits for the store's group commit. */
  shownWriter?: ShownCardsWriter;
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
  const cardContext: CardContext = { publicBaseUrl: config.publicBaseUrl, model: { ...ENGINE_MODEL }, knowledgeVersion: knowledge.manifest.version };
  const serviceDeps: ServiceDeps = { knowledge, cardContext };
  const allowlist = config.fhirServerAllowlist;
  const writer = deps.shownWriter ?? createShownCardsWriter(store);

  const authenticate = async (authorization: string | undefined, audience: string | readonly string[]): Promise<VerifiedClient> => {
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

  /** No cards, without running the engine, when what a card needs cannot be had. */
  const quietOutcome = (chart: GatheredChart): ServiceOutcome | undefined => {
    if (!chart.resources.some((r) => r.resourceType === 'Patient')) {
      return { cards: [], meta: [], quietReason: chart.timedOut ? 'FHIR server too slow; answered within budget without cards' : 'the patient could not be read' };
    }
    if (chart.missing.includes('consent')) {
      // An opt-out that cannot be checked must be assumed: no AI suggestions.
      return { cards: [], meta: [], quietReason: 'consents could not be read, so an AI opt-out cannot be ruled out' };
    }
    return undefined;
  };
  /** The service's handler; an unexpected failure (a bug) is logged and gives no cards rather than a 500. */
  const runService = (service: CdsServiceModule, request: CdsRequest, chart: GatheredChart): ServiceOutcome => {
    try {
      return service.handle(request, chart, serviceDeps);
    } catch (err) {
      const e = err as Error;
      logger.error({ err: { name: e.name, message: e.message, stack: e.stack }, service: service.definition.id }, 'CDS service failed; answered without cards');
      return { cards: [], meta: [], quietReason: 'service error' };
    }
  };

  const router = Router();
  router.use(cors);
  const parseJson = express.json({ limit: '5mb', type: ['application/json', 'application/fhir+json'] });
  /**
   * The caller's JWT is checked before the body is read: an unauthenticated client cannot make the
   * server parse megabytes (issue 16). The verified client is kept for the handler.
   */
  const authenticated =
    (suffix: string): RequestHandler =>
    async (req, res, next) => {
      const t0 = performance.now();
      const service = serviceOf(String(req.params.id));
      // The exact URL called, under the public base URL or any alias this server is reached at.
      const audiences = [config.publicBaseUrl, ...config.publicBaseUrlAliases].map((b) => `${b}/cds-services/${service.definition.id}${suffix}`);
      res.locals.client = await authenticate(req.headers.authorization, audiences);
      res.locals.timing = { start: t0, jwt: performance.now() - t0 };
      next();
    };

  router.get('/', (_req, res) => {
    res.json({ services: [...registry.values()].map((s) => s.definition) });
  });

  router.post('/:id', authenticated(''), parseJson, async (req, res) => {
    const started = performance.now();
    // Where the time of a call goes, as a Server-Timing header (W3C): the bench reads it (issue 16, item 5).
    const timing = res.locals.timing as { start: number; jwt: number };
    const phases: [string, number][] = [['jwt', timing.jwt], ['body', started - timing.start - timing.jwt]];
    let mark = started;
    const lap = (name: string): void => {
      const now = performance.now();
      phases.push([name, now - mark]);
      mark = now;
    };
    const service = serviceOf(String(req.params.id));
    const client = res.locals.client as VerifiedClient;
    const request = CdsRequestSchema.parse(req.body) as CdsRequest;
    checkContext(service, request);
    lap('validate');
    const chart = await gatherChart(service.definition, request, { allowlist, required: service.required, budgetMs: config.cdsFetchBudgetMs });
    lap('prefetch');
    let outcome = quietOutcome(chart) ?? runService(service, request, chart);
    lap('engine'); // the engine and the service's cards
    const problems = findCardViolations({ cards: outcome.cards } satisfies CdsResponse);
    if (problems.length > 0) {
      // A card this service built breaks the spec or our rules: a bug. The EHR gets no cards, not a 500.
      logger.error({ service: service.definition.id, problems: problems.slice(0, 5) }, 'cards failed the conformance check; withheld');
      outcome = { cards: [], meta: [], quietReason: 'cards failed the conformance check' };
    }
    lap('check');
    if (outcome.result && outcome.cards.length > 0) {
      const stored = await recordShownCards(writer, { request, service, outcome, iss: client.iss, resources: chart.resources, pseudonymise: store.pseudonymise }).catch((err: Error) => {
        logger.error({ err: { name: err.name, message: err.message }, service: service.definition.id, hookInstance: logSafeHookInstance(request.hookInstance) }, 'cards could not be stored; withheld');
        return false;
      });
      if (!stored) {
        outcome = { cards: [], meta: [], quietReason: 'store unavailable: cards withheld so that nothing shown is untraceable' };
      }
    }
    lap('store');
    logger.info(
      {
        service: service.definition.id,
        hookInstance: logSafeHookInstance(request.hookInstance),
        iss: client.iss,
        jti: client.jti,
        prefetchKeys: chart.fromPrefetch,
        fetched: chart.fetched,
        missing: chart.missing,
        dropped: chart.dropped || undefined,
        cards: outcome.cards.length,
        quiet: outcome.quietReason,
        ms: Math.round(performance.now() - started),
      },
      'hook served',
    );
    res.setHeader('Server-Timing', phases.map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`).join(', '));
    res.json({ cards: outcome.cards });
  });

  router.post('/:id/feedback', authenticated('/feedback'), parseJson, async (req, res) => {
    const service = serviceOf(String(req.params.id));
    const client = res.locals.client as VerifiedClient;
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

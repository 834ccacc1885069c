/**
 * The app's API. Open: GET /knowledge (summary), GET /findings?q=, GET /conditions?q= and
 * GET /problems?q= (knowledge search, no patient data), GET /model-label[/{version}] (the label's data). Everything else needs a SMART access token from an allowlisted FHIR
 * server (server/auth/). Each route parses, calls and responds; errors are thrown as HttpError.
 */
import express, { Router, type RequestHandler } from 'express';
import { SearchQuerySchema, type SearchResponse } from '../contract';
import { summarizeKnowledge } from '../knowledge/summarize-knowledge';
import { requireSmartAuth } from '../auth/require-smart-auth';
import { createSmartTokenVerifier } from '../auth/smart-token-verifier';
import type { ApiDeps } from './api-deps';
import { createDecisionsRouter } from './decisions-router';
import { createDifferentialRouter } from './differential-router';
import { createMeRouter } from './me-router';
import { createQualityRouter } from './quality-router';
import { searchKnowledge } from './search-knowledge';
import { resolveLabel } from '../model-label/model-label-router';
import { hasNul } from '../../cds-hooks/request-schemas';
import { HttpError } from '../errors';

export type { ApiDeps } from './api-deps';

/**
 * @param deps - config, logger, knowledge base, store, optional token verifier
 * @returns the /api router
 */
export function createApiRouter(deps: ApiDeps): Router {
  const router = Router();
  const verifier = deps.verifier ?? createSmartTokenVerifier({ allowlist: deps.config.fhirServerAllowlist, clientId: deps.config.smartClientId, introspectionClients: deps.config.introspectionClients, jwtAccessTokens: deps.config.jwtAccessTokens });
  router.get('/knowledge', (_req, res) => {
    res.json(summarizeKnowledge(deps.knowledge));
  });
  router.get('/findings', (req, res) => {
    const { q, limit } = SearchQuerySchema.parse(req.query);
    res.json({ results: searchKnowledge(deps.knowledge.findings.values(), q, limit) } satisfies SearchResponse);
  });
  router.get('/conditions', (req, res) => {
    const { q, limit } = SearchQuerySchema.parse(req.query);
    res.json({ results: searchKnowledge(deps.knowledge.conditions.values(), q, limit) } satisfies SearchResponse);
  });
  router.get('/problems', (req, res) => {
    const { q, limit } = SearchQuerySchema.parse(req.query);
    res.json({ results: searchKnowledge(deps.knowledge.problems.values(), q, limit) } satisfies SearchResponse);
  });
  // The model label is public (HTI-1: users and patients can read it): the running version or an archived one.
  router.get(['/model-label', '/model-label/:version'], async (req, res) => {
    const v = req.params.version;
    const label = await resolveLabel(deps.knowledge, deps.store, Array.isArray(v) ? v[0] : v);
    if (!label) {
      throw new HttpError(404, 'unknown_version', `No model label for version ${String(v)}`);
    }
    res.json(label.full);
  });
  router.use(requireSmartAuth(verifier));
  // A NUL in any string of a JSON body is refused with 400 (issue 16): no clinician typed it, and the
  // database would refuse it later as a "store unavailable" error that no retry can fix.
  const refuseNul: RequestHandler = (req, _res, next) => {
    next(req.body && hasNul(req.body) ? new HttpError(400, 'invalid_request', 'The request contains a NUL character') : undefined);
  };
  router.use(createDifferentialRouter(deps, refuseNul));
  router.use(express.json({ limit: '256kb' }), refuseNul);
  router.use(createDecisionsRouter(deps));
  router.use(createMeRouter(deps));
  router.use(createQualityRouter(deps));
  return router;
}

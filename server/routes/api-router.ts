/**
 * The app's API. Areas are added as routers; each route parses, calls and responds.
 */
import express, { Router } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { summarizeKnowledge } from '../knowledge/summarize-knowledge';

export interface ApiDeps {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeBase;
}

/**
 * @param deps - config, logger and knowledge base
 * @returns the /api router
 */
export function createApiRouter(deps: ApiDeps): Router {
  const router = Router();
  router.use(express.json({ limit: '1mb' }));
  router.get('/knowledge', (_req, res) => {
    res.json(summarizeKnowledge(deps.knowledge));
  });
  return router;
}

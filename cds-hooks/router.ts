/**
 * CDS Hooks 2.0 service mount point (https://cds-hooks.hl7.org/2.0/).
 * Discovery answers 200 with the services hosted; with none yet, `{ "services": [] }` as the spec requires.
 */
import express, { Router } from 'express';
import type { Config } from '../server/config';
import type { Logger } from '../server/logger';
import type { KnowledgeBase } from '../server/knowledge/load-knowledge';
import { HttpError } from '../server/errors';

export interface CdsHooksDeps {
  config: Config;
  logger: Logger;
  knowledge: KnowledgeBase;
}

/**
 * @param _deps - config, logger and knowledge base
 * @returns the /cds-services router
 */
export function createCdsHooksRouter(_deps: CdsHooksDeps): Router {
  const router = Router();
  router.use(express.json({ limit: '5mb' }));
  router.get('/', (_req, res) => {
    res.json({ services: [] });
  });
  router.post('/:id', (req) => {
    throw new HttpError(404, 'unknown_service', `No CDS service with id "${req.params.id}"`, 'fhir');
  });
  return router;
}

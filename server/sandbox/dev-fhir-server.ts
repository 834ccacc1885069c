/**
 * Development FHIR mode (issue 17, item 5): the sandbox's synthetic FHIR data, read-only, without
 * authentication and with open CORS, at the root of its own origin (`SANDBOX_DEV_FHIR_PORT`), so that
 * outside development tools (a FHIR browser, the CDS Hooks reference client, a SMART launcher configured
 * with an open server) can read it without a hand-written proxy. Off by default and refused outside
 * sandbox mode (server/config.ts): it serves every sandbox patient to anyone who can reach the port.
 * Writes are refused (405); the SMART-protected server at /sandbox/fhir is unchanged.
 */
import express, { type Express } from 'express';
import type { FhirRouter } from '@medplum/fhir-router';
import { HttpError, operationOutcomeCode } from '../errors';
import { cors } from './cors';
import { handleFhirRequest } from './fhir-request';
import { addPagingLinks, FHIR_JSON, pathBelowBase } from './fhir-server';
import type { SandboxContext } from './sandbox-context';
import { parseQueryString } from './search-fixups';
import type { VerifiedAccessToken } from './tokens';

/** Read access to every resource, as a system-level token would grant (no patient restriction). */
const DEV_ACCESS: VerifiedAccessToken = { clientId: 'dev-fhir-mode', scopes: ['system/*.rs'], sub: 'dev-fhir-mode', exp: Number.MAX_SAFE_INTEGER };

/**
 * @param ctx - the sandbox context (its repository is read)
 * @param fhirRouter - the medplum FHIR router over ctx.repo
 * @param devBase - the public base URL of this server (origin root), for paging links and the CapabilityStatement
 * @returns an express app to listen on its own port
 */
export function createDevFhirApp(ctx: SandboxContext, fhirRouter: FhirRouter, devBase: string): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(cors('*'));
  app.use((req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next(new HttpError(405, 'method_not_allowed', 'The development FHIR mode is read-only: use the SMART-protected /sandbox/fhir to write', 'fhir', { Allow: 'GET, HEAD, OPTIONS' }));
      return;
    }
    next();
  });
  app.use(async (req, res, next) => {
    try {
      const { path, search } = pathBelowBase(req);
      if (path === 'metadata') {
        res.type(FHIR_JSON).send(JSON.stringify({ resourceType: 'CapabilityStatement', status: 'active', kind: 'instance', fhirVersion: '4.0.1', format: ['json'], date: new Date(ctx.options.now()).toISOString(), implementation: { description: 'DDx CDS sandbox, development FHIR mode (read-only, synthetic data, no authentication)', url: devBase }, rest: [{ mode: 'server', documentation: 'Read-only; no security' }] }));
        return;
      }
      const result = await handleFhirRequest({ router: fhirRouter, repo: ctx.repo, fhirBase: devBase }, DEV_ACCESS, { method: req.method, path, query: parseQueryString(search), body: undefined });
      res.status(result.status).type(FHIR_JSON).send(JSON.stringify(addPagingLinks(result.resource, devBase, path, search)));
    } catch (err) {
      next(err);
    }
  });
  // Every answer of this server is FHIR: errors are OperationOutcomes.
  app.use(((err, _req, res, _next) => {
    const status = err instanceof HttpError ? err.status : 500;
    if (err instanceof HttpError) {
      Object.entries(err.headers).forEach(([k, v]) => res.setHeader(k, v));
    } else {
      ctx.logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'dev fhir mode error');
    }
    res.status(status).type(FHIR_JSON).send(JSON.stringify({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: operationOutcomeCode(status), details: { text: err instanceof HttpError ? err.message : 'Internal error' } }],
    }));
  }) as express.ErrorRequestHandler);
  return app;
}

/**
 * The sandbox FHIR R4 server, mounted at `/sandbox/fhir`: discovery without a token
 * (`metadata`, `.well-known/smart-configuration`), everything else behind a bearer token.
 * Development and tests only: not a production FHIR server.
 */
import { createLaunchContextEndpoint } from './launch-context-endpoint';
import express, { Router, type Request } from 'express';
import type { FhirRouter } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import { accessOf, bearerAuth } from './bearer-auth';
import { cors } from './cors';
import { handleFhirRequest } from './fhir-request';
import type { SandboxContext } from './sandbox-context';
import { parseQueryString } from './search-fixups';
import { buildCapabilityStatement, buildSmartConfiguration } from './smart-configuration';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export function pathBelowBase(req: Request): { path: string; search: string } {
  const [path, search = ''] = req.url.split('?', 2);
  return { path: path.replace(/^\/+|\/+$/g, ''), search };
}

/** Adds `self` (and `next` when `_count` cut the result) links to a search Bundle. */
export function addPagingLinks(resource: Resource, fhirBase: string, path: string, search: string): Resource {
  if (resource.resourceType !== 'Bundle' || resource.type !== 'searchset') {
    return resource;
  }
  const params = new URLSearchParams(search);
  const link = [{ relation: 'self', url: `${fhirBase}/${path}${search ? `?${search}` : ''}` }];
  const count = Number(params.get('_count') ?? NaN);
  const offset = Number(params.get('_offset') ?? 0);
  if (Number.isInteger(count) && count > 0 && resource.total !== undefined && offset + count < resource.total) {
    params.set('_offset', String(offset + count));
    link.push({ relation: 'next', url: `${fhirBase}/${path}?${params.toString()}` });
  }
  return { ...resource, link };
}

/**
 * @param ctx - the sandbox context
 * @param fhirRouter - the medplum FHIR router over ctx.repo
 * @returns the `/sandbox/fhir` router
 */
export function createFhirServer(ctx: SandboxContext, fhirRouter: FhirRouter): Router {
  const router = Router();
  const endpoints = { fhirBase: ctx.fhirBase, authBase: `${ctx.sandboxBase}/auth` };
  const capabilityStatement = buildCapabilityStatement(endpoints, ctx.options.now());

  router.get('/.well-known/smart-configuration', cors('*'), (_req, res) => {
    res.json(buildSmartConfiguration(endpoints));
  });
  router.get('/metadata', cors('*'), (_req, res) => {
    res.type(FHIR_JSON).send(JSON.stringify(capabilityStatement));
  });

  router.use(cors(ctx.appOrigin));
  router.use(bearerAuth(ctx.tokens, ctx.fhirBase));
  router.use(express.json({ type: ['application/json', 'application/fhir+json'], limit: '5mb' }));
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  // Launch-context creation for CDS Hooks smart links (the reference client's non-standard endpoint).
  router.use(createLaunchContextEndpoint(ctx));
  router.use(async (req, res) => {
    const { path, search } = pathBelowBase(req);
    const result = await handleFhirRequest({ router: fhirRouter, repo: ctx.repo, fhirBase: ctx.fhirBase }, accessOf(res), {
      method: req.method,
      path,
      query: parseQueryString(search),
      body: req.body,
      ifMatch: req.headers['if-match'],
    });
    const resource = addPagingLinks(result.resource, ctx.fhirBase, path, search);
    if (resource.meta?.versionId) {
      res.setHeader('ETag', `W/"${resource.meta.versionId}"`);
    }
    if (result.status === 201 && resource.id) {
      res.setHeader('Location', `${ctx.fhirBase}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId ?? '1'}`);
    }
    ctx.logger.debug({ method: req.method, resourceType: path.split('/')[0], status: result.status }, 'sandbox fhir');
    res.status(result.status).type(FHIR_JSON).send(JSON.stringify(resource));
  });
  return router;
}

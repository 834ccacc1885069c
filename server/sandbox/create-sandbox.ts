/**
 * The sandbox EHR, mounted at `/sandbox` by server/app.ts when `config.sandbox` is on:
 * - `/sandbox/`            launch page (pick patient and user, EHR launch or standalone)
 * - `/sandbox/fhir`        FHIR R4 server over the synthetic fixtures (@medplum/fhir-router, in memory)
 * - `/sandbox/auth/*`      SMART App Launch 2.2 authorization server (PKCE S256, scopes v2/v1, openid fhirUser)
 *
 * DEVELOPMENT AND TESTS ONLY. This is not a production FHIR or authorization server: keys are
 * generated at start, state lives in memory, users are picked rather than authenticated, and the
 * introspection endpoint is open. In production the app talks to the real EHR.
 */
import type { Express } from 'express';
import { createDevFhirApp } from './dev-fhir-server';
import { Router } from 'express';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { sandboxFhirBase, type Config } from '../config';
import type { Logger } from '../logger';
import { createAuthorizationServer } from './authorization-server';
import { loadFhirDefinitions } from './fhir-definitions';
import { createFhirServer } from './fhir-server';
import { GrantStore } from './grant-store';
import { createLaunchPages } from './launch-page';
import { loadPatientFixtures } from './load-fixtures';
import type { SandboxContext } from './sandbox-context';
import { resolveSandboxOptions, type SandboxOptions } from './sandbox-options';
import { loadSmartRegistry } from './smart-registry';
import { createTokenService } from './tokens';
import { createSandboxCdsClient, type SandboxCdsClient } from './cds-client';
import { createHooksPage } from './hooks-page';
import type { CatalogueItem } from './order-catalogue';

export interface SandboxDeps {
  config: Config;
  logger: Logger;
  /** Lifetimes and clock; defaults in sandbox-options.ts. */
  options?: Partial<SandboxOptions>;
  /** Orderable tests and treatments for the CDS Hooks page (built from the knowledge base by the app). */
  orderCatalogue?: readonly CatalogueItem[];
}

/** What {@link Sandbox.issueAccessToken} needs; defaults: the SMART app's client id, no user. */
export interface IssueTokenRequest {
  /** Scopes, e.g. `['patient/*.rs']`; v1 forms are accepted. */
  readonly scopes: readonly string[];
  readonly patientId?: string;
  readonly encounterId?: string;
  /** Practitioner id of the user the token acts for. */
  readonly userId?: string;
  readonly clientId?: string;
  /** Lifetime in seconds (default: the configured access token lifetime). */
  readonly lifetimeSeconds?: number;
}

export interface Sandbox {
  router: Router;
  close(): Promise<void>;
  /** The sandbox FHIR base URL (`iss`, token audience). */
  readonly fhirBase: string;
  /**
   * Mints an access token the sandbox FHIR server accepts, without a browser flow (for the CDS
   * Hooks service's `fhirAuthorization` and for tests).
   * @param request - scopes and context
   * @returns the bearer token and its lifetime in seconds
   */
  issueAccessToken(request: IssueTokenRequest): Promise<{ accessToken: string; expiresIn: number }>;
  /** The sandbox as a CDS Hooks client: signs hook calls; trusted by the CDS service in sandbox mode only. */
  readonly cdsClient: SandboxCdsClient;
  /** Development FHIR mode (SANDBOX_DEV_FHIR_PORT): an app to listen on that port, and its base URL. */
  readonly devFhir?: { readonly app: Express; readonly base: string; readonly port: number };
}

/**
 * Builds the sandbox: loads R4 definitions, the SMART registry and all patient fixtures (all or
 * nothing), generates a signing key and returns the router.
 * @param deps - config, logger and optional options
 * @returns the sandbox
 * @throws FixtureError naming the file and entry when a fixture cannot be loaded
 */
export async function createSandbox(deps: SandboxDeps): Promise<Sandbox> {
  const { config, logger } = deps;
  const started = performance.now();
  const options = resolveSandboxOptions(deps.options);
  const publicBaseUrl = config.publicBaseUrl.replace(/\/$/, '');
  const fhirBase = sandboxFhirBase(publicBaseUrl);
  loadFhirDefinitions();

  const repo = new MemoryRepository();
  const seen = new Map<string, string>();
  const registry = await loadSmartRegistry(config.fixturesDir, publicBaseUrl, config.smartClientId, repo, seen);
  const patients = await loadPatientFixtures(config.fixturesDir, repo, seen);
  const tokens = await createTokenService(fhirBase, options);

  const ctx: SandboxContext = {
    config,
    logger,
    options,
    publicBaseUrl,
    sandboxBase: `${publicBaseUrl}/sandbox`,
    fhirBase,
    appOrigin: new URL(publicBaseUrl).origin,
    repo,
    patients: new Map(patients.map((p) => [p.id, p])),
    registry,
    store: new GrantStore(options),
    tokens,
  };

  const cdsClient = await createSandboxCdsClient(ctx.sandboxBase);
  const router = Router();
  router.get('/auth/cds-client-jwks', (_req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.json(cdsClient.jwks);
  });
  router.use('/fhir', createFhirServer(ctx, new FhirRouter()));
  const issueAccessToken = (request: IssueTokenRequest): Promise<{ accessToken: string; expiresIn: number }> =>
    tokens.issueAccessToken(
      { clientId: request.clientId ?? config.smartClientId, scopes: request.scopes, patientId: request.patientId, encounterId: request.encounterId, userId: request.userId },
      request.lifetimeSeconds,
    );
  router.use(createHooksPage(ctx, { publicBaseUrl, fhirBase, cdsClient, issueAccessToken }, deps.orderCatalogue ?? []));
  router.use('/auth', createAuthorizationServer(ctx));
  router.use(createLaunchPages(ctx));

  logger.info({ patients: patients.length, resources: seen.size, ms: Math.round(performance.now() - started) }, 'sandbox EHR loaded');
  let devFhir: Sandbox['devFhir'];
  if (config.sandboxDevFhirPort !== undefined) {
    const url = new URL(publicBaseUrl);
    url.port = String(config.sandboxDevFhirPort);
    const base = url.origin;
    devFhir = { app: createDevFhirApp(ctx, new FhirRouter(), base), base, port: config.sandboxDevFhirPort };
    logger.warn({ base }, 'development FHIR mode on: sandbox data readable without authentication');
  }
  return {
    router,
    fhirBase,
    cdsClient,
    devFhir,
    async close(): Promise<void> {
      repo.clear();
    },
    issueAccessToken,
  };
}

/**
 * The SMART authorization endpoint (https://hl7.org/fhir/smart-app-launch/STU2.2/app-launch.html#obtain-authorization-code)
 * and the standalone-launch picker. Errors found before the client and redirect URI are known
 * are shown as an error page; after that they go back to the app as `error=` on the redirect
 * (RFC 6749 §4.1.2.1).
 */
import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import { z } from 'zod';
import { HttpError } from '../errors';
import type { AuthorizationRequest, AuthorizedGrant, LaunchContext } from './grant-store';
import { htmlErrorPages, sendHtml } from './html';
import { renderPickerPage } from './picker-page';
import type { SandboxContext } from './sandbox-context';
import { grantableScopes, hasPatientScope } from './scopes';

const Text = z.string().optional();
const AuthorizeQuerySchema = z.object({
  response_type: Text,
  client_id: Text,
  redirect_uri: Text,
  scope: Text,
  state: Text,
  aud: Text,
  launch: Text,
  code_challenge: Text,
  code_challenge_method: Text,
  nonce: Text,
});

const PickerFormSchema = z.object({
  txn: z.string().min(1),
  action: z.enum(['approve', 'deny']).default('approve'),
  patient: z.string().optional(),
  user: z.string().optional(),
});

/** An OAuth error to report by redirecting to the client's redirect URI. */
class OAuthRedirectError extends Error {
  constructor(
    readonly redirectUri: string,
    readonly state: string | undefined,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** Validates the request after the redirect URI is trusted; throws OAuthRedirectError. */
function validateAuthorizeRequest(ctx: SandboxContext, q: z.infer<typeof AuthorizeQuerySchema>, clientId: string, redirectUri: string): AuthorizationRequest {
  const fail = (code: string, message: string): never => {
    throw new OAuthRedirectError(redirectUri, q.state, code, message);
  };
  if (q.response_type !== 'code') {
    fail('unsupported_response_type', 'response_type must be "code"');
  }
  if (!q.state) {
    fail('invalid_request', 'state is required');
  }
  if (q.aud?.replace(/\/$/, '') !== ctx.fhirBase) {
    fail('invalid_request', `aud must be the FHIR base URL ${ctx.fhirBase}`);
  }
  if (q.code_challenge_method !== 'S256') {
    fail('invalid_request', 'PKCE is required with code_challenge_method=S256 ("plain" is not supported)');
  }
  if (!q.code_challenge || !PKCE_CHALLENGE.test(q.code_challenge)) {
    fail('invalid_request', 'code_challenge must be a base64url SHA-256 digest (43 characters)');
  }
  const scopes = grantableScopes(q.scope ?? '');
  if (scopes.length === 0) {
    fail('invalid_scope', 'No supported scope was requested');
  }
  let launch: LaunchContext | undefined;
  if (q.launch !== undefined) {
    launch = ctx.store.getLaunch(q.launch);
    if (!launch) {
      fail('invalid_request', 'The launch id is unknown or expired; launch the app again from the sandbox EHR');
    }
  }
  return { clientId, redirectUri, state: q.state as string, codeChallenge: q.code_challenge as string, scopes, nonce: q.nonce, launch };
}

/** Whether a standalone request needs the user to pick a patient. */
export function needsPatientPick(scopes: readonly string[]): boolean {
  return scopes.includes('launch/patient') || hasPatientScope(scopes);
}

/** Builds the grant from a request and the chosen context, keeping only scopes the context can satisfy. */
function buildGrant(request: AuthorizationRequest, context: Omit<LaunchContext, 'patientId' | 'launchUrl'> & { readonly patientId?: string }): AuthorizedGrant {
  const scopes = request.scopes.filter((s) => {
    switch (s) {
      case 'launch':
        return request.launch !== undefined;
      case 'launch/patient':
        return context.patientId !== undefined;
      case 'launch/encounter':
        return context.encounterId !== undefined;
      default:
        return !s.startsWith('patient/') || context.patientId !== undefined;
    }
  });
  return {
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    scopes,
    patientId: context.patientId,
    encounterId: context.encounterId,
    userId: context.userId,
    needPatientBanner: context.needPatientBanner,
    ...(context.appContext !== undefined ? { appContext: context.appContext } : {}),
  };
}

function redirectWith(res: Response, redirectUri: string, params: Record<string, string | undefined>): void {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined) {
      url.searchParams.set(k, v);
    }
  }
  res.setHeader('Cache-Control', 'no-store');
  res.redirect(302, url.toString());
}

/** Redirects OAuthRedirectErrors to the client with `error`, `error_description` and `state`. */
function oauthRedirectErrors(ctx: SandboxContext): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (!(err instanceof OAuthRedirectError)) {
      next(err);
      return;
    }
    ctx.logger.info({ error: err.code }, 'sandbox authorize refused');
    redirectWith(res, err.redirectUri, { error: err.code, error_description: err.message, state: err.state });
  };
}

/**
 * Routes `GET authorize`, `GET select` (standalone picker) and `POST select`.
 * @param ctx - the sandbox context
 * @returns a router to mount under `/sandbox/auth`
 */
export function createAuthorizeRouter(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/authorize', (req, res) => {
    const q = AuthorizeQuerySchema.parse(req.query);
    const client = q.client_id ? ctx.registry.clients.get(q.client_id) : undefined;
    if (!client) {
      throw new HttpError(400, 'invalid_client', 'client_id is missing or not registered with the sandbox');
    }
    if (!q.redirect_uri || !client.redirectUris.includes(q.redirect_uri)) {
      throw new HttpError(400, 'invalid_request', `redirect_uri must exactly match one registered for ${client.clientId}`);
    }
    const request = validateAuthorizeRequest(ctx, q, client.clientId, q.redirect_uri);
    if (request.launch) {
      const code = ctx.store.createCode(buildGrant(request, request.launch));
      ctx.logger.info({ clientId: client.clientId, launch: 'ehr' }, 'sandbox authorization code issued');
      redirectWith(res, request.redirectUri, { code, state: request.state });
      return;
    }
    const txn = ctx.store.createPending(request);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, `${ctx.sandboxBase}/auth/select?txn=${encodeURIComponent(txn)}`);
  });

  router.get('/select', (req, res) => {
    const txn = z.object({ txn: z.string().min(1) }).parse(req.query).txn;
    const request = ctx.store.peekPending(txn);
    if (!request) {
      throw new HttpError(400, 'invalid_request', 'This sign-in request is unknown or expired; start the launch again');
    }
    const client = ctx.registry.clients.get(request.clientId);
    const html = renderPickerPage({
      txn,
      clientName: client?.name ?? request.clientId,
      scopes: request.scopes,
      patients: needsPatientPick(request.scopes) ? [...ctx.patients.values()] : undefined,
      users: [...ctx.registry.users.values()],
      action: `${ctx.sandboxBase}/auth/select`,
      now: ctx.options.now(),
    });
    sendHtml(res, html);
  });

  router.post('/select', express.urlencoded({ extended: false, limit: '16kb' }), (req, res) => {
    const form = PickerFormSchema.parse(req.body);
    const request = ctx.store.takePending(form.txn);
    if (!request) {
      throw new HttpError(400, 'invalid_request', 'This sign-in request is unknown, expired or already answered; start the launch again');
    }
    if (form.action === 'deny') {
      throw new OAuthRedirectError(request.redirectUri, request.state, 'access_denied', 'The user denied the request');
    }
    const user = form.user ? ctx.registry.users.get(form.user) : undefined;
    if (!user) {
      throw new OAuthRedirectError(request.redirectUri, request.state, 'access_denied', 'No known user was selected');
    }
    let patientId: string | undefined;
    let encounterId: string | undefined;
    if (needsPatientPick(request.scopes)) {
      const patient = form.patient ? ctx.patients.get(form.patient) : undefined;
      if (!patient) {
        throw new OAuthRedirectError(request.redirectUri, request.state, 'access_denied', 'No known patient was selected');
      }
      patientId = patient.id;
      encounterId = request.scopes.includes('launch/encounter') ? patient.inProgressEncounterIds[0] : undefined;
    }
    const code = ctx.store.createCode(buildGrant(request, { patientId, encounterId, userId: user.practitionerId, needPatientBanner: true }));
    ctx.logger.info({ clientId: request.clientId, launch: 'standalone' }, 'sandbox authorization code issued');
    redirectWith(res, request.redirectUri, { code, state: request.state });
  });

  router.use(oauthRedirectErrors(ctx));
  router.use(htmlErrorPages());
  return router;
}

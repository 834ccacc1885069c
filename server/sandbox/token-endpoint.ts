/**
 * Token, introspection and JWKS endpoints of the sandbox authorization server.
 * Token: https://hl7.org/fhir/smart-app-launch/STU2.2/app-launch.html#obtain-access-token (public
 * clients, PKCE S256 verified). Introspection: RFC 7662 plus SMART's context fields
 * (https://hl7.org/fhir/smart-app-launch/STU2.2/token-introspection.html).
 * The introspection endpoint authenticates its caller only when SANDBOX_INTROSPECTION_CREDENTIALS is set (as the
 * SMART launcher does); by default it does not (a sandbox deviation).
 */
import express, { Router, type Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { HttpError } from '../errors';
import type { AuthorizedGrant, Redemption } from './grant-store';
import type { SandboxContext } from './sandbox-context';

const CodeGrantSchema = z.object({
  grant_type: z.literal('authorization_code'),
  code: z.string().min(1),
  redirect_uri: z.string().min(1),
  code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/, 'code_verifier must be 43-128 unreserved characters'),
  client_id: z.string().min(1),
});

const RefreshGrantSchema = z.object({
  grant_type: z.literal('refresh_token'),
  refresh_token: z.string().min(1),
  client_id: z.string().min(1),
  scope: z.string().optional(),
});

const IntrospectSchema = z.object({ token: z.string().default('') });

function invalidGrant(message: string): HttpError {
  return new HttpError(400, 'invalid_grant', message);
}

function checkRedemption(result: Redemption, what: string): AuthorizedGrant {
  if (result.ok) {
    return result.grant;
  }
  const reason = { unknown: 'is not valid', expired: 'has expired', reused: 'has already been used' }[result.reason];
  throw invalidGrant(`The ${what} ${reason}`);
}

/**
 * Checks a PKCE S256 verifier against the challenge (RFC 7636 §4.6).
 * @param verifier - code_verifier from the token request
 * @param challenge - code_challenge from the authorization request
 * @returns true when BASE64URL(SHA256(verifier)) equals the challenge
 */
export function verifyPkceS256(verifier: string, challenge: string): boolean {
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}

/** Builds the token response for a grant (access token, context, id_token and refresh token as granted). */
async function tokenResponse(ctx: SandboxContext, grant: AuthorizedGrant): Promise<Record<string, unknown>> {
  const { accessToken, expiresIn } = await ctx.tokens.issueAccessToken(grant);
  const wantsIdToken = grant.scopes.includes('openid') && (grant.scopes.includes('fhirUser') || grant.scopes.includes('profile'));
  const wantsRefresh = grant.scopes.includes('offline_access') || grant.scopes.includes('online_access');
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: expiresIn,
    scope: grant.scopes.join(' '),
    patient: grant.patientId,
    encounter: grant.encounterId,
    need_patient_banner: grant.needPatientBanner,
    // CDS Hooks 2.0 Link.appContext: "sent to the SMART app as part of the OAuth 2.0 access token response".
    appContext: grant.appContext,
    id_token: wantsIdToken ? await ctx.tokens.issueIdToken(grant.clientId, grant.userId, grant.nonce) : undefined,
    refresh_token: wantsRefresh ? ctx.store.createRefreshToken(grant) : undefined,
  };
}

async function exchangeCode(ctx: SandboxContext, body: unknown): Promise<AuthorizedGrant> {
  const req = CodeGrantSchema.parse(body);
  if (!ctx.registry.clients.has(req.client_id)) {
    throw new HttpError(401, 'invalid_client', 'client_id is not registered with the sandbox');
  }
  const grant = checkRedemption(ctx.store.redeemCode(req.code), 'authorization code');
  if (grant.clientId !== req.client_id || grant.redirectUri !== req.redirect_uri) {
    throw invalidGrant('client_id or redirect_uri does not match the authorization request');
  }
  if (!verifyPkceS256(req.code_verifier, grant.codeChallenge)) {
    throw invalidGrant('code_verifier does not match the code_challenge');
  }
  return grant;
}

function exchangeRefreshToken(ctx: SandboxContext, body: unknown): AuthorizedGrant {
  const req = RefreshGrantSchema.parse(body);
  const grant = checkRedemption(ctx.store.redeemRefreshToken(req.refresh_token), 'refresh token');
  if (grant.clientId !== req.client_id) {
    throw invalidGrant('The refresh token was issued to another client');
  }
  if (req.scope === undefined) {
    return grant;
  }
  const requested = req.scope.split(/\s+/).filter(Boolean);
  if (requested.some((s) => !grant.scopes.includes(s))) {
    throw new HttpError(400, 'invalid_scope', 'A refresh may only narrow the granted scopes');
  }
  return { ...grant, scopes: requested };
}

function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
}

/**
 * Routes `POST token`, `POST introspect` and `GET jwks`.
 * @param ctx - the sandbox context
 * @returns a router to mount under `/sandbox/auth`
 */
export function createTokenRouter(ctx: SandboxContext): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb' });

  router.post('/token', form, async (req, res) => {
    noStore(res);
    const grantType = z.object({ grant_type: z.string().optional() }).parse(req.body ?? {}).grant_type;
    let grant: AuthorizedGrant;
    if (grantType === 'authorization_code') {
      grant = await exchangeCode(ctx, req.body);
    } else if (grantType === 'refresh_token') {
      grant = exchangeRefreshToken(ctx, req.body);
    } else {
      throw new HttpError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
    }
    ctx.logger.info({ clientId: grant.clientId, grantType, scopes: grant.scopes.length }, 'sandbox token issued');
    res.json(await tokenResponse(ctx, grant));
  });

  router.post('/introspect', form, async (req, res) => {
    noStore(res);
    // Like the SMART launcher and most production authorization servers, the sandbox can require the
    // introspecting client to authenticate (RFC 7662 section 2.1; client_secret_basic, RFC 6749 2.3.1).
    const required = ctx.config.sandboxIntrospectionCredentials;
    if (required && !basicCredentialsMatch(req.headers.authorization, required.clientId, required.secret)) {
      res.setHeader('WWW-Authenticate', 'Basic realm="sandbox introspection"');
      res.status(401).json({ error: 'invalid_client', error_description: 'Token introspection requires client authentication' });
      return;
    }
    const { token } = IntrospectSchema.parse(req.body ?? {});
    const access = token ? await ctx.tokens.verifyAccessToken(token) : undefined;
    if (!access) {
      res.json({ active: false });
      return;
    }
    res.json({
      active: true,
      token_type: 'Bearer',
      scope: access.scopes.join(' '),
      client_id: access.clientId,
      sub: access.sub,
      fhirUser: access.fhirUser,
      patient: access.patientId,
      encounter: access.encounterId,
      exp: access.exp,
      iss: ctx.fhirBase,
      aud: ctx.fhirBase,
    });
  });

  router.get('/jwks', (_req, res) => {
    res.json(ctx.tokens.jwks());
  });
  return router;
}

/**
 * Checks an HTTP Basic header against a client id and secret (each form-encoded before joining, RFC 6749 2.3.1).
 * @param header - the Authorization header
 * @param clientId - the expected client id
 * @param secret - the expected secret
 * @returns whether they match
 */
export function basicCredentialsMatch(header: string | undefined, clientId: string, secret: string): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!m) {
    return false;
  }
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) {
    return false;
  }
  try {
    const expected = Buffer.from(`${clientId}\n${secret}`);
    const given = Buffer.from(`${decodeURIComponent(decoded.slice(0, i).replace(/\+/g, ' '))}\n${decodeURIComponent(decoded.slice(i + 1).replace(/\+/g, ' '))}`);
    return expected.length === given.length && timingSafeEqual(expected, given);
  } catch {
    return false;
  }
}

/**
 * Verifies a SMART access token against the FHIR server that issued it, by RFC 7662 token
 * introspection (https://hl7.org/fhir/smart-app-launch/STU2.2/token-introspection.html), or, for a server
 * configured in SMART_JWT_ACCESS_TOKENS, by verifying its JWT access token here (issuer JWKS, iss, aud,
 * exp, client id) and reading the identity from the verified claims.
 * The endpoint is discovered from `${iss}/.well-known/smart-configuration`. Results are cached
 * briefly, keyed by a SHA-256 of server and token (the token itself is never stored or logged).
 *
 * Identity comes only from the authorization server: where a FHIR server offers no introspection
 * endpoint the API refuses (401) rather than let the caller name its own user or patient (issue 16: with
 * the earlier read-back fallback a clinician could act as a colleague or as the quality reviewer). The
 * token must also have been issued to this app: introspection's `client_id` must be the configured SMART
 * client id (SMART token introspection requires it for an active token).
 *
 * Client authentication at the introspection endpoint is configured per FHIR server
 * (SMART_INTROSPECTION_CLIENTS): `client_secret_basic` (RFC 6749 2.3.1) or `private_key_jwt` (RFC 7523,
 * as SMART Backend Services use it: a short-lived JWT signed with this service's private key, `aud` the
 * introspection endpoint). Without an entry the call is unauthenticated (the sandbox accepts that).
 */
import { compileAllowlist, normaliseFhirBase } from './fhir-allowlist';
import { createHash, randomUUID } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, customFetch, errors as joseErrors, importJWK, jwtVerify, SignJWT, type JWK, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { HttpError } from '../errors';

/** Who is calling, as the FHIR server's authorization server says (never from the request body). */
export interface SmartCaller {
  /** Allowlisted FHIR base URL (no trailing slash). */
  readonly fhirServer: string;
  /** e.g. `Practitioner/sandbox-clinician-1` */
  readonly fhirUser: string;
  /** Patient id in the token's launch context, when there is one. */
  readonly patientId?: string;
  readonly encounterId?: string;
  readonly scopes: readonly string[];
  readonly clientId?: string;
  /** Expiry (seconds since epoch), when the server reports it. */
  readonly exp?: number;
}

const SmartConfigurationSchema = z.object({ introspection_endpoint: z.url().optional() });

const IntrospectionSchema = z.object({
  active: z.boolean(),
  scope: z.string().optional(),
  fhirUser: z.string().optional(),
  patient: z.string().optional(),
  encounter: z.string().optional(),
  client_id: z.string().optional(),
  exp: z.number().optional(),
});

/** Options of {@link createSmartTokenVerifier}. */
export interface SmartTokenVerifierOptions {
  readonly allowlist: readonly string[];
  /** The SMART client id of this app: tokens issued to another client are refused. */
  readonly clientId?: string;
  /** How long an active introspection result is reused (ms, default 30 s; never past the token's exp). */
  readonly cacheMs?: number;
  /** How long a discovered introspection endpoint is reused (ms, default 5 min). */
  readonly discoveryCacheMs?: number;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  /** Timeout of each call to the FHIR server (ms, default 5 s). */
  readonly timeoutMs?: number;
  /**
   * Credentials this service presents to a FHIR server's introspection endpoint, by FHIR base URL (or
   * allowlist pattern), for authorization servers that require an authenticated caller.
   */
  readonly introspectionClients?: readonly IntrospectionCredentials[];
  /**
   * FHIR servers whose authorization server issues JWT access tokens this service verifies itself (signature
   * against the issuer's JWKS, `iss`, `aud`, `exp`, and `client_id`/`azp` against this app), instead of
   * introspecting them.
   */
  readonly jwtAccessTokens?: readonly JwtAccessTokenIssuer[];
}

/** How to verify one FHIR server's JWT access tokens. */
export interface JwtAccessTokenIssuer {
  /** FHIR base URL (or allowlist pattern) the tokens are for. */
  readonly fhirServer: string;
  /** The `iss` the tokens carry. */
  readonly issuer: string;
  /** Where the issuer publishes its keys, or the keys inline. */
  readonly jwksUrl?: string;
  readonly jwks?: { readonly keys: readonly JWK[] };
  /** The `aud` the tokens carry (default: the FHIR base URL). */
  readonly audience?: string;
  /** Accepted algorithms (default RS256, RS384, ES256, ES384; never `none` or HMAC). */
  readonly algorithms?: readonly string[];
}

const JWT_ALGORITHMS = ['RS256', 'RS384', 'ES256', 'ES384'];

const JwtAccessClaimsSchema = z.object({
  fhirUser: z.string().optional(),
  patient: z.string().optional(),
  encounter: z.string().optional(),
  scope: z.string().optional(),
  scp: z.union([z.string(), z.array(z.string())]).optional(),
  client_id: z.string().optional(),
  azp: z.string().optional(),
  exp: z.number().optional(),
});

/** How this service authenticates at one FHIR server's introspection endpoint. */
export type IntrospectionCredentials =
  | { readonly fhirServer: string; readonly clientId: string; readonly clientSecret: string }
  | { readonly fhirServer: string; readonly clientId: string; readonly privateKeyJwk: JWK; readonly algorithm?: 'RS384' | 'ES384' | 'RS256' | 'ES256' };

/** Lifetime of a client assertion (SMART Backend Services: at most five minutes). */
const ASSERTION_SECONDS = 300;

/**
 * The form fields or header that authenticate this service (RFC 6749 2.3.1 or RFC 7523).
 * @param credentials - the configured credentials
 * @param audience - the introspection endpoint URL
 * @param nowMs - the clock
 * @returns headers and extra form fields
 */
export async function clientAuthentication(credentials: IntrospectionCredentials, audience: string, nowMs: number): Promise<{ headers: Record<string, string>; form: Record<string, string> }> {
  if ('clientSecret' in credentials) {
    // RFC 6749 section 2.3.1: the id and secret are form-encoded, then joined and base64-encoded.
    const basic = `${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`;
    return { headers: { authorization: `Basic ${Buffer.from(basic).toString('base64')}` }, form: {} };
  }
  const alg = credentials.algorithm ?? (credentials.privateKeyJwk.kty === 'EC' ? 'ES384' : 'RS384');
  const key = await importJWK(credentials.privateKeyJwk, alg);
  const iat = Math.floor(nowMs / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg, typ: 'JWT', ...(credentials.privateKeyJwk.kid ? { kid: credentials.privateKeyJwk.kid } : {}) })
    .setIssuer(credentials.clientId)
    .setSubject(credentials.clientId)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ASSERTION_SECONDS)
    .setJti(randomUUID())
    .sign(key);
  return { headers: {}, form: { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion, client_id: credentials.clientId } };
}

/** What the app says about its launch, used only when the server cannot introspect. */
export interface CallerHints {
  readonly fhirUser?: string;
  readonly patientId?: string;
}

/** Checks tokens; `verify` throws HttpError 401 when the call must be refused. */
export interface SmartTokenVerifier {
  verify(token: string, fhirServer: string, hints?: CallerHints): Promise<SmartCaller>;
}


function unauthorized(message: string, code = 'invalid_token'): HttpError {
  return new HttpError(401, code, message, 'json', { 'WWW-Authenticate': `Bearer error="${code}"` });
}

/**
 * Creates a verifier with its own caches.
 * @param options - allowlist, cache durations, fetch and clock (tests)
 * @returns the verifier
 */
export function createSmartTokenVerifier(options: SmartTokenVerifierOptions): SmartTokenVerifier {
  const allowlist = compileAllowlist(options.allowlist);
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cacheMs = options.cacheMs ?? 30_000;
  const discoveryMs = options.discoveryCacheMs ?? 300_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const endpoints = new Map<string, { url: string; until: number }>();
  const results = new Map<string, { caller: SmartCaller; until: number }>();

  async function introspectionEndpoint(iss: string): Promise<string> {
    const cached = endpoints.get(iss);
    if (cached && cached.until > now()) {
      return cached.url;
    }
    let body: unknown;
    let reached: boolean;
    try {
      const res = await doFetch(`${iss}/.well-known/smart-configuration`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      reached = res.status < 500;
      body = res.ok ? await res.json() : undefined;
    } catch {
      reached = false;
    }
    if (!reached) {
      // A network failure, a timeout, a server error or a document that is not JSON: retrying can help, so it is
      // not cached as "no introspection" (which would refuse every caller of this server for the discovery cache time).
      throw new HttpError(503, 'introspection_unavailable', 'The FHIR server’s SMART configuration could not be fetched to check the access token; try again');
    }
    const url = SmartConfigurationSchema.safeParse(body ?? {}).data?.introspection_endpoint ?? '';
    endpoints.set(iss, { url, until: now() + discoveryMs });
    return url;
  }

  async function introspect(iss: string, token: string): Promise<SmartCaller> {
    const url = await introspectionEndpoint(iss);
    if (!url) {
      throw unauthorized('The FHIR server offers no token introspection, so the caller’s identity cannot be established; this service does not accept a user or patient named by the caller', 'invalid_request');
    }
    let parsed: z.infer<typeof IntrospectionSchema> | undefined;
    let refusedStatus: number | undefined;
    const credentials = (options.introspectionClients ?? []).find((c) => compileAllowlist([c.fhirServer]).allows(iss));
    try {
      const auth = credentials ? await clientAuthentication(credentials, url, now()) : { headers: {}, form: {} };
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...auth.headers };
      const res = await doFetch(url, { method: 'POST', headers, body: new URLSearchParams({ token, ...auth.form }), signal: AbortSignal.timeout(timeoutMs) });
      refusedStatus = res.status === 401 || res.status === 403 ? res.status : undefined;
      parsed = res.ok ? IntrospectionSchema.safeParse(await res.json()).data : undefined;
    } catch {
      parsed = undefined;
    }
    if (refusedStatus) {
      // Retrying cannot help: the authorization server refuses this service as a caller.
      throw unauthorized(
        `The FHIR server's token introspection refused this service (HTTP ${refusedStatus}): ${credentials ? 'the configured introspection credentials were not accepted' : 'it requires client authentication; set SMART_INTROSPECTION_CLIENTS'} (see the README)`,
        'invalid_token',
      );
    }
    if (!parsed) {
      throw new HttpError(503, 'introspection_unavailable', 'The FHIR server could not check the access token; try again');
    }
    if (!parsed.active) {
      throw unauthorized('The access token is not active (expired, revoked or unknown); relaunch the app from the EHR');
    }
    if (!parsed.fhirUser) {
      throw unauthorized('The access token names no user (fhirUser); launch with the openid and fhirUser scopes');
    }
    if (options.clientId && parsed.client_id !== options.clientId) {
      throw unauthorized(parsed.client_id ? 'The access token was issued to another application' : 'The token introspection names no client_id, so the token cannot be tied to this application');
    }
    return {
      fhirServer: iss,
      // Only a resource type (capitalised) and id at the end: `…/Practitioner/p1/_history/2` stays whole, never `_history/2`.
      fhirUser: parsed.fhirUser.replace(/^.*\/([A-Z][A-Za-z]*\/[^/]+)$/, '$1'),
      patientId: parsed.patient,
      encounterId: parsed.encounter,
      scopes: (parsed.scope ?? '').split(/\s+/).filter(Boolean),
      clientId: parsed.client_id,
      exp: parsed.exp,
    };
  }

  const keySets = new Map<JwtAccessTokenIssuer, JWTVerifyGetKey>();
  function keysOf(issuer: JwtAccessTokenIssuer): JWTVerifyGetKey {
    let keys = keySets.get(issuer);
    if (!keys) {
      keys = issuer.jwks
        ? createLocalJWKSet({ keys: [...issuer.jwks.keys] })
        : createRemoteJWKSet(new URL(issuer.jwksUrl ?? ''), {
            timeoutDuration: timeoutMs,
            cooldownDuration: 30_000,
            cacheMaxAge: discoveryMs,
            ...(options.fetch ? { [customFetch]: (url: string, init: RequestInit) => (options.fetch as typeof fetch)(url, init) } : {}),
          });
      keySets.set(issuer, keys);
    }
    return keys;
  }

  /** A JWT access token, verified here (RFC 9068 style): identity from its verified claims only. */
  async function verifyJwtAccessToken(iss: string, token: string, issuer: JwtAccessTokenIssuer): Promise<SmartCaller> {
    if (token.split('.').length !== 3) {
      throw unauthorized('This FHIR server issues JWT access tokens; the token presented is not a JWT');
    }
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, keysOf(issuer), {
        issuer: issuer.issuer,
        audience: issuer.audience ?? iss,
        algorithms: [...(issuer.algorithms ?? JWT_ALGORITHMS)],
        currentDate: new Date(now()),
        clockTolerance: 30,
      }));
    } catch (err) {
      const tokenFault = [joseErrors.JWTExpired, joseErrors.JWTClaimValidationFailed, joseErrors.JWSSignatureVerificationFailed, joseErrors.JWSInvalid, joseErrors.JWTInvalid, joseErrors.JWKSNoMatchingKey, joseErrors.JOSEAlgNotAllowed, joseErrors.JOSENotSupported].some((E) => err instanceof E);
      if (!tokenFault) {
        // The issuer's keys could not be had (timeout, network, not a key set): retrying can help.
        throw new HttpError(503, 'jwks_unavailable', `The keys of the token issuer could not be fetched (${err instanceof Error ? err.name : 'error'}); try again`);
      }
      const reason =
        err instanceof joseErrors.JWTExpired
          ? 'it has expired'
          : err instanceof joseErrors.JWTClaimValidationFailed
            ? `claim "${err.claim}" ${err.reason === 'check_failed' ? 'does not match' : err.reason}`
            : err instanceof joseErrors.JWKSNoMatchingKey
              ? 'no key of the issuer matches its kid'
              : err instanceof joseErrors.JOSEAlgNotAllowed
                ? 'its algorithm is not accepted'
                : 'its signature or format is invalid';
      throw unauthorized(`The access token is not valid for this FHIR server: ${reason}`);
    }
    const claims = JwtAccessClaimsSchema.safeParse(payload);
    if (!claims.success || !claims.data.fhirUser) {
      throw unauthorized('The access token names no user (fhirUser); launch with the openid and fhirUser scopes');
    }
    const clientId = claims.data.client_id ?? claims.data.azp;
    if (options.clientId && clientId !== options.clientId) {
      throw unauthorized(clientId ? 'The access token was issued to another application' : 'The access token names no client_id or azp, so it cannot be tied to this application');
    }
    const scp = claims.data.scp;
    return {
      fhirServer: iss,
      fhirUser: claims.data.fhirUser.replace(/^.*\/([A-Z][A-Za-z]*\/[^/]+)$/, '$1'),
      patientId: claims.data.patient,
      encounterId: claims.data.encounter,
      scopes: (claims.data.scope ?? (Array.isArray(scp) ? scp.join(' ') : scp) ?? '').split(/\s+/).filter(Boolean),
      clientId,
      exp: claims.data.exp,
    };
  }

  return {
    async verify(token, fhirServer, hints = {}) {
      const iss = normaliseFhirBase(fhirServer);
      if (!allowlist.allows(iss)) {
        throw unauthorized('The FHIR server in X-FHIR-Server is not on this service\'s allowlist', 'invalid_request');
      }
      const key = createHash('sha256').update(`${iss}\n${token}\n${hints.fhirUser ?? ''}\n${hints.patientId ?? ''}`).digest('hex');
      const hit = results.get(key);
      if (hit && hit.until > now()) {
        return hit.caller;
      }
      results.delete(key);
      const jwtIssuer = (options.jwtAccessTokens ?? []).find((j) => compileAllowlist([j.fhirServer]).allows(iss));
      const caller = jwtIssuer ? await verifyJwtAccessToken(iss, token, jwtIssuer) : await introspect(iss, token);
      const expMs = caller.exp ? caller.exp * 1000 : Infinity;
      results.set(key, { caller, until: Math.min(now() + cacheMs, expMs) });
      if (results.size > 5_000) {
        const oldest = results.keys().next().value;
        if (oldest) {
          results.delete(oldest);
        }
      }
      return caller;
    },
  };
}

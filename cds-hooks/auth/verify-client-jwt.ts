/**
 * Verifies the bearer JWT a CDS client (the EHR) sends with every CDS Hooks call, as the spec and its
 * best practices describe (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients):
 * allowlisted `iss` (and `jku`), asymmetric algorithms only, `aud` equal to the exact endpoint URL,
 * `exp`/`iat` with a small clock skew, a bounded lifetime, and `jti` never accepted twice before it
 * expires. Any failure is a {@link ClientAuthError}; the HTTP layer answers it with a bare 401.
 */
import { memoryReplayGuard, type ReplayGuard } from './replay-guard';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** Algorithms the spec allows: asymmetric only (`none` and HMAC SHALL NOT be used). ES384 and RS384 are recommended. */
export const ASYMMETRIC_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const;

export interface TrustedClient {
  /** The client's `iss`. */
  readonly iss: string;
  /** JWKS URLs the client may name in `jku` (and where its keys are fetched when `jku` is absent, the first one). */
  readonly jwksUrls?: readonly string[];
  /** Keys known out of band (used when there is no jwksUrl). */
  readonly jwks?: JSONWebKeySet;
  /** Algorithms accepted from this client (default ES384, RS384). */
  readonly algorithms?: readonly string[];
  /** Allowed `tenant` values, if the client uses tenants. */
  readonly tenants?: readonly string[];
}

export interface VerifiedClient {
  readonly iss: string;
  readonly jti: string;
  readonly tenant?: string;
  readonly sub?: string;
}

export class ClientAuthError extends Error {
  /** The reason is for our logs only; the response is a bare 401. */
  constructor(readonly reason: string) {
    super(`client JWT rejected: ${reason}`);
    this.name = 'ClientAuthError';
  }
}

export interface VerifierOptions {
  readonly clients: readonly TrustedClient[];
  /** Allowed clock skew in seconds (default 60). */
  readonly clockToleranceSec?: number;
  /** Longest accepted `exp − iat` in seconds (default 3600, the best-practice upper bound). */
  readonly maxLifetimeSec?: number;
  /** Clock, for tests (seconds since epoch). */
  readonly now?: () => number;
  /** Minimum time between JWKS refetches triggered by an unknown kid (default 30 s). */
  readonly jwksCooldownMs?: number;
  /** Where accepted `jti`s are remembered (default: this process's memory; shared by all processes when in the database). */
  readonly replay?: ReplayGuard;
}

export interface ClientJwtVerifier {
  /**
   * @param authorization - the Authorization header value
   * @param audience - the exact URL that was called (or its equivalents under every base URL this server answers at)
   */
  verify(authorization: string | undefined, audience: string | readonly string[]): Promise<VerifiedClient>;
}

/** The replay check could not be made (its database is down): the token is not accepted, and the caller should answer 503, not 401. */
export class ReplayCheckUnavailableError extends Error {
  constructor(cause: Error) {
    super(`jti replay check unavailable: ${cause.message}`);
    this.name = 'ReplayCheckUnavailableError';
  }
}

/** A short reason for a jose verification error, for our logs (never for the response). */
function joseReason(err: Error & { code?: string; claim?: string; reason?: string }): string {
  switch (err.code) {
    case 'ERR_JWT_EXPIRED':
      return 'token expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return `claim ${err.claim ?? '?'} ${err.reason === 'missing' ? 'missing' : 'invalid'}`;
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'no key matches kid';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'signature invalid';
    case 'ERR_JWKS_TIMEOUT':
      return 'the issuer’s key set (jwksUrls or jku) did not answer within 3 s';
    case 'ERR_JWKS_INVALID':
      return 'the issuer’s key set is not a valid JWKS';
    case 'ERR_JOSE_GENERIC':
      return `key set could not be used: ${err.message}`.slice(0, 200);
    default:
      // A key-set fetch that failed at the network level (DNS, refused, TLS) surfaces as a TypeError from fetch.
      if (err.name === 'TypeError') {
        return 'the issuer’s key set (jwksUrls or jku) could not be fetched: check the URL and that this server can reach it, or give the keys inline as "jwks" in CDS_TRUSTED_CLIENTS';
      }
      return err.name || 'verification failed';
  }
}

/**
 * @param options - trusted clients and clock settings
 * @returns a verifier with its own JWKS cache and replay store
 */
export function createClientJwtVerifier(options: VerifierOptions): ClientJwtVerifier {
  const tolerance = options.clockToleranceSec ?? 60;
  const maxLifetime = options.maxLifetimeSec ?? 3600;
  const now = options.now ?? ((): number => Math.floor(Date.now() / 1000));
  const byIss = new Map(options.clients.map((c) => [c.iss, c]));
  const remoteSets = new Map<string, JWTVerifyGetKey>();
  const localSets = new Map<string, JWTVerifyGetKey>();
  const replay = options.replay ?? memoryReplayGuard();

  function keySet(client: TrustedClient, jku: string | undefined): JWTVerifyGetKey {
    if (jku !== undefined && !(client.jwksUrls ?? []).includes(jku)) {
      throw new ClientAuthError('jku not allowlisted for this issuer');
    }
    if (client.jwks) {
      // Keys known out of band take precedence over fetching; the imported set is cached (importing a key costs more than verifying).
      let local = localSets.get(client.iss);
      if (!local) {
        local = createLocalJWKSet(client.jwks);
        localSets.set(client.iss, local);
      }
      return local;
    }
    const url = jku ?? client.jwksUrls?.[0];
    if (url) {
      let set = remoteSets.get(url);
      if (!set) {
        // jose caches the set and refetches it when a token names an unknown kid (with a cooldown).
        set = createRemoteJWKSet(new URL(url), { cooldownDuration: options.jwksCooldownMs ?? 30_000, cacheMaxAge: 600_000, timeoutDuration: 3000 });
        remoteSets.set(url, set);
      }
      return set;
    }
    throw new ClientAuthError('no keys configured for this issuer');
  }

  return {
    async verify(authorization, audience) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!match) {
        throw new ClientAuthError('missing bearer token');
      }
      const token = match[1];
      let header: ReturnType<typeof decodeProtectedHeader>;
      let claims: ReturnType<typeof decodeJwt>;
      try {
        header = decodeProtectedHeader(token);
        claims = decodeJwt(token);
      } catch {
        throw new ClientAuthError('malformed token');
      }
      const client = typeof claims.iss === 'string' ? byIss.get(claims.iss) : undefined;
      if (!client) {
        throw new ClientAuthError('issuer not allowlisted');
      }
      const algorithms = (client.algorithms ?? ['ES384', 'RS384']).filter((a) => (ASYMMETRIC_ALGORITHMS as readonly string[]).includes(a));
      if (!header.alg || !algorithms.includes(header.alg)) {
        throw new ClientAuthError(`algorithm ${header.alg ?? '(none)'} not accepted`);
      }
      if (!header.kid) {
        throw new ClientAuthError('kid missing');
      }
      // typ is REQUIRED with the fixed value JWT (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients).
      if (header.typ === undefined) {
        throw new ClientAuthError('typ missing');
      }
      if (typeof header.typ !== 'string' || header.typ.toUpperCase() !== 'JWT') {
        throw new ClientAuthError('typ is not JWT');
      }
      let verified: VerifiedClient;
      let rememberUntil: number;
      try {
        const { payload } = await jwtVerify(token, keySet(client, header.jku), {
          issuer: client.iss,
          audience: typeof audience === 'string' ? audience : [...audience],
          algorithms,
          clockTolerance: tolerance,
          currentDate: new Date(now() * 1000),
          requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        });
        // The replay check keys on jti: a number or an empty string is not the nonce string the spec requires.
        if (typeof payload.jti !== 'string' || payload.jti.trim() === '') {
          throw new ClientAuthError('jti must be a non-empty string');
        }
        const exp = payload.exp as number;
        const iat = payload.iat as number;
        if (iat > now() + tolerance) {
          throw new ClientAuthError('issued in the future');
        }
        if (exp - iat > maxLifetime) {
          throw new ClientAuthError('lifetime too long');
        }
        const tenant = typeof payload.tenant === 'string' ? payload.tenant : undefined;
        if (client.tenants && (!tenant || !client.tenants.includes(tenant))) {
          throw new ClientAuthError('tenant not allowlisted');
        }
        verified = {
          iss: client.iss,
          jti: payload.jti,
          tenant,
          sub: typeof payload.sub === 'string' ? payload.sub : undefined,
        };
        rememberUntil = exp + tolerance;
      } catch (err) {
        if (err instanceof ClientAuthError) {
          throw err;
        }
        throw new ClientAuthError(joseReason(err as Error));
      }
      // Last, so that only a valid token is remembered (an invalid one must not burn a jti).
      let first: boolean;
      try {
        first = await replay.firstUse(`${verified.iss}|${verified.jti}`, rememberUntil, now());
      } catch (err) {
        throw new ReplayCheckUnavailableError(err as Error);
      }
      if (!first) {
        throw new ClientAuthError('jti replayed');
      }
      return verified;
    },
  };
}

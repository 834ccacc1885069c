/**
 * Signed tokens of the sandbox authorization server: JWT access tokens and OpenID Connect
 * id_tokens, signed with an ES256 key generated at start (so tokens do not survive a restart),
 * and the public JWKS. The FHIR server verifies access tokens with the same service.
 */
import { exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { epochSeconds, type SandboxOptions } from './sandbox-options';

/** What an access token grants. */
export interface AccessGrant {
  readonly clientId: string;
  /** Granted scope tokens. */
  readonly scopes: readonly string[];
  /** Patient in context (required when any `patient/` scope is granted). */
  readonly patientId?: string;
  readonly encounterId?: string;
  /** The Practitioner id of the user, when a user authorized the grant. */
  readonly userId?: string;
}

const AccessClaimsSchema = z.object({
  sub: z.string(),
  client_id: z.string(),
  scope: z.string(),
  exp: z.number(),
  patient: z.string().optional(),
  encounter: z.string().optional(),
  fhirUser: z.string().optional(),
});

/** Verified claims of an access token. */
export interface VerifiedAccessToken extends AccessGrant {
  readonly sub: string;
  readonly exp: number;
  readonly fhirUser?: string;
}

/** Issues and verifies the sandbox's tokens. */
export interface TokenService {
  /**
   * Mints an access token.
   * @param grant - client, scopes and context
   * @param lifetimeSeconds - override of the configured lifetime
   * @returns the JWT and its lifetime in seconds
   */
  issueAccessToken(grant: AccessGrant, lifetimeSeconds?: number): Promise<{ accessToken: string; expiresIn: number }>;
  /**
   * Verifies signature, issuer, audience and expiry (on the sandbox clock).
   * @param token - a bearer token
   * @returns the claims, or undefined when the token is not valid now
   */
  verifyAccessToken(token: string): Promise<VerifiedAccessToken | undefined>;
  /**
   * Mints an OpenID Connect id_token (https://openid.net/specs/openid-connect-core-1_0.html#IDToken).
   * @param clientId - the audience
   * @param userId - Practitioner id; `fhirUser` is `Practitioner/<id>`
   * @param nonce - echoed when the authorization request had one
   */
  issueIdToken(clientId: string, userId: string, nonce?: string): Promise<string>;
  /** The public signing keys as a JWK Set. */
  jwks(): { keys: JWK[] };
}

/**
 * Generates a signing key and returns the token service.
 * @param issuer - the FHIR base URL: `iss` of every token and `aud` of access tokens
 * @param options - lifetimes and clock
 * @returns the service
 */
export async function createTokenService(issuer: string, options: SandboxOptions): Promise<TokenService> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const sign = (claims: Record<string, unknown>, audience: string, lifetime: number, key: CryptoKey): Promise<string> => {
    const iat = epochSeconds(options.now);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + lifetime)
      .setJti(randomUUID())
      .sign(key);
  };

  return {
    async issueAccessToken(grant, lifetimeSeconds = options.accessTokenLifetimeSeconds) {
      const claims = {
        sub: grant.userId ?? grant.clientId,
        client_id: grant.clientId,
        scope: grant.scopes.join(' '),
        patient: grant.patientId,
        encounter: grant.encounterId,
        fhirUser: grant.userId ? `Practitioner/${grant.userId}` : undefined,
      };
      const accessToken = await sign(claims, issuer, lifetimeSeconds, privateKey);
      return { accessToken, expiresIn: lifetimeSeconds };
    },

    async verifyAccessToken(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, { issuer, audience: issuer, algorithms: ['ES256'], currentDate: options.now() });
        const claims = AccessClaimsSchema.parse(payload);
        return {
          sub: claims.sub,
          exp: claims.exp,
          clientId: claims.client_id,
          scopes: claims.scope.split(' ').filter(Boolean),
          patientId: claims.patient,
          encounterId: claims.encounter,
          userId: claims.fhirUser?.replace(/^Practitioner\//, ''),
          fhirUser: claims.fhirUser,
        };
      } catch {
        return undefined;
      }
    },

    async issueIdToken(clientId, userId, nonce) {
      const fhirUser = `Practitioner/${userId}`;
      return sign({ sub: userId, fhirUser, nonce }, clientId, options.accessTokenLifetimeSeconds, privateKey);
    },

    jwks() {
      return { keys: [publicJwk] };
    },
  };
}

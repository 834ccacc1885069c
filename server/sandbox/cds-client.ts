/**
 * The sandbox EHR as a CDS Hooks client: it signs its hook calls with its own ES384 key (as an EHR
 * does), publishes the public key as a JWKS, and the CDS service trusts that issuer in sandbox mode
 * only. DEVELOPMENT AND TESTS ONLY.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWK } from 'jose';

export interface SandboxCdsClient {
  /** `iss` of the sandbox's hook calls. */
  readonly iss: string;
  readonly jwks: JSONWebKeySet;
  /** Where the sandbox publishes the public key (the `jku` of its tokens). */
  readonly jwksUrl: string;
  /** Signs a client JWT for one call to `audience` (the exact service URL), valid 5 minutes. */
  sign(audience: string): Promise<string>;
}

/**
 * @param sandboxBase - e.g. `http://localhost:8080/sandbox`
 * @returns the signer and its public keys
 */
export async function createSandboxCdsClient(sandboxBase: string): Promise<SandboxCdsClient> {
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const kid = `sandbox-cds-${randomUUID().slice(0, 8)}`;
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  const iss = `${sandboxBase}/cds-client`;
  const jwksUrl = `${sandboxBase}/auth/cds-client-jwks`;
  return {
    iss,
    jwks: { keys: [jwk] },
    jwksUrl,
    async sign(audience: string): Promise<string> {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ jti: randomUUID() })
        .setProtectedHeader({ alg: 'ES384', kid, typ: 'JWT', jku: jwksUrl })
        .setIssuer(iss)
        .setSubject('sandbox-ehr')
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(privateKey);
    },
  };
}

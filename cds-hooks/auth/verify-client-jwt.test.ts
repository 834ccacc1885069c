import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { ClientAuthError, createClientJwtVerifier, ReplayCheckUnavailableError, type TrustedClient } from './verify-client-jwt';
import { memoryReplayGuard } from './replay-guard';

const AUD = 'https://cds.example.org/cds-services/ddx-patient-view';
const ISS = 'https://ehr.example.org';
const NOW = 1_800_000_000;

let es: { privateKey: CryptoKey; jwk: JWK };
let rs: { privateKey: CryptoKey; jwk: JWK };
let other: { privateKey: CryptoKey };

async function keyPair(alg: string, kid: string): Promise<{ privateKey: CryptoKey; jwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey: privateKey as CryptoKey, jwk: { ...(await exportJWK(publicKey)), kid, alg } };
}

function sign(key: CryptoKey, alg: string, kid: string, claims: Record<string, unknown> = {}, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT({ jti: randomUUID(), ...claims })
    .setProtectedHeader({ alg, kid, typ: 'JWT', ...header })
    .setIssuer((claims.iss as string) ?? ISS)
    .setAudience((claims.aud as string) ?? AUD)
    .setIssuedAt((claims.iat as number) ?? NOW)
    .setExpirationTime((claims.exp as number) ?? NOW + 300)
    .sign(key);
}

function verifier(clients?: TrustedClient[]) {
  return createClientJwtVerifier({ clients: clients ?? [{ iss: ISS, jwks: { keys: [es.jwk, rs.jwk] }, algorithms: ['ES384', 'RS384'] }], now: () => NOW });
}

beforeAll(async () => {
  es = await keyPair('ES384', 'es-1');
  rs = await keyPair('RS384', 'rs-1');
  other = await keyPair('ES384', 'es-1');
});

describe('createClientJwtVerifier', () => {
  test('accepts an ES384 token for the exact endpoint', async () => {
    const v = verifier();
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD)).resolves.toMatchObject({ iss: ISS });
  });

  test('accepts RS384 (Epic signs with it)', async () => {
    await expect(verifier().verify(`Bearer ${await sign(rs.privateKey, 'RS384', 'rs-1')}`, AUD)).resolves.toMatchObject({ iss: ISS });
  });

  test('refuses alg none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT', kid: 'es-1' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ iss: ISS, aud: AUD, iat: NOW, exp: NOW + 60, jti: 'x' })).toString('base64url');
    await expect(verifier().verify(`Bearer ${header}.${body}.`, AUD)).rejects.toThrow(/algorithm none not accepted/);
  });

  test('refuses HS256 even if the client list named it', async () => {
    const secret = new TextEncoder().encode('0123456789abcdef0123456789abcdef');
    const token = await new SignJWT({ jti: 'h' }).setProtectedHeader({ alg: 'HS256', kid: 'es-1', typ: 'JWT' }).setIssuer(ISS).setAudience(AUD).setIssuedAt(NOW).setExpirationTime(NOW + 60).sign(secret);
    const v = verifier([{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['HS256', 'ES384'] }]);
    await expect(v.verify(`Bearer ${token}`, AUD)).rejects.toThrow(/HS256 not accepted/);
  });

  test('refuses an expired token', async () => {
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iat: NOW - 900, exp: NOW - 300 })}`, AUD)).rejects.toThrow(/rejected/);
  });

  test('refuses a token for another endpoint (wrong aud)', async () => {
    const token = await sign(es.privateKey, 'ES384', 'es-1', { aud: 'https://cds.example.org/cds-services' });
    await expect(verifier().verify(`Bearer ${token}`, AUD)).rejects.toThrow(/rejected/);
  });

  test('refuses an issuer not on the allowlist', async () => {
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iss: 'https://evil.example' })}`, AUD)).rejects.toThrow(/issuer not allowlisted/);
  });

  test('refuses an unknown kid', async () => {
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'nope')}`, AUD)).rejects.toThrow(/rejected/);
  });

  test('refuses a bad signature', async () => {
    await expect(verifier().verify(`Bearer ${await sign(other.privateKey, 'ES384', 'es-1')}`, AUD)).rejects.toThrow(/rejected/);
  });

  test('refuses a replayed jti', async () => {
    const v = verifier();
    const token = await sign(es.privateKey, 'ES384', 'es-1');
    await v.verify(`Bearer ${token}`, AUD);
    await expect(v.verify(`Bearer ${token}`, AUD)).rejects.toThrow(/jti replayed/);
  });

  test('refuses a token without jti, and one that lives too long', async () => {
    const noJti = await new SignJWT({}).setProtectedHeader({ alg: 'ES384', kid: 'es-1', typ: 'JWT' }).setIssuer(ISS).setAudience(AUD).setIssuedAt(NOW).setExpirationTime(NOW + 60).sign(es.privateKey);
    await expect(verifier().verify(`Bearer ${noJti}`, AUD)).rejects.toThrow(/rejected/);
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { exp: NOW + 7200 })}`, AUD)).rejects.toThrow(/lifetime too long/);
  });

  test('refuses a jku that is not allowlisted', async () => {
    const token = await sign(es.privateKey, 'ES384', 'es-1', {}, { jku: 'https://evil.example/jwks' });
    const v = verifier([{ iss: ISS, jwksUrls: ['https://ehr.example.org/jwks'], algorithms: ['ES384'] }]);
    await expect(v.verify(`Bearer ${token}`, AUD)).rejects.toThrow(/jku not allowlisted/);
  });

  test('two instances sharing a replay guard: a token accepted by one is refused by the other', async () => {
    const shared = memoryReplayGuard();
    const clients = [{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['ES384'] }];
    const a = createClientJwtVerifier({ clients, now: () => NOW, replay: shared });
    const b = createClientJwtVerifier({ clients, now: () => NOW, replay: shared });
    const token = await sign(es.privateKey, 'ES384', 'es-1');
    await expect(a.verify(`Bearer ${token}`, AUD)).resolves.toMatchObject({ iss: ISS });
    await expect(b.verify(`Bearer ${token}`, AUD)).rejects.toThrow(/jti replayed/);
  });

  test('a token refused for another reason does not use up its jti', async () => {
    const v = verifier();
    const jti = randomUUID();
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { jti, aud: 'https://elsewhere.example/cds-services/x' })}`, AUD)).rejects.toThrow(ClientAuthError);
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { jti })}`, AUD)).resolves.toMatchObject({ jti });
  });

  test('when the replay check cannot be made the token is not accepted, and the error says so (503, not 401)', async () => {
    const broken = { firstUse: () => Promise.reject(new Error('database unavailable')), close: () => undefined };
    const v = createClientJwtVerifier({ clients: [{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['ES384'] }], now: () => NOW, replay: broken });
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD)).rejects.toBeInstanceOf(ReplayCheckUnavailableError);
  });

  test('refuses a missing or malformed Authorization header', async () => {
    await expect(verifier().verify(undefined, AUD)).rejects.toThrow(/missing bearer/);
    await expect(verifier().verify('Bearer abc', AUD)).rejects.toThrow(/malformed/);
  });
});

describe('remote JWKS', () => {
  let server: Server;
  let url: string;
  let keys: JWK[] = [];
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('fetches keys from the allowlisted JWKS URL and refetches on an unknown kid', async () => {
    keys = [es.jwk];
    const v = createClientJwtVerifier({ clients: [{ iss: ISS, jwksUrls: [url], algorithms: ['ES384', 'RS384'] }], now: () => NOW, jwksCooldownMs: 0 });
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD)).resolves.toMatchObject({ iss: ISS });
    keys = [es.jwk, rs.jwk]; // key rotation: a new key appears
    await new Promise((r) => setTimeout(r, 50));
    const rotated = await sign(rs.privateKey, 'RS384', 'rs-1', {}, { jku: url });
    await expect(v.verify(`Bearer ${rotated}`, AUD)).resolves.toMatchObject({ iss: ISS });
  });
});

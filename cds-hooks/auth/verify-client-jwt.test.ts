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

/** The reason a verification was refused with, failing the test unless it is a ClientAuthError. */
async function refusal(verification: Promise<unknown>): Promise<string> {
  const err = await verification.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ClientAuthError);
  return (err as ClientAuthError).reason;
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
  test('a key set that cannot be fetched is refused with a reason a human can act on (not "TypeError")', async () => {
    const v = verifier([{ iss: ISS, jwksUrls: ['http://127.0.0.1:9/.well-known/jwks.json'] }]);
    const reason = await refusal(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD));
    expect(reason).toMatch(/could not be fetched: check the URL .* or give the keys inline as "jwks"/);
  });

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
    expect(await refusal(verifier().verify(`Bearer ${header}.${body}.`, AUD))).toBe('algorithm none not accepted');
  });

  test('refuses HS256 even if the client list named it', async () => {
    const secret = new TextEncoder().encode('0123456789abcdef0123456789abcdef');
    const token = await new SignJWT({ jti: 'h' }).setProtectedHeader({ alg: 'HS256', kid: 'es-1', typ: 'JWT' }).setIssuer(ISS).setAudience(AUD).setIssuedAt(NOW).setExpirationTime(NOW + 60).sign(secret);
    const v = verifier([{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['HS256', 'ES384'] }]);
    expect(await refusal(v.verify(`Bearer ${token}`, AUD))).toBe('algorithm HS256 not accepted');
  });

  test('refuses an expired token', async () => {
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iat: NOW - 900, exp: NOW - 300 })}`, AUD))).toBe('token expired');
  });

  test('refuses a token for another endpoint (wrong aud)', async () => {
    const token = await sign(es.privateKey, 'ES384', 'es-1', { aud: 'https://cds.example.org/cds-services' });
    expect(await refusal(verifier().verify(`Bearer ${token}`, AUD))).toBe('claim aud invalid');
  });

  test('refuses an issuer not on the allowlist', async () => {
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iss: 'https://evil.example' })}`, AUD))).toBe('issuer not allowlisted');
  });

  test('refuses an unknown kid', async () => {
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'nope')}`, AUD))).toBe('no key matches kid');
  });

  test('refuses a bad signature: signed with another key under the same kid', async () => {
    expect(await refusal(verifier().verify(`Bearer ${await sign(other.privateKey, 'ES384', 'es-1')}`, AUD))).toBe('signature invalid');
  });

  test('refuses a bad signature: payload changed after signing', async () => {
    const [h, p, sig] = (await sign(es.privateKey, 'ES384', 'es-1')).split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = Buffer.from(JSON.stringify({ ...claims, exp: NOW + 3000 })).toString('base64url');
    expect(await refusal(verifier().verify(`Bearer ${h}.${tampered}.${sig}`, AUD))).toBe('signature invalid');
  });

  test('refuses a replayed jti', async () => {
    const v = verifier();
    const token = await sign(es.privateKey, 'ES384', 'es-1');
    await v.verify(`Bearer ${token}`, AUD);
    expect(await refusal(v.verify(`Bearer ${token}`, AUD))).toBe('jti replayed');
  });

  test('refuses a token without typ (REQUIRED, value JWT), and one with another typ', async () => {
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', {}, { typ: undefined })}`, AUD))).toBe('typ missing');
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', {}, { typ: 'at+jwt' })}`, AUD))).toBe('typ is not JWT');
  });

  test.each([
    ['a number', 42],
    ['an empty string', ''],
    ['an object', { id: 'x' }],
  ])('refuses a jti that is %s', async (_name, jti) => {
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { jti })}`, AUD))).toBe('jti must be a non-empty string');
  });

  test('refuses a token without jti, and one that lives too long', async () => {
    const noJti = await new SignJWT({}).setProtectedHeader({ alg: 'ES384', kid: 'es-1', typ: 'JWT' }).setIssuer(ISS).setAudience(AUD).setIssuedAt(NOW).setExpirationTime(NOW + 60).sign(es.privateKey);
    expect(await refusal(verifier().verify(`Bearer ${noJti}`, AUD))).toBe('claim jti missing');
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { exp: NOW + 7200 })}`, AUD))).toBe('lifetime too long');
  });

  test('refuses a token issued in the future (beyond the clock skew), accepts one within it', async () => {
    // exp − iat stays 300 s, so only the future iat can be the reason.
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iat: NOW + 600, exp: NOW + 900 })}`, AUD))).toBe('issued in the future');
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iat: NOW + 61, exp: NOW + 361 })}`, AUD))).toBe('issued in the future');
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { iat: NOW + 60, exp: NOW + 360 })}`, AUD)).resolves.toMatchObject({ iss: ISS });
  });

  test('a client with a tenant allowlist: refuses another tenant and a token without one, accepts an allowlisted tenant', async () => {
    const v = verifier([{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['ES384'], tenants: ['hospital-a'] }]);
    expect(await refusal(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { tenant: 'hospital-b' })}`, AUD))).toBe('tenant not allowlisted');
    expect(await refusal(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD))).toBe('tenant not allowlisted');
    expect(await refusal(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { tenant: 42 })}`, AUD))).toBe('tenant not allowlisted');
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { tenant: 'hospital-a' })}`, AUD)).resolves.toMatchObject({ iss: ISS, tenant: 'hospital-a' });
    // A client without a tenant allowlist passes the tenant through.
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { tenant: 'any' })}`, AUD)).resolves.toMatchObject({ tenant: 'any' });
  });

  test('refuses a jku that is not allowlisted', async () => {
    const token = await sign(es.privateKey, 'ES384', 'es-1', {}, { jku: 'https://evil.example/jwks' });
    const v = verifier([{ iss: ISS, jwksUrls: ['https://ehr.example.org/jwks'], algorithms: ['ES384'] }]);
    expect(await refusal(v.verify(`Bearer ${token}`, AUD))).toBe('jku not allowlisted for this issuer');
  });

  test('two instances sharing a replay guard: a token accepted by one is refused by the other', async () => {
    const shared = memoryReplayGuard();
    const clients = [{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['ES384'] }];
    const a = createClientJwtVerifier({ clients, now: () => NOW, replay: shared });
    const b = createClientJwtVerifier({ clients, now: () => NOW, replay: shared });
    const token = await sign(es.privateKey, 'ES384', 'es-1');
    await expect(a.verify(`Bearer ${token}`, AUD)).resolves.toMatchObject({ iss: ISS });
    expect(await refusal(b.verify(`Bearer ${token}`, AUD))).toBe('jti replayed');
  });

  test('a token refused for another reason does not use up its jti', async () => {
    const v = verifier();
    const jti = randomUUID();
    expect(await refusal(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { jti, aud: 'https://elsewhere.example/cds-services/x' })}`, AUD))).toBe('claim aud invalid');
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { jti })}`, AUD)).resolves.toMatchObject({ jti });
  });

  test('when the replay check cannot be made the token is not accepted, and the error says so (503, not 401)', async () => {
    const broken = { firstUse: () => Promise.reject(new Error('database unavailable')), close: () => undefined };
    const v = createClientJwtVerifier({ clients: [{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['ES384'] }], now: () => NOW, replay: broken });
    await expect(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD)).rejects.toBeInstanceOf(ReplayCheckUnavailableError);
  });

  test('names its errors for the logs', () => {
    const e = new ClientAuthError('kid missing');
    expect([e.name, e.message, e.reason]).toEqual(['ClientAuthError', 'client JWT rejected: kid missing', 'kid missing']);
    const r = new ReplayCheckUnavailableError(new Error('database unavailable'));
    expect([r.name, r.message]).toEqual(['ReplayCheckUnavailableError', 'jti replay check unavailable: database unavailable']);
  });

  test('refuses a token without kid, a typ that is not a string, a blank jti, and a client with no keys', async () => {
    const noKid = await new SignJWT({ jti: randomUUID() }).setProtectedHeader({ alg: 'ES384', typ: 'JWT' }).setIssuer(ISS).setAudience(AUD).setIssuedAt(NOW).setExpirationTime(NOW + 60).sign(es.privateKey);
    expect(await refusal(verifier().verify(`Bearer ${noKid}`, AUD))).toBe('kid missing');
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', {}, { typ: 1 })}`, AUD))).toBe('typ is not JWT');
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { jti: '   ' })}`, AUD))).toBe('jti must be a non-empty string');
    expect(await refusal(verifier([{ iss: ISS, algorithms: ['ES384'] }]).verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD))).toBe('no keys configured for this issuer');
  });

  test('a lifetime of exactly the maximum (3,600 s) is accepted, one second more is not', async () => {
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { exp: NOW + 3600 })}`, AUD)).resolves.toMatchObject({ iss: ISS });
    expect(await refusal(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { exp: NOW + 3601 })}`, AUD))).toBe('lifetime too long');
  });

  test('passes sub through when it is a string, accepts any of several audiences, and RS384 or ES384 by default', async () => {
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { sub: 'client-7' })}`, AUD)).resolves.toMatchObject({ sub: 'client-7' });
    expect((await verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1', { sub: 7 })}`, AUD)).sub).toBeUndefined();
    await expect(verifier().verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, ['https://alias.example/cds-services/ddx-patient-view', AUD])).resolves.toMatchObject({ iss: ISS });
    const defaults = createClientJwtVerifier({ clients: [{ iss: ISS, jwks: { keys: [es.jwk, rs.jwk] } }], now: () => NOW });
    await expect(defaults.verify(`Bearer ${await sign(rs.privateKey, 'RS384', 'rs-1')}`, AUD)).resolves.toMatchObject({ iss: ISS });
  });

  test('a jti is remembered until the token expires plus the clock tolerance: a replay within the tolerance is refused', async () => {
    let clock = NOW;
    const v = createClientJwtVerifier({ clients: [{ iss: ISS, jwks: { keys: [es.jwk] }, algorithms: ['ES384'] }], now: () => clock });
    const token = await sign(es.privateKey, 'ES384', 'es-1', { exp: NOW + 300 });
    await expect(v.verify(`Bearer ${token}`, AUD)).resolves.toMatchObject({ iss: ISS });
    clock = NOW + 300 + 30; // expired, but within the 60 s tolerance jose allows
    expect(await refusal(v.verify(`Bearer ${token}`, AUD))).toBe('jti replayed');
  });

  test('the Authorization header is one bearer token: extra spaces allowed, nothing before or after', async () => {
    const token = await sign(es.privateKey, 'ES384', 'es-1');
    await expect(verifier().verify(`Bearer   ${token}`, AUD)).resolves.toMatchObject({ iss: ISS });
    expect(await refusal(verifier().verify(`xBearer ${token}`, AUD))).toBe('missing bearer token');
    expect(await refusal(verifier().verify(`Bearer ${token} extra`, AUD))).toBe('missing bearer token');
  });

  test('refuses a missing or malformed Authorization header', async () => {
    expect(await refusal(verifier().verify(undefined, AUD))).toBe('missing bearer token');
    expect(await refusal(verifier().verify('Bearer abc', AUD))).toBe('malformed token');
  });
});

describe('remote JWKS', () => {
  let server: Server;
  let url: string;
  let keys: JWK[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      // /broken answers JSON that is not a key set.
      res.end(req.url === '/broken' ? JSON.stringify({ keys: 'none' }) : JSON.stringify({ keys }));
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

  test('a key set that is not a valid JWKS is refused with that reason', async () => {
    const broken = url.replace(/\/jwks$/, '/broken');
    const v = createClientJwtVerifier({ clients: [{ iss: ISS, jwksUrls: [broken], algorithms: ['ES384'] }], now: () => NOW });
    expect(await refusal(v.verify(`Bearer ${await sign(es.privateKey, 'ES384', 'es-1')}`, AUD))).toBe('the issuer’s key set is not a valid JWKS');
  });
});

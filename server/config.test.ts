import { describe, expect, test } from 'vitest';
import { loadConfig } from './config';

describe('CDS_TRUSTED_CLIENTS', () => {
  test('accepts keys given inline as "jwks" (a client whose key set cannot be fetched from here)', () => {
    const jwks = { keys: [{ kty: 'EC', crv: 'P-384', x: 'x', y: 'y', kid: 'k1' }] };
    const config = loadConfig({ CDS_TRUSTED_CLIENTS: JSON.stringify([{ iss: 'https://sandbox.cds-hooks.org', jwks }]) });
    expect(config.cdsTrustedClients[0].jwks).toEqual(jwks);
  });

  test('refuses a field it does not know instead of dropping it silently', () => {
    expect(() => loadConfig({ CDS_TRUSTED_CLIENTS: JSON.stringify([{ iss: 'https://ehr.example.org', jwks_url: 'https://ehr.example.org/jwks' }]) })).toThrow(/CDS_TRUSTED_CLIENTS/);
  });
});

describe('FHIR_SERVER_ALLOWLIST and base URL aliases', () => {
  test('in sandbox mode the sandbox FHIR server stays trusted when others are added, unless removed with -sandbox', () => {
    const added = loadConfig({ FHIR_SERVER_ALLOWLIST: 'https://launch.smarthealthit.org/v/r4/fhir' });
    expect(added.fhirServerAllowlist).toEqual(['https://launch.smarthealthit.org/v/r4/fhir', 'http://localhost:8080/sandbox/fhir']);
    const removed = loadConfig({ FHIR_SERVER_ALLOWLIST: 'https://launch.smarthealthit.org/v/r4/fhir,-sandbox' });
    expect(removed.fhirServerAllowlist).toEqual(['https://launch.smarthealthit.org/v/r4/fhir']);
    expect(loadConfig({}).fhirServerAllowlist).toEqual(['http://localhost:8080/sandbox/fhir']);
  });

  test('entries may be patterns with * for one whole path segment; a wildcard host is refused', () => {
    const config = loadConfig({ FHIR_SERVER_ALLOWLIST: 'https://launch.smarthealthit.org/v/r4/sim/*/fhir' });
    expect(config.fhirServerAllowlist[0]).toBe('https://launch.smarthealthit.org/v/r4/sim/*/fhir');
    // The EHR origin (for framing and CORS) is the pattern's origin.
    expect(config.ehrOrigins).toContain('https://launch.smarthealthit.org');
    expect(() => loadConfig({ FHIR_SERVER_ALLOWLIST: 'https://*.example.org/fhir' })).toThrow(/FHIR_SERVER_ALLOWLIST: .*host/);
    expect(() => loadConfig({ FHIR_SERVER_ALLOWLIST: 'https://ehr.example.org/fhir-*' })).toThrow(/whole segment/);
  });

  test('SMART_INTROSPECTION_CLIENTS takes a client secret or a private key (private_key_jwt), not both and not neither', () => {
    const secret = { fhirServer: 'https://ehr.example.org/fhir', clientId: 'ddx', clientSecret: 's' };
    const key = { fhirServer: 'https://ehr.example.org/fhir', clientId: 'ddx', privateKeyJwk: { kty: 'RSA', n: 'n', e: 'AQAB', d: 'd', kid: 'k1' } };
    expect(loadConfig({ SMART_INTROSPECTION_CLIENTS: JSON.stringify([secret, key]) }).introspectionClients).toHaveLength(2);
    expect(() => loadConfig({ SMART_INTROSPECTION_CLIENTS: JSON.stringify([{ ...key, clientSecret: 's' }]) })).toThrow(/SMART_INTROSPECTION_CLIENTS/);
    expect(() => loadConfig({ SMART_INTROSPECTION_CLIENTS: JSON.stringify([{ fhirServer: 'https://ehr.example.org/fhir', clientId: 'ddx' }]) })).toThrow(/SMART_INTROSPECTION_CLIENTS/);
    // A public key (no "d") is not a signing key.
    expect(() => loadConfig({ SMART_INTROSPECTION_CLIENTS: JSON.stringify([{ ...key, privateKeyJwk: { kty: 'RSA', n: 'n', e: 'AQAB' } }]) })).toThrow(/SMART_INTROSPECTION_CLIENTS/);
  });

  test('SMART_JWT_ACCESS_TOKENS takes the issuer keys by URL or inline, exactly one of them', () => {
    const entry = { fhirServer: 'https://ehr.example.org/fhir', issuer: 'https://auth.ehr.example.org' };
    expect(loadConfig({ SMART_JWT_ACCESS_TOKENS: JSON.stringify([{ ...entry, jwksUrl: 'https://auth.ehr.example.org/jwks' }]) }).jwtAccessTokens).toHaveLength(1);
    expect(() => loadConfig({ SMART_JWT_ACCESS_TOKENS: JSON.stringify([entry]) })).toThrow(/SMART_JWT_ACCESS_TOKENS/);
    expect(() => loadConfig({ SMART_JWT_ACCESS_TOKENS: JSON.stringify([{ ...entry, jwksUrl: 'https://a.example/jwks', jwks: { keys: [{ kty: 'EC' }] } }]) })).toThrow(/SMART_JWT_ACCESS_TOKENS/);
    // No symmetric or unsigned algorithms.
    expect(() => loadConfig({ SMART_JWT_ACCESS_TOKENS: JSON.stringify([{ ...entry, jwksUrl: 'https://a.example/jwks', algorithms: ['HS256'] }]) })).toThrow(/SMART_JWT_ACCESS_TOKENS/);
  });

  test('PUBLIC_BASE_URL_ALIASES lists origins only', () => {
    expect(loadConfig({ PUBLIC_BASE_URL_ALIASES: 'http://127.0.0.1:8080/, http://ddx.local' }).publicBaseUrlAliases).toEqual(['http://127.0.0.1:8080', 'http://ddx.local']);
    expect(() => loadConfig({ PUBLIC_BASE_URL_ALIASES: 'http://127.0.0.1:8080/path' })).toThrow(/PUBLIC_BASE_URL_ALIASES/);
  });
});

describe('LLM_* (the language-model provider, issue 18)', () => {
  test('off unless both the base URL and the model are set; both or neither', () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(() => loadConfig({ LLM_BASE_URL: 'https://llm.example.org/v1' })).toThrow(/LLM_BASE_URL and LLM_MODEL go together/);
    expect(() => loadConfig({ LLM_MODEL: 'gpt-4o' })).toThrow(/LLM_BASE_URL and LLM_MODEL go together/);
    expect(loadConfig({ LLM_BASE_URL: 'https://llm.example.org/v1', LLM_MODEL: 'gpt-4o', LLM_API_KEY: 'sk-x' }).llm).toEqual({
      baseUrl: 'https://llm.example.org/v1',
      model: 'gpt-4o',
      apiKey: 'sk-x',
      timeoutMs: 8000,
      maxRetries: 2,
      unresolvedReferences: 'drop',
    });
  });

  test('outside the sandbox, only https or a model server on this machine', () => {
    const prod = { SANDBOX: 'false', PSEUDONYM_SECRET: 'x'.repeat(20), LLM_MODEL: 'llama3' };
    expect(() => loadConfig({ ...prod, LLM_BASE_URL: 'http://llm.example.org/v1' })).toThrow(/must use https/);
    expect(loadConfig({ ...prod, LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }).llm?.baseUrl).toBe('http://127.0.0.1:11434/v1');
    expect(loadConfig({ ...prod, LLM_BASE_URL: 'https://llm.example.org/v1', LLM_UNRESOLVED_REFERENCES: 'mark', LLM_TIMEOUT_MS: '3000' }).llm).toMatchObject({ unresolvedReferences: 'mark', timeoutMs: 3000 });
    expect(() => loadConfig({ ...prod, LLM_BASE_URL: 'https://llm.example.org/v1', LLM_UNRESOLVED_REFERENCES: 'keep' })).toThrow(/LLM_UNRESOLVED_REFERENCES/);
  });
});

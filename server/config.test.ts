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

  test('PUBLIC_BASE_URL_ALIASES lists origins only', () => {
    expect(loadConfig({ PUBLIC_BASE_URL_ALIASES: 'http://127.0.0.1:8080/, http://ddx.local' }).publicBaseUrlAliases).toEqual(['http://127.0.0.1:8080', 'http://ddx.local']);
    expect(() => loadConfig({ PUBLIC_BASE_URL_ALIASES: 'http://127.0.0.1:8080/path' })).toThrow(/PUBLIC_BASE_URL_ALIASES/);
  });
});

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

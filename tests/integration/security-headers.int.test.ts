/**
 * Issue 16: security headers on every surface. The app runs in the EHR's iframe, so only the EHR's
 * origins (this server's own in sandbox mode) may frame it; answers with patient data are never cached.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { loadConfig } from '../../server/config';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({});
});
afterAll(async () => {
  await server?.stop();
});

const PATHS = ['/healthz', '/api/problems', '/cds-services', '/model-label/', '/index.html', '/sandbox/fhir/metadata', '/no-such-page'];

describe('security headers', () => {
  test.each(PATHS)('%s: nosniff, no referrer, and a CSP whose frame-ancestors is the EHR (sandbox: this server) and never a wildcard', async (path) => {
    const res = await fetch(`${server.baseUrl}${path}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(ancestors.length).toBeGreaterThan(0);
    expect(ancestors).not.toContain('*');
    // Sandbox mode with no EHR_ORIGINS: the sandbox EHR (this server) is the only page that may frame the app.
    expect(ancestors.split(' ')).toEqual([new URL(server.baseUrl).origin]);
  });

  test.each(['/api/problems', '/cds-services', '/sandbox/fhir/metadata'])('%s is never cached', async (path) => {
    const res = await fetch(`${server.baseUrl}${path}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('EHR origins from configuration', () => {
  test('frame-ancestors and connect-src name the configured EHR origins; outside the sandbox nothing else may frame the app', () => {
    const config = loadConfig({ SANDBOX: 'false', PSEUDONYM_SECRET: 'x'.repeat(20), EHR_ORIGINS: 'https://ehr.example.org/fhir/R4, https://other.example.org' });
    expect(config.ehrOrigins).toEqual(['https://ehr.example.org', 'https://other.example.org']);
    const fromAllowlist = loadConfig({ SANDBOX: 'false', PSEUDONYM_SECRET: 'x'.repeat(20), FHIR_SERVER_ALLOWLIST: 'https://fhir.hospital.org/api/FHIR/R4' });
    expect(fromAllowlist.ehrOrigins).toEqual(['https://fhir.hospital.org']);
    expect(() => loadConfig({ EHR_ORIGINS: 'not a url' })).toThrow(/EHR_ORIGINS/);
    expect(() => loadConfig({ EHR_ORIGINS: 'javascript:alert(1)' })).toThrow(/EHR_ORIGINS/);
  });
});

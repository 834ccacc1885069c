/**
 * The one server process under different configurations: sandbox off, bad configuration, and a
 * broken knowledge base (the server must not start half-loaded).
 */
import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config';
import { startTestServer } from '../setup/test-server';
import { DEFAULT_KNOWLEDGE_DIR } from '../../server/knowledge/load-knowledge';

describe('createApp configuration', () => {
  test('with the sandbox switched off, no sandbox is served but the app, API and CDS Hooks are', async () => {
    const server = await startTestServer({ SANDBOX: 'false', PSEUDONYM_SECRET: 'a-test-secret-of-32-characters!!', FHIR_SERVER_ALLOWLIST: 'https://ehr.example.org/fhir' });
    try {
      expect((await fetch(`${server.baseUrl}/sandbox/`)).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/cds-services`)).status).toBe(200);
      expect((await fetch(`${server.baseUrl}/api/knowledge`)).status).toBe(200);
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect(health.status).toBe(200);
      // Liveness carries what an operator watches for a slow leak or a stalled event loop.
      expect(await health.json()).toMatchObject({ status: 'ok', rssMb: expect.any(Number), eventLoopDelayMs: { p99: expect.any(Number) } });
    } finally {
      await server.stop();
    }
  });

  test('refuses to run outside sandbox mode without a pseudonym secret', () => {
    expect(() => loadConfig({ SANDBOX: 'false' })).toThrow(/PSEUDONYM_SECRET/);
  });

  test('names the variable when configuration is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ CDS_TRUSTED_CLIENTS: '[{"nope":1}]' })).toThrow(/CDS_TRUSTED_CLIENTS/);
  });

  test('does not start with a broken knowledge base, and says which entry is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-broken-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'conditions', 'broken-entry.json'), '{"id": "broken-entry", "name": "x"}');
    await expect(startTestServer({ KNOWLEDGE_DIR: dir })).rejects.toThrow(/conditions\/broken-entry\.json/);
  });
});

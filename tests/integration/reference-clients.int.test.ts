/**
 * Contract tests (issue 17, item 7): requests shaped exactly as the CDS Hooks reference client
 * (sandbox.cds-hooks.org) sends them, replayed against the real server. Its JWT: ES384 with `kid` and a
 * `jku` naming its public key set, claims iss/aud/exp/iat/jti; its key given inline in
 * CDS_TRUSTED_CLIENTS (the key set cannot be fetched from here); no `encounterId` in context; feedback
 * without `display`; PAMA-style imaging orders coded with CPT. Confirmed against recorded request shapes
 * (the reference client's public source), not against a live client.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureChart, fullPrefetch } from '../builders/cds-request-builder';
import { startTestServer, type RunningServer } from '../setup/test-server';

const ISS = 'https://sandbox.cds-hooks.org';
const JKU = 'https://sandbox.cds-hooks.org/.well-known/jwks.json';
let server: RunningServer;
let privateKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('ES384', { extractable: true });
  privateKey = pair.privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'reference-client-key', use: 'sig', alg: 'ES384' };
  server = await startTestServer({ CDS_TRUSTED_CLIENTS: JSON.stringify([{ iss: ISS, jwksUrls: [JKU], jwks: { keys: [jwk] }, algorithms: ['ES384'] }]) });
});

afterAll(async () => {
  await server.stop();
});

/** The reference client's token for one endpoint. */
async function clientJwt(aud: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'reference-client-key', jku: JKU })
    .setIssuer(ISS)
    .setAudience(aud)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .setJti(randomUUID())
    .sign(privateKey);
}

async function post(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const url = `${server.baseUrl}/cds-services/${path}`;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await clientJwt(url)}` }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('the CDS Hooks reference client', () => {
  test('patient-view as it sends it (no encounterId): accepted, answered with cards or an explicit abstention', async () => {
    const chart = fixtureChart('chest-pain-nstemi.json');
    const prefetch = fullPrefetch(chart);
    const res = await post('ddx-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { userId: 'Practitioner/example', patientId: chart.patientId }, prefetch });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.cards)).toBe(true);
    for (const card of res.body.cards) {
      expect(card.source.label).toBeTruthy();
      expect(card.uuid).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test('order-select with a CPT-coded imaging order (the PAMA service’s 70450) is understood as that test', async () => {
    const chart = fixtureChart('headache-subarachnoid-haemorrhage.json');
    const order = { resourceType: 'ServiceRequest', id: 'pama-1', status: 'draft', intent: 'plan', subject: { reference: `Patient/${chart.patientId}` }, code: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '70450' }] } };
    const res = await post('ddx-order-select', {
      hook: 'order-select',
      hookInstance: randomUUID(),
      context: { userId: 'Practitioner/example', patientId: chart.patientId, selections: ['ServiceRequest/pama-1'], draftOrders: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: order }] } },
      prefetch: fullPrefetch(chart),
    });
    expect(res.status).toBe(200);
    const summaries = (res.body.cards as { summary: string }[]).map((c) => c.summary).join(' | ');
    // The card is about the selected head CT, named as the knowledge base names it.
    expect(summaries).toMatch(/CT head|head CT/i);
  });

  test('feedback without display (accepted, then overridden) is stored, the later one superseding the earlier', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const view = await post('ddx-patient-view', { hook: 'patient-view', hookInstance: randomUUID(), context: { userId: 'Practitioner/example', patientId: chart.patientId }, prefetch: fullPrefetch(chart) });
    // The client accepts a suggestion by its uuid (accepted feedback names it, CDS Hooks 2.0 cds-fb-2).
    const card = (view.body.cards as { uuid: string; suggestions?: { uuid: string }[] }[]).find((c) => (c.suggestions ?? []).length > 0);
    expect(card).toBeDefined();
    const at = new Date().toISOString();
    const first = await post('ddx-patient-view/feedback', { feedback: [{ card: card!.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card!.suggestions![0].uuid }], outcomeTimestamp: at }] });
    expect(first.status).toBe(200);
    expect(first.body.results?.[0]?.status ?? 'stored').not.toBe('invalid');
    const later = new Date(Date.now() + 1000).toISOString();
    expect((await post('ddx-patient-view/feedback', { feedback: [{ card: card!.uuid, outcome: 'overridden', overrideReason: { reason: { code: 'already-addressed', system: 'https://ddx-cds.example.org/fhir/CodeSystem/override-reason' } }, outcomeTimestamp: later }] })).status).toBe(200);
    const rows = (await server.handle.store.db.query<{ outcome: string; supersedes: string | null; id: string }>("SELECT d.outcome, d.supersedes, d.id FROM decisions d WHERE d.card_uuid = $1 ORDER BY d.created_at, d.id", [card!.uuid])).rows;
    expect(rows.map((r) => r.outcome)).toEqual(['accepted', 'overridden']);
    expect(rows[1].supersedes).toBe(rows[0].id);
  });

  test('a token signed for another endpoint, or by a key it does not hold, is refused with 401', async () => {
    const url = `${server.baseUrl}/cds-services/ddx-patient-view`;
    const wrongAud = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await clientJwt(`${server.baseUrl}/cds-services/ddx-order-sign`)}` }, body: '{}' });
    expect(wrongAud.status).toBe(401);
    const other = await generateKeyPair('ES384');
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'reference-client-key', jku: JKU }).setIssuer(ISS).setAudience(url).setIssuedAt(now).setExpirationTime(now + 300).setJti(randomUUID()).sign(other.privateKey);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` }, body: '{}' });
    expect(res.status).toBe(401);
  });
});

/**
 * CDS Hooks feedback over HTTP, in the real app with the sandbox EHR signing the calls: feedback is
 * checked against the card it names (service, suggestion ids), linked to the diagnosis's suggestion
 * row when the card is about one diagnosis, and shows up in the quality data with the accepted
 * suggestion ids, the time the clinician acted and the HL7 coding of the reason. Also: a reused
 * hookInstance does not link a second patient's cards to the first patient's suggestion set.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { callCds } from './cds-harness';
import { draftOrders, fixtureChart, hookRequest } from '../builders/cds-request-builder';
import { api, launchSession } from './api-harness';
import { DECISION_REASON_SYSTEM, HL7_NON_ADHERENCE_SYSTEM } from '../../server/decision-reasons';
import type { CdsCard } from '../../cds-hooks/types';

let server: RunningServer;

const post = (path: string, body: unknown): Promise<{ status: number; body: any }> => callCds(server, path, body);

const feedback = (service: string, items: unknown[]) => post(`${service}/feedback`, { feedback: items });

/** The can't-miss warning cards order-sign gives for the PE story with no orders: one diagnosis each, with a suggestion. */
async function orderSignCards(): Promise<CdsCard[]> {
  const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
  const res = await post('ddx-order-sign', hookRequest('order-sign', chart, { context: { draftOrders: draftOrders(chart.patientId, []) } }));
  expect(res.status).toBe(200);
  const cards = (res.body.cards as CdsCard[]).filter((c) => c.suggestions?.length);
  expect(cards.length).toBeGreaterThan(0);
  return cards;
}

async function decisionsOf(cardUuid: string): Promise<{ suggestion_id: string | null; condition_id: string | null; service_id: string | null; outcome: string }[]> {
  return (await server.handle.store.db.query<any>('SELECT suggestion_id, condition_id, service_id, outcome FROM decisions WHERE card_uuid = $1', [cardUuid])).rows;
}

const now = (): string => new Date().toISOString();

beforeAll(async () => {
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000' });
});
afterAll(async () => {
  await server?.stop();
});

describe('feedback is checked against the card it names', () => {
  test('feedback for a card another service showed is refused, not stored as this service’s decision', async () => {
    const [card] = await orderSignCards();
    const item = { card: card.uuid, outcome: 'overridden', outcomeTimestamp: now() };
    const wrong = await feedback('ddx-patient-view', [item]);
    expect(wrong.status).toBe(200);
    expect(wrong.body.results[0]).toMatchObject({ status: 'invalid', card: card.uuid });
    expect(wrong.body.results[0].message).toMatch(/shown by service ddx-order-sign, not ddx-patient-view/);
    expect(await decisionsOf(card.uuid as string)).toEqual([]);
    const right = await feedback('ddx-order-sign', [item]);
    expect(right.body.results[0].status).toBe('recorded');
    expect((await decisionsOf(card.uuid as string)).map((d) => d.service_id)).toEqual(['ddx-order-sign']);
  });

  test('an accepted suggestion id that is not one of the card’s suggestions is refused, with the item named', async () => {
    const [card] = await orderSignCards();
    const res = await feedback('ddx-order-sign', [
      { card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card.suggestions![0].uuid }, { id: randomUUID() }], outcomeTimestamp: now() },
    ]);
    expect(res.body.results[0]).toMatchObject({ status: 'invalid', message: 'acceptedSuggestions[1].id: not the uuid of a suggestion on this card' });
    expect(await decisionsOf(card.uuid as string)).toEqual([]);
  });

  test('an outcomeTimestamp that is not an RFC 3339 date-time is refused with a clear reason', async () => {
    const [card] = await orderSignCards();
    const res = await feedback('ddx-order-sign', [{ card: card.uuid, outcome: 'overridden', outcomeTimestamp: '2021' }]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'invalid' });
    expect(res.body.results[0].message).toMatch(/^outcomeTimestamp: outcomeTimestamp must be an RFC 3339 date-time/);
  });
});

describe('feedback is linked to what the card was about', () => {
  test('a card about one diagnosis links the decision to that diagnosis’s suggestion row', async () => {
    const [card] = await orderSignCards();
    const stored = await server.handle.store.findCard(card.uuid as string);
    expect(stored?.conditionIds).toHaveLength(1);
    const res = await feedback('ddx-order-sign', [{ card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card.suggestions![0].uuid }], outcomeTimestamp: now() }]);
    expect(res.body.results[0].status).toBe('recorded');
    const row = await server.handle.store.findSuggestion(stored!.setId, stored!.conditionIds[0]);
    expect(row).toBeDefined();
    expect(await decisionsOf(card.uuid as string)).toEqual([{ suggestion_id: row!.id, condition_id: stored!.conditionIds[0], service_id: 'ddx-order-sign', outcome: 'accepted' }]);
  });

  test('a card naming several diagnoses links through its uuid only', async () => {
    const shown = await post('ddx-patient-view', hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json')));
    const cards = shown.body.cards as CdsCard[];
    const several = (await Promise.all(cards.map(async (c) => ({ c, s: await server.handle.store.findCard(c.uuid as string) })))).find((x) => (x.s?.conditionIds.length ?? 0) > 1);
    expect(several).toBeDefined();
    const res = await feedback('ddx-patient-view', [{ card: several!.c.uuid, outcome: 'overridden', outcomeTimestamp: now() }]);
    expect(res.body.results[0].status).toBe('recorded');
    expect(await decisionsOf(several!.c.uuid as string)).toEqual([{ suggestion_id: null, condition_id: null, service_id: 'ddx-patient-view', outcome: 'overridden' }]);
  });
});

describe('quality data', () => {
  test('shows accepted suggestion ids, when the clinician acted, and the HL7 coding of our reason', async () => {
    const [card] = await orderSignCards();
    const accepted = { card: card.uuid, outcome: 'accepted', acceptedSuggestions: [{ id: card.suggestions![0].uuid }], outcomeTimestamp: '2026-11-20T10:05:31Z' };
    const reason = card.overrideReasons!.find((r) => r.code === 'patient-preference')!;
    const [other] = await orderSignCards();
    const overridden = { card: other.uuid, outcome: 'overridden', overrideReason: { reason, userComment: 'prefers to wait' }, outcomeTimestamp: '2026-11-20T10:06:00+01:00' };
    const res = await feedback('ddx-order-sign', [accepted, overridden]);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['recorded', 'recorded']);

    const reviewer = await launchSession(server, 'cp-01-patient', 'sandbox-quality-1');
    const q = await api(server, reviewer, '/quality/decisions?source=cds-feedback');
    expect(q.status).toBe(200);
    const { decisions } = (await q.json()) as { decisions: any[] };
    const a = decisions.find((d) => d.card_uuid === card.uuid);
    expect(a).toMatchObject({ accepted_suggestions: [card.suggestions![0].uuid], service_id: 'ddx-order-sign', hl7_reason: null });
    expect(new Date(a.outcome_timestamp).toISOString()).toBe('2026-11-20T10:05:31.000Z');
    const o = decisions.find((d) => d.card_uuid === other.uuid);
    expect(o).toMatchObject({ reason_system: DECISION_REASON_SYSTEM, reason_code: 'patient-preference', accepted_suggestions: [] });
    expect(new Date(o.outcome_timestamp).toISOString()).toBe('2026-11-20T09:06:00.000Z');
    expect(o.hl7_reason).toEqual({ system: HL7_NON_ADHERENCE_SYSTEM, code: 'does-not-align-preferences', display: 'Recommendation does not align with patient preferences or values', category: 'does-not-align-preferences', equivalence: 'equivalent' });
  });
});

describe('a reused hookInstance', () => {
  async function setOf(body: Record<string, unknown>): Promise<{ setId: string; patient: string }> {
    const res = await post('ddx-patient-view', body);
    expect(res.status).toBe(200);
    const card = await server.handle.store.findCard((res.body.cards as CdsCard[])[0].uuid as string);
    const row = (await server.handle.store.db.query<{ patient_pseudonym: string }>('SELECT patient_pseudonym FROM suggestion_sets WHERE id = $1', [card!.setId])).rows[0];
    return { setId: card!.setId, patient: row.patient_pseudonym };
  }

  test('for the same call is the same suggestion set; for another patient it is a new set, with that patient', async () => {
    const hookInstance = randomUUID();
    const a = fixtureChart('chest-pain-nstemi.json');
    const b = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const first = await setOf({ ...hookRequest('patient-view', a), hookInstance });
    const retry = await setOf({ ...hookRequest('patient-view', a), hookInstance });
    const otherPatient = await setOf({ ...hookRequest('patient-view', b), hookInstance });
    expect(retry.setId).toBe(first.setId);
    expect(otherPatient.setId).not.toBe(first.setId);
    expect(otherPatient.patient).toBe(server.handle.store.pseudonymise(server.handle.sandbox!.cdsClient.iss, `Patient/${b.patientId}`));
  });
});

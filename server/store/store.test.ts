/**
 * The store against both drivers: embedded PGlite and the real PostgreSQL on this machine
 * (127.0.0.1:5432, database `test`), each test run in its own schema.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { openPglite, openPgliteThread, openPostgres, type Database } from './database';
import { createStore, StoreConflictError, type Store, type SuggestionSetInput } from './store';
import { migrate } from './migrate';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

const drivers: [string, () => Promise<Database>][] = [
  ['pglite', () => openPglite('memory')],
  // The embedded database in its own worker thread (the default of the app): the same behaviour.
  ['pglite in a worker thread', () => openPgliteThread('memory')],
  [
    'postgres',
    async () => {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      return openPostgres(`${PG_URL}?options=-c%20search_path%3D${schema}`);
    },
  ],
];

function setInput(key = randomUUID()): SuggestionSetInput {
  return {
    idempotencyKey: key,
    surface: 'app',
    fhirServer: 'http://localhost/sandbox/fhir',
    patientRef: 'Patient/p1',
    userRef: 'Practitioner/u1',
    modelId: 'ddx-lr-engine',
    modelVersion: '1.0.0',
    knowledgeVersion: '1.0.0',
    knowledgeHash: 'abc',
    inputHash: 'def',
    setting: 'emergency',
    findings: [{ findingId: 'fever', present: true }],
    output: { differential: [] },
    subgroup: { ageBand: '40-64', sex: 'female' },
    suggestions: [
      { conditionId: 'pe', rank: 1, probability: 0.2, band: 'possible', cantMiss: true, cardUuid: randomUUID() },
      { conditionId: 'acs', rank: 2, probability: 0.1, band: 'unlikely', cantMiss: true },
    ],
  };
}

// Mutation testing (stryker.store.json) runs one driver per mutant to stay within minutes:
// STORE_TEST_DRIVERS=pglite. The full suite always runs all three.
const only = process.env.STORE_TEST_DRIVERS?.split(',').map((s) => s.trim());
const selected = only ? drivers.filter(([name]) => only.includes(name)) : drivers;
if (selected.length === 0) {
  throw new Error(`STORE_TEST_DRIVERS=${process.env.STORE_TEST_DRIVERS} names no driver (${drivers.map(([n]) => n).join(', ')})`);
}

describe.each(selected)('store on %s', (_name, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore(await open(), 'test-secret');
  });
  afterAll(async () => {
    await store.close();
    if (_name === 'postgres') {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });

  test('records a suggestion set once per idempotency key', async () => {
    const input = setInput();
    const a = await store.recordSuggestionSet(input);
    const b = await store.recordSuggestionSet(input);
    expect(a.duplicate).toBe(false);
    expect(b).toEqual({ ...a, duplicate: true });
    expect(a.suggestions.map((s) => s.conditionId)).toEqual(['pe', 'acs']);
  });

  test('stores pseudonyms, never the patient or user reference', async () => {
    const input = setInput();
    await store.recordSuggestionSet(input);
    const row = (await store.db.query<Record<string, string>>('SELECT patient_pseudonym, user_pseudonym FROM suggestion_sets WHERE idempotency_key = $1', [input.idempotencyKey])).rows[0];
    expect(row.patient_pseudonym).not.toContain('p1');
    expect(row.patient_pseudonym).toBe(store.pseudonymise(input.fhirServer, 'Patient/p1'));
  });

  test('records decisions idempotently and reads them back', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const key = randomUUID();
    const decision = { idempotencyKey: key, setId: set.setId, suggestionId: set.suggestions[0].id, conditionId: 'pe', userRef: 'Practitioner/u1', fhirServer: 'http://localhost/sandbox/fhir', outcome: 'rejected' as const, reasonCode: 'ruled-out-by-test', comment: 'CTPA negative', source: 'app' as const };
    const first = await store.recordDecision(decision);
    const again = await store.recordDecision(decision);
    expect(again).toEqual({ id: first.id, duplicate: true });
    const rows = await store.listDecisions({ setId: set.setId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'rejected', reason_code: 'ruled-out-by-test', comment: 'CTPA negative', condition_id: 'pe' });
  });

  test('records the cards a hook returned, every field, and nothing for an empty list', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const count = async (): Promise<number> => Number((await store.db.query<{ n: string }>('SELECT count(*) AS n FROM cds_cards WHERE set_id = $1', [set.setId])).rows[0].n);
    await store.recordCards([]);
    expect(await count()).toBe(0);
    const a = randomUUID();
    const b = randomUUID();
    await store.recordCards([
      { uuid: a, setId: set.setId, serviceId: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', conditionIds: ['pe', 'acs'], suggestionUuids: ['s1', 's2'], summary: 'Consider PE', indicator: 'warning', clientIss: 'https://ehr.example' },
      { uuid: b, setId: set.setId, serviceId: 'ddx-order-select', hook: 'order-select', kind: 'test', conditionIds: ['pe'], suggestionUuids: [], summary: 'D-dimer', indicator: 'info' },
    ]);
    expect(await count()).toBe(2);
    const rows = (await store.db.query<Record<string, unknown>>('SELECT uuid, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator, client_iss FROM cds_cards WHERE set_id = $1 ORDER BY summary', [set.setId])).rows;
    const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(rows.map((r) => ({ ...r, condition_ids: json(r.condition_ids), suggestion_uuids: json(r.suggestion_uuids) }))).toEqual([
      { uuid: a, service_id: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', condition_ids: ['pe', 'acs'], suggestion_uuids: ['s1', 's2'], summary: 'Consider PE', indicator: 'warning', client_iss: 'https://ehr.example' },
      { uuid: b, service_id: 'ddx-order-select', hook: 'order-select', kind: 'test', condition_ids: ['pe'], suggestion_uuids: [], summary: 'D-dimer', indicator: 'info', client_iss: null },
    ]);
  });

  test('records a workspace event once per idempotency key', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const key = randomUUID();
    const user = store.pseudonymise('http://localhost/sandbox/fhir', 'Practitioner/u1');
    expect(await store.recordAppEvent({ idempotencyKey: key, setId: set.setId, userPseudonym: user, kind: 'write-back', conditionId: 'pe', detail: { conditionRef: 'Condition/c9' } })).toBe(true);
    expect(await store.recordAppEvent({ idempotencyKey: key, setId: set.setId, userPseudonym: user, kind: 'write-back', conditionId: 'pe', detail: { conditionRef: 'Condition/other' } })).toBe(false);
    expect(await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: set.setId, userPseudonym: user, kind: 'missed-withdrawn', detail: {} })).toBe(true);
    const rows = (await store.db.query<{ kind: string; condition_id: string | null; detail: unknown }>('SELECT kind, condition_id, detail FROM app_events WHERE set_id = $1 ORDER BY kind DESC', [set.setId])).rows;
    const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(rows.map((r) => ({ ...r, detail: json(r.detail) }))).toEqual([
      { kind: 'write-back', condition_id: 'pe', detail: { conditionRef: 'Condition/c9' } },
      { kind: 'missed-withdrawn', condition_id: null, detail: {} },
    ]);
  });

  test('restores a workspace: the user\'s latest app set for the patient and encounter, their decisions and events only', async () => {
    const fhirServer = 'http://localhost/sandbox/fhir';
    const patientRef = `Patient/${randomUUID()}`;
    const since = new Date(Date.now() - 60_000);
    const base = (over: Partial<SuggestionSetInput>): SuggestionSetInput => ({ ...setInput(), patientRef, encounterRef: 'Encounter/e1', ...over });
    const query = { fhirServer, patientRef, encounterRef: 'Encounter/e1', userRef: 'Practitioner/u1', since };
    expect(await store.workspaceState(query)).toEqual({ decisions: [], events: [] });

    const older = await store.recordSuggestionSet(base({ inputHash: 'older' }));
    await new Promise((r) => setTimeout(r, 15));
    const newer = await store.recordSuggestionSet(base({ inputHash: 'newer', knowledgeVersion: '2.0.0' }));
    // Not this workspace: another encounter, no encounter, another user, the CDS surface.
    await store.recordSuggestionSet(base({ encounterRef: 'Encounter/e2', inputHash: 'other-encounter' }));
    const noEncounter = await store.recordSuggestionSet(base({ encounterRef: undefined, inputHash: 'no-encounter' }));
    await store.recordSuggestionSet(base({ userRef: 'Practitioner/u2', inputHash: 'other-user' }));
    await store.recordSuggestionSet(base({ surface: 'cds-hooks', inputHash: 'cds' }));

    const mine = await store.recordDecision({ idempotencyKey: randomUUID(), setId: older.setId, suggestionId: older.suggestions[0].id, conditionId: 'pe', userRef: 'Practitioner/u1', fhirServer, outcome: 'accepted', source: 'app' });
    await store.recordDecision({ idempotencyKey: randomUUID(), setId: newer.setId, suggestionId: newer.suggestions[1].id, conditionId: 'acs', userRef: 'Practitioner/u2', fhirServer, outcome: 'rejected', reasonCode: 'ruled-out-by-test', source: 'app' });
    const u1 = store.pseudonymise(fhirServer, 'Practitioner/u1');
    await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: newer.setId, userPseudonym: u1, kind: 'write-back', conditionId: 'pe', detail: { conditionRef: 'Condition/c1' } });
    await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: newer.setId, userPseudonym: store.pseudonymise(fhirServer, 'Practitioner/u2'), kind: 'write-back', detail: {} });

    const state = await store.workspaceState(query);
    expect(state.latest).toMatchObject({ setId: newer.setId, inputHash: 'newer', knowledgeVersion: '2.0.0' });
    expect(Number.isNaN(Date.parse(state.latest!.createdAt))).toBe(false);
    expect(state.decisions.map((d) => [d.id, d.set_input_hash, d.outcome])).toEqual([[mine.id, 'older', 'accepted']]);
    expect(state.events.map((e) => [e.kind, e.condition_id, e.set_id])).toEqual([['write-back', 'pe', newer.setId]]);

    // Without an encounter in context, only the sets recorded without one; a later `since` forgets them all.
    expect((await store.workspaceState({ ...query, encounterRef: undefined })).latest?.setId).toBe(noEncounter.setId);
    expect(await store.workspaceState({ ...query, since: new Date(Date.now() + 60_000) })).toEqual({ decisions: [], events: [] });
  });

  test('stores every optional field of a decision as given, and null or false when absent', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const fhirServer = 'http://localhost/sandbox/fhir';
    const full = await store.recordDecision({
      idempotencyKey: randomUUID(),
      setId: set.setId,
      freeTextDiagnosis: 'Costochondritis',
      userRef: 'Practitioner/u1',
      fhirServer,
      outcome: 'added-missed',
      reasonCode: 'other',
      reasonSystem: 'https://example.org/reasons',
      comment: 'tender costochondral junction',
      clinicianDifferential: [{ text: 'Costochondritis' }],
      unknownCard: true,
      serviceId: 'ddx-patient-view',
      source: 'app',
    });
    const bare = await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, userRef: 'Practitioner/u1', fhirServer, outcome: 'clinician-differential', source: 'app' });
    expect(full.duplicate).toBe(false);
    expect(bare.duplicate).toBe(false);
    const rows = (await store.db.query<Record<string, unknown>>('SELECT id, free_text_diagnosis, reason_system, clinician_differential, unknown_card, service_id FROM decisions WHERE id = ANY($1::uuid[])', [[full.id, bare.id]])).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
    const f = byId.get(full.id)!;
    expect({ ...f, clinician_differential: json(f.clinician_differential), id: undefined }).toEqual({
      id: undefined,
      free_text_diagnosis: 'Costochondritis',
      reason_system: 'https://example.org/reasons',
      clinician_differential: [{ text: 'Costochondritis' }],
      unknown_card: true,
      service_id: 'ddx-patient-view',
    });
    expect({ ...byId.get(bare.id)!, id: undefined }).toEqual({ id: undefined, free_text_diagnosis: null, reason_system: null, clinician_differential: null, unknown_card: false, service_id: null });
  });

  test('lists decisions by set and by user, oldest first', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const fhirServer = 'http://localhost/sandbox/fhir';
    const a = await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, suggestionId: set.suggestions[0].id, conditionId: 'pe', userRef: 'Practitioner/u1', fhirServer, outcome: 'accepted', source: 'app' });
    const b = await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, suggestionId: set.suggestions[1].id, conditionId: 'acs', userRef: 'Practitioner/u2', fhirServer, outcome: 'rejected', reasonCode: 'ruled-out-by-test', source: 'app' });
    expect((await store.listDecisions({ setId: set.setId })).map((d) => d.id)).toEqual([a.id, b.id]);
    expect((await store.listDecisions({ setId: set.setId, userRef: { fhirServer, reference: 'Practitioner/u2' } })).map((d) => d.id)).toEqual([b.id]);
    const all = (await store.listDecisions()).map((d) => d.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.length).toBeGreaterThan(2);
  });

  test('a set keeps its hook instance (null from the app); pseudonyms ignore a trailing slash on the server', async () => {
    const hook = randomUUID();
    const cds = await store.recordSuggestionSet({ ...setInput(), surface: 'cds-hooks', hookInstance: hook });
    const app = await store.recordSuggestionSet(setInput());
    const rows = (await store.db.query<{ id: string; hook_instance: string | null }>('SELECT id, hook_instance FROM suggestion_sets WHERE id = ANY($1::uuid[])', [[cds.setId, app.setId]])).rows;
    expect(new Map(rows.map((r) => [r.id, r.hook_instance]))).toEqual(new Map([[cds.setId, hook], [app.setId, null]]));
    expect(store.pseudonymise('http://ehr.example/fhir/', 'Patient/p1')).toBe(store.pseudonymise('http://ehr.example/fhir', 'Patient/p1'));
    expect(store.pseudonymise('http://ehr.example/fhir', 'Patient/p1')).not.toBe(store.pseudonymise('http://other.example/fhir', 'Patient/p1'));
    expect(store.pseudonymise('http://ehr.example/fhir', 'Patient/p1')).toMatch(/^[0-9a-f]{24}$/);
  });

  test('an audit event without an actor stores none', async () => {
    const marker = randomUUID();
    await store.audit('test-event', undefined, { marker });
    await store.audit('test-event', 'actor-1', { marker });
    const rows = (await store.db.query<{ actor_pseudonym: string | null }>("SELECT actor_pseudonym FROM audit_events WHERE detail->>'marker' = $1 ORDER BY actor_pseudonym NULLS FIRST", [marker])).rows;
    expect(rows.map((r) => r.actor_pseudonym)).toEqual([null, 'actor-1']);
  });

  test('refuses a decision on a suggestion from another set', async () => {
    const a = await store.recordSuggestionSet(setInput());
    const b = await store.recordSuggestionSet(setInput());
    await expect(
      store.recordDecision({ idempotencyKey: randomUUID(), setId: a.setId, suggestionId: b.suggestions[0].id, userRef: 'Practitioner/u1', fhirServer: 'x', outcome: 'accepted', source: 'app' }),
    ).rejects.toThrow(/does not belong/);
  });

  describe('is append-only: the database refuses UPDATE and DELETE on every audit table', () => {
    /** One row in each append-only table, written through the store, and how to find it again. */
    let rows: Record<string, { where: string; param: string; set: string }>;
    beforeAll(async () => {
      const cardUuid = randomUUID();
      const input = setInput();
      const [setId] = await store.recordShownBatch([
        { set: input, cards: [{ uuid: cardUuid, serviceId: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', conditionIds: ['pe'], suggestionUuids: [], summary: 's', indicator: 'info' }] },
      ]);
      const suggestionId = (await store.findSuggestion(setId, 'pe'))!.id;
      const decision = await store.recordDecision({ idempotencyKey: randomUUID(), setId, userRef: 'Practitioner/u1', fhirServer: 'x', outcome: 'added-missed', freeTextDiagnosis: 'Sarcoidosis', source: 'app' });
      const auditKind = `append-only-${randomUUID()}`;
      await store.audit(auditKind, undefined, { n: 1 });
      rows = {
        suggestion_sets: { where: 'id = $1', param: setId, set: "setting = 'changed'" },
        suggestions: { where: 'id = $1', param: suggestionId, set: 'rank = 99' },
        decisions: { where: 'id = $1', param: decision.id, set: "comment = 'changed'" },
        audit_events: { where: 'kind = $1', param: auditKind, set: "kind = 'changed'" },
        cds_cards: { where: 'uuid = $1', param: cardUuid, set: "summary = 'changed'" },
      };
    });

    test.each([
      ['suggestion_sets', 'UPDATE'],
      ['suggestion_sets', 'DELETE'],
      ['suggestions', 'UPDATE'],
      ['suggestions', 'DELETE'],
      ['decisions', 'UPDATE'],
      ['decisions', 'DELETE'],
      ['audit_events', 'UPDATE'],
      ['audit_events', 'DELETE'],
      ['cds_cards', 'UPDATE'],
      ['cds_cards', 'DELETE'],
    ])('%s: %s is refused and the row is unchanged', async (table, op) => {
      const { where, param, set } = rows[table];
      const before = (await store.db.query(`SELECT * FROM ${table} WHERE ${where}`, [param])).rows;
      expect(before).toHaveLength(1);
      const sql = op === 'UPDATE' ? `UPDATE ${table} SET ${set} WHERE ${where}` : `DELETE FROM ${table} WHERE ${where}`;
      await expect(store.db.query(sql, [param])).rejects.toThrow(`append-only table ${table}: ${op} is not allowed`);
      expect((await store.db.query(`SELECT * FROM ${table} WHERE ${where}`, [param])).rows).toEqual(before);
    });
  });

  test('a superseding decision names the one it replaces', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const first = await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, suggestionId: set.suggestions[1].id, userRef: 'Practitioner/u1', fhirServer: 'x', outcome: 'rejected', reasonCode: 'will-reconsider', source: 'app' });
    await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, suggestionId: set.suggestions[1].id, userRef: 'Practitioner/u1', fhirServer: 'x', outcome: 'accepted', supersedes: first.id, source: 'app' });
    const rows = await store.listDecisions({ setId: set.setId });
    expect(rows.map((r) => r.outcome)).toEqual(['rejected', 'accepted']);
    expect(rows[1].supersedes).toBe(first.id);
  });

  test('stores a batch of shown card sets in one transaction, reusing a set whose key exists', async () => {
    const a = setInput();
    const b = setInput();
    const card = (uuid: string) => ({ uuid, serviceId: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', conditionIds: ['pe'], suggestionUuids: [], summary: 's', indicator: 'info' });
    const [idA, idB] = await store.recordShownBatch([
      { set: a, cards: [card(randomUUID())] },
      { set: b, cards: [card(randomUUID()), card(randomUUID())] },
    ]);
    expect(idA).not.toBe(idB);
    const again = await store.recordShownBatch([{ set: a, cards: [card(randomUUID())] }]);
    expect(again[0]).toBe(idA);
    const suggestions = (await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestions WHERE set_id = $1', [idA])).rows[0].n;
    expect(suggestions).toBe(2);
  });

  test('a shown batch is one statement: JSON columns keep their shape, a key twice is one set, a failing batch leaves nothing', async () => {
    const card = (uuid: string) => ({ uuid, serviceId: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', conditionIds: ['pe'], suggestionUuids: ['s-1'], summary: 's', indicator: 'info', clientIss: 'https://ehr.example' });
    const a = { ...setInput(), surface: 'cds-hooks' as const, findings: [{ findingId: 'tachycardia', present: true }], output: { differential: [{ conditionId: 'pe', rank: 1 }] }, subgroup: { sex: 'female' } };
    const [first, twice] = await store.recordShownBatch([
      { set: a, cards: [card(randomUUID())] },
      { set: a, cards: [card(randomUUID())] },
    ]);
    expect(twice).toBe(first);
    const row = (await store.db.query<{ findings: unknown; output: unknown; subgroup: unknown; surface: string }>('SELECT findings, output, subgroup, surface FROM suggestion_sets WHERE id = $1', [first])).rows[0];
    expect(row).toEqual({ findings: a.findings, output: a.output, subgroup: a.subgroup, surface: 'cds-hooks' });
    const count = async (table: string, setId: string) => (await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE set_id = $1`, [setId])).rows[0].n;
    expect(await count('suggestions', first)).toBe(a.suggestions.length);
    expect(await count('cds_cards', first)).toBe(2);
    const stored = await store.findCard((await store.db.query<{ uuid: string }>('SELECT uuid FROM cds_cards WHERE set_id = $1 LIMIT 1', [first])).rows[0].uuid);
    expect(stored).toMatchObject({ setId: first, conditionIds: ['pe'], suggestionUuids: ['s-1'], clientIss: 'https://ehr.example' });
    // A card uuid that exists already breaks the batch: the other item's set is not left behind.
    const existing = (await store.db.query<{ uuid: string }>('SELECT uuid FROM cds_cards WHERE set_id = $1 LIMIT 1', [first])).rows[0].uuid;
    const b = setInput();
    await expect(store.recordShownBatch([{ set: b, cards: [card(randomUUID())] }, { set: setInput(), cards: [card(existing)] }])).rejects.toThrow();
    expect((await store.db.query('SELECT id FROM suggestion_sets WHERE idempotency_key = $1', [b.idempotencyKey])).rows).toHaveLength(0);
  });

  test('a clinician changing a decision on the same suggestion supersedes the earlier one automatically', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const base = { setId: set.setId, suggestionId: set.suggestions[0].id, userRef: 'Practitioner/u9', fhirServer: 'x', source: 'app' as const };
    const first = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'rejected', reasonCode: 'will-reconsider' });
    const second = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'accepted' });
    const rows = await store.listDecisions({ setId: set.setId });
    expect(rows.find((r) => r.id === second.id)?.supersedes).toBe(first.id);
    expect(rows.find((r) => r.id === first.id)?.supersedes).toBeNull();
  });

  test('automatic supersession is per clinician, per suggestion and per source; a stated one is kept', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const [s0, s1] = set.suggestions;
    const base = { setId: set.setId, fhirServer: 'x', source: 'app' as const };
    const a1 = await store.recordDecision({ ...base, suggestionId: s0.id, userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'rejected' });
    // Another clinician on the same suggestion, and the same clinician on another suggestion: nothing replaced.
    const b1 = await store.recordDecision({ ...base, suggestionId: s0.id, userRef: 'Practitioner/b', idempotencyKey: randomUUID(), outcome: 'accepted' });
    const a2 = await store.recordDecision({ ...base, suggestionId: s1.id, userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'accepted' });
    // A decision without a suggestion (a missed diagnosis) replaces nothing.
    const a3 = await store.recordDecision({ ...base, freeTextDiagnosis: 'Costochondritis', userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'added-missed' });
    // The same clinician changing their mind twice: each replaces the one before, not the first.
    const a4 = await store.recordDecision({ ...base, suggestionId: s0.id, userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'accepted' });
    const a5 = await store.recordDecision({ ...base, suggestionId: s0.id, userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'rejected' });
    // A supersedes the caller states wins over the automatic one.
    const a6 = await store.recordDecision({ ...base, suggestionId: s0.id, userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'accepted', supersedes: a1.id });
    // CDS feedback naming a suggestion is not an app decision: it never replaces the clinician's app decision.
    const f1 = await store.recordDecision({ ...base, source: 'cds-feedback', suggestionId: s0.id, userRef: 'Practitioner/a', idempotencyKey: randomUUID(), outcome: 'overridden' });
    const by = new Map((await store.listDecisions({ setId: set.setId })).map((r) => [r.id, r.supersedes]));
    expect(by.get(a1.id)).toBeNull();
    expect(by.get(b1.id)).toBeNull();
    expect(by.get(a2.id)).toBeNull();
    expect(by.get(a3.id)).toBeNull();
    expect(by.get(a4.id)).toBe(a1.id);
    expect(by.get(a5.id)).toBe(a4.id);
    expect(by.get(a6.id)).toBe(a1.id);
    expect(by.get(f1.id)).toBeNull();
  });

  test('CDS feedback on the same card from the same client supersedes earlier feedback, never later feedback', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const card = randomUUID();
    const client = store.pseudonymise('x', 'client:https://ehr.example');
    const base = { setId: set.setId, fhirServer: 'x', userRef: 'unused', source: 'cds-feedback' as const, cardUuid: card, userPseudonym: client };
    const accepted = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'accepted', outcomeTimestamp: '2026-12-01T10:00:00Z' });
    const overridden = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'overridden', outcomeTimestamp: '2026-12-01T10:05:00Z' });
    // Late delivery of an older outcome: stored, but it replaces nothing (the later one holds).
    const late = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'accepted', outcomeTimestamp: '2026-12-01T10:01:00Z' });
    // The same moment as the latest counts as after it.
    const same = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'accepted', outcomeTimestamp: '2026-12-01T10:05:00Z' });
    // Another client, or another card: nothing replaced. An app decision is not CDS feedback.
    const other = await store.recordDecision({ ...base, userPseudonym: store.pseudonymise('x', 'client:https://other.example'), idempotencyKey: randomUUID(), outcome: 'overridden', outcomeTimestamp: '2026-12-01T11:00:00Z' });
    const otherCard = await store.recordDecision({ ...base, cardUuid: randomUUID(), idempotencyKey: randomUUID(), outcome: 'overridden', outcomeTimestamp: '2026-12-01T11:00:00Z' });
    const app = await store.recordDecision({ ...base, source: 'app', idempotencyKey: randomUUID(), outcome: 'accepted', outcomeTimestamp: '2026-12-01T12:00:00Z' });
    // Without a timestamp a new outcome does not claim to be later than one that has one.
    const untimed = await store.recordDecision({ ...base, idempotencyKey: randomUUID(), outcome: 'overridden' });
    const by = new Map((await store.listDecisions({ setId: set.setId })).map((r) => [r.id, r]));
    expect(by.get(accepted.id)?.supersedes).toBeNull();
    expect(by.get(overridden.id)?.supersedes).toBe(accepted.id);
    expect(by.get(late.id)?.supersedes).toBeNull();
    expect(by.get(same.id)?.supersedes).toBe(overridden.id);
    expect(by.get(other.id)?.supersedes).toBeNull();
    expect(by.get(otherCard.id)?.supersedes).toBeNull();
    expect(by.get(app.id)?.supersedes).toBeNull();
    expect(by.get(untimed.id)?.supersedes).toBeNull();
    // The pseudonym given is the one stored (CDS feedback carries no user reference).
    expect(by.get(accepted.id)?.user_pseudonym).toBe(client);
    // Untimed feedback is superseded by the next timed one.
    const card2 = randomUUID();
    const u1 = await store.recordDecision({ ...base, cardUuid: card2, idempotencyKey: randomUUID(), outcome: 'accepted' });
    const t1 = await store.recordDecision({ ...base, cardUuid: card2, idempotencyKey: randomUUID(), outcome: 'overridden', outcomeTimestamp: '2026-12-01T10:00:00Z' });
    const rows = new Map((await store.listDecisions({ setId: set.setId })).map((r) => [r.id, r.supersedes]));
    expect(rows.get(u1.id)).toBeNull();
    expect(rows.get(t1.id)).toBe(u1.id);
  });

  test('the same decision sent twice at once is stored once; both calls get its id', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const d = { idempotencyKey: randomUUID(), setId: set.setId, suggestionId: set.suggestions[0].id, userRef: 'Practitioner/race', fhirServer: 'x', outcome: 'accepted' as const, source: 'app' as const };
    const [a, b] = await Promise.all([store.recordDecision(d), store.recordDecision(d)]);
    expect(a.id).toBe(b.id);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await store.listDecisions({ setId: set.setId })).toHaveLength(1);
    // A decision that fails for another reason is not disguised as a duplicate: the database's own error (a
    // foreign-key violation, 23503) is passed on.
    await expect(store.recordDecision({ ...d, idempotencyKey: randomUUID(), suggestionId: undefined, supersedes: randomUUID() })).rejects.toMatchObject({ code: '23503' });
  });

  test('a set without suggestions is stored (an abstention is a result too)', async () => {
    const input = { ...setInput(), suggestions: [] };
    const a = await store.recordSuggestionSet(input);
    expect(a).toMatchObject({ duplicate: false, suggestions: [] });
    expect(await store.recordSuggestionSet(input)).toEqual({ setId: a.setId, duplicate: true, suggestions: [] });
    expect((await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestions WHERE set_id = $1', [a.setId])).rows[0].n).toBe(0);
  });

  test('quality decisions can be limited to one source', async () => {
    const set = await store.recordSuggestionSet(setInput());
    await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, suggestionId: set.suggestions[0].id, userRef: 'Practitioner/q', fhirServer: 'x', outcome: 'accepted', source: 'app' });
    await store.recordDecision({ idempotencyKey: randomUUID(), setId: set.setId, cardUuid: randomUUID(), userPseudonym: 'client-q', userRef: 'unused', fhirServer: 'x', outcome: 'overridden', source: 'cds-feedback' });
    const cds = await store.listQualityDecisions({ source: 'cds-feedback', limit: 1000 });
    const app = await store.listQualityDecisions({ source: 'app', limit: 1000 });
    const all = await store.listQualityDecisions({ limit: 1000 });
    expect(cds.length).toBeGreaterThan(0);
    expect(app.length).toBeGreaterThan(0);
    expect(cds.every((r) => r.source === 'cds-feedback')).toBe(true);
    expect(app.every((r) => r.source === 'app')).toBe(true);
    expect(all.length).toBe(cds.length + app.length);
  });

  test('an unknown card uuid finds nothing; a card without a client issuer has none', async () => {
    expect(await store.findCard(randomUUID())).toBeUndefined();
    const set = setInput();
    const uuid = randomUUID();
    await store.recordShownBatch([{ set, cards: [{ uuid, serviceId: 'ddx-patient-view', hook: 'patient-view', kind: 'differential', conditionIds: ['pe'], suggestionUuids: [], summary: 's', indicator: 'info' }] }]);
    const card = await store.findCard(uuid);
    expect(card).toBeDefined();
    expect(card && 'clientIss' in card).toBe(false);
    expect(await store.recordShownBatch([])).toEqual([]);
  });

  test('claiming no JWT ids claims nothing', async () => {
    expect(await store.claimJtis([], 1_800_000_000)).toEqual([]);
  });

  test('a conflict is reported as a StoreConflictError', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const other = await store.recordSuggestionSet(setInput());
    const err = await store
      .recordDecision({ idempotencyKey: randomUUID(), setId: other.setId, suggestionId: set.suggestions[0].id, userRef: 'Practitioner/u1', fhirServer: 'x', outcome: 'accepted', source: 'app' })
      .catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(StoreConflictError);
    expect((err as Error).name).toBe('StoreConflictError');
  });

  test('finds the suggestion behind a CDS card uuid', async () => {
    const input = setInput();
    const set = await store.recordSuggestionSet(input);
    const found = await store.findSuggestionByCard(input.suggestions[0].cardUuid!);
    expect(found).toEqual({ id: set.suggestions[0].id, setId: set.setId, conditionId: 'pe' });
    expect(await store.findSuggestionByCard(randomUUID())).toBeUndefined();
  });

  test('finds the suggestion a set stored for a diagnosis, and nothing for another diagnosis or set', async () => {
    const set = await store.recordSuggestionSet(setInput());
    const other = await store.recordSuggestionSet(setInput());
    expect(await store.findSuggestion(set.setId, 'acs')).toEqual({ id: set.suggestions[1].id });
    expect(await store.findSuggestion(other.setId, 'acs')).toEqual({ id: other.suggestions[1].id });
    expect(await store.findSuggestion(set.setId, 'sepsis')).toBeUndefined();
    expect(await store.findSuggestion(randomUUID(), 'acs')).toBeUndefined();
  });

  test('quality decisions include the accepted suggestion ids and when the clinician acted', async () => {
    const cardUuid = randomUUID();
    const [setId] = await store.recordShownBatch([
      { set: { ...setInput(), surface: 'cds-hooks' }, cards: [{ uuid: cardUuid, serviceId: 'ddx-order-sign', hook: 'order-sign', kind: 'cant-miss', conditionIds: ['pe'], suggestionUuids: ['s-1', 's-2'], summary: 's', indicator: 'warning' }] },
    ]);
    const comment = `quality-${randomUUID()}`;
    await store.recordDecision({
      idempotencyKey: randomUUID(),
      setId,
      userRef: 'cds-client',
      fhirServer: 'x',
      outcome: 'accepted',
      source: 'cds-feedback',
      outcomeTimestamp: '2021-12-11T10:05:31.000Z',
      cardUuid,
      acceptedSuggestions: ['s-2'],
      serviceId: 'ddx-order-sign',
      comment,
    });
    await store.recordDecision({ idempotencyKey: randomUUID(), setId, userRef: 'Practitioner/u1', fhirServer: 'x', outcome: 'rejected', reasonCode: 'other', source: 'app', comment });
    const rows = (await store.listQualityDecisions({ limit: 5000 })).filter((r) => r.comment === comment);
    const cds = rows.find((r) => r.source === 'cds-feedback');
    expect(cds).toMatchObject({ accepted_suggestions: ['s-2'], service_id: 'ddx-order-sign', card_kind: 'cant-miss', card_uuid: cardUuid });
    expect(new Date(cds?.outcome_timestamp as string).toISOString()).toBe('2021-12-11T10:05:31.000Z');
    expect(rows.find((r) => r.source === 'app')).toMatchObject({ accepted_suggestions: null, outcome_timestamp: null });
  });

  test('reads a suggestion set header with pseudonyms, and nothing for an unknown id', async () => {
    const input = setInput();
    const set = await store.recordSuggestionSet(input);
    const header = await store.getSuggestionSet(set.setId);
    expect(header).toEqual({
      id: set.setId,
      fhirServer: input.fhirServer,
      patientPseudonym: store.pseudonymise(input.fhirServer, 'Patient/p1'),
      userPseudonym: store.pseudonymise(input.fhirServer, 'Practitioner/u1'),
      modelId: 'ddx-lr-engine',
      modelVersion: '1.0.0',
      knowledgeVersion: '1.0.0',
    });
    expect(await store.getSuggestionSet(randomUUID())).toBeUndefined();
  });

  test("reads back the clinician's own differential with the decision", async () => {
    const set = await store.recordSuggestionSet(setInput());
    const own = [{ conditionId: 'pe', text: 'Pulmonary embolism' }, { text: 'Anxiety' }];
    await store.recordDecision({
      idempotencyKey: randomUUID(),
      setId: set.setId,
      userRef: 'Practitioner/u1',
      fhirServer: 'http://localhost/sandbox/fhir',
      outcome: 'clinician-differential',
      clinicianDifferential: own,
      source: 'app',
    });
    const rows = await store.listDecisions({ setId: set.setId });
    expect(rows[0].clinician_differential).toEqual(own);
  });

  test('local monitoring counts sets and decisions per subgroup value for one model version only', async () => {
    const version = `mon-${randomUUID().slice(0, 8)}`;
    const female = await store.recordSuggestionSet({ ...setInput(), modelVersion: version, subgroup: { ageBand: '40-64', sex: 'female' } });
    const male = await store.recordSuggestionSet({ ...setInput(), modelVersion: version, subgroup: { ageBand: '65+', sex: 'male' } });
    await store.recordSuggestionSet({ ...setInput(), modelVersion: 'another-version', subgroup: { sex: 'female' } });
    const d = (setId: string, outcome: 'accepted' | 'rejected' | 'added-missed') =>
      store.recordDecision({ idempotencyKey: randomUUID(), setId, userRef: 'Practitioner/u1', fhirServer: 'x', outcome, source: 'app', ...(outcome === 'rejected' ? { reasonCode: 'other' } : {}), ...(outcome === 'added-missed' ? { freeTextDiagnosis: 'Sarcoidosis' } : {}) });
    await d(female.setId, 'accepted');
    await d(female.setId, 'added-missed');
    await d(male.setId, 'rejected');
    const rows = await store.monitoring(version);
    const row = (attribute: string, value: string) => rows.find((r) => r.attribute === attribute && r.value === value);
    expect(row('sex', 'female')).toMatchObject({ sets: 1, accepted: 1, rejected: 0, overridden: 0, addedMissed: 1 });
    expect(row('sex', 'male')).toMatchObject({ sets: 1, accepted: 0, rejected: 1, addedMissed: 0 });
    expect(row('ageBand', '65+')).toMatchObject({ sets: 1, rejected: 1 });
    expect(rows).toHaveLength(4);
    expect(row('sex', 'female')?.first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await store.monitoring(`none-${randomUUID()}`)).toEqual([]);
  });

  test('claims a client JWT id once until it expires, and again after', async () => {
    const key = `k-${randomUUID()}`;
    const now = 1_800_000_000;
    expect(await store.claimJtis([{ key, expiresAt: now + 300 }], now)).toEqual([true]);
    expect(await store.claimJtis([{ key, expiresAt: now + 300 }], now + 10)).toEqual([false]);
    expect(await store.claimJtis([{ key, expiresAt: now + 900 }], now + 301)).toEqual([true]);
    expect(await store.claimJtis([{ key, expiresAt: now + 900 }], now + 400)).toEqual([false]);
  });

  test('a key given twice in one claim is a replay the second time; others in the batch are unaffected', async () => {
    const [a, b] = [`a-${randomUUID()}`, `b-${randomUUID()}`];
    const now = 1_800_000_000;
    expect(await store.claimJtis([{ key: a, expiresAt: now + 60 }, { key: b, expiresAt: now + 60 }, { key: a, expiresAt: now + 60 }], now)).toEqual([true, true, false]);
  });

  test('prunes only expired claims', async () => {
    const now = 1_900_000_000;
    const [old, live] = [`o-${randomUUID()}`, `l-${randomUUID()}`];
    await store.claimJtis([{ key: old, expiresAt: now - 1 }, { key: live, expiresAt: now + 60 }], now - 100);
    expect(await store.pruneJtis(now)).toBeGreaterThanOrEqual(1);
    const left = (await store.db.query<{ key: string }>('SELECT key FROM cds_client_jtis WHERE key = ANY($1)', [[old, live]])).rows.map((r) => r.key);
    expect(left).toEqual([live]);
  });
});

describe('migrate', () => {
  test('instances starting at once on one PostgreSQL database migrate it once, without errors', async () => {
    const fresh = `m_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${fresh}`);
    const dbs = await Promise.all([1, 2, 3].map(() => openPostgres(`${PG_URL}?options=-c%20search_path%3D${fresh}`)));
    try {
      const applied = await Promise.all(dbs.map((db) => migrate(db)));
      const all = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'migrations')).filter((n) => n.endsWith('.sql'));
      expect(applied.flat().sort()).toEqual(all.sort());
      expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
      expect(await migrate(dbs[0])).toEqual([]);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
      await admin.query(`DROP SCHEMA ${fresh} CASCADE`);
      await admin.end();
    }
  });
});

describe('openPostgres', () => {
  test('a database that is down gives a clear error, not a hang', async () => {
    const db = await openPostgres('postgres://postgres@127.0.0.1:1/test');
    await expect(db.query('SELECT 1')).rejects.toThrow(/database unavailable/);
    await db.close();
  });
});

/**
 * The app API against the real app and sandbox EHR: SMART token checks (introspection), the
 * differential with opt-out, decisions (idempotent, read back), search, /me and a store outage.
 */
import { ENGINE_MODEL } from '../../server/reasoning/build-differential';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import type { DecisionsResponse, DifferentialResponse, MeResponse, SearchResponse, WorkspaceStateResponse } from '../../server/contract';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { api, launchSession, readChart, type ApiSession } from './api-harness';

let server: RunningServer;
let session: ApiSession;
let chart: Resource[];

beforeAll(async () => {
  server = await startTestServer();
  session = await launchSession(server, 'cp-01-patient');
  chart = await readChart(session);
});

afterAll(async () => {
  await server.stop();
});

async function differential(s: ApiSession = session, resources: Resource[] = chart, extra: object = {}): Promise<Response> {
  return api(server, s, '/differential', { resources, idempotencyKey: randomUUID(), ...extra });
}

describe('API authentication', () => {
  test('refuses a call without a bearer token', async () => {
    const res = await api(server, { fhirBase: session.fhirBase }, '/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await res.json()).error_description).toMatch(/Missing bearer token/);
  });

  test('refuses a call without X-FHIR-Server', async () => {
    const res = await api(server, { token: session.token }, '/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error_description).toMatch(/X-FHIR-Server/);
  });

  test('refuses a FHIR server that is not on the allowlist', async () => {
    const res = await api(server, { token: session.token, fhirBase: 'https://evil.example.org/fhir' }, '/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error_description).toMatch(/allowlist/);
  });

  test('refuses a token the FHIR server does not know', async () => {
    const res = await api(server, { token: 'not-a-real-token', fhirBase: session.fhirBase }, '/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error_description).toMatch(/not active/);
  });

  test('takes the user and patient from the token, and the preference from the sandbox users', async () => {
    const res = await api(server, session, '/me');
    expect(res.status).toBe(200);
    const me = (await res.json()) as MeResponse;
    expect(me).toMatchObject({ fhirUser: 'Practitioner/sandbox-clinician-2', role: 'clinician', clinicianFirst: false, patientId: 'cp-01-patient' });
    const first = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-1');
    expect(((await (await api(server, first, '/me')).json()) as MeResponse).clinicianFirst).toBe(true);
  });

  test('leaves the knowledge search open', async () => {
    const res = await api(server, undefined, '/findings?q=fever');
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results[0].name.toLowerCase()).toContain('fever');
    expect((await api(server, undefined, '/conditions?q=pulmonary')).status).toBe(200);
    const problems = (await (await api(server, undefined, '/problems?q=breath')).json()) as SearchResponse;
    expect(problems.results.map((r) => r.id)).toContain('dyspnoea');
  });
});

describe('POST /api/differential', () => {
  test('returns a ranked differential with suggestion ids and stores it', async () => {
    const res = await differential();
    expect(res.status).toBe(200);
    const body = (await res.json()) as DifferentialResponse;
    if (body.optedOut) {
      throw new Error('unexpected opt-out');
    }
    expect(body.shown.length).toBeGreaterThanOrEqual(1);
    expect(body.shown.length).toBeLessThanOrEqual(8);
    for (const id of [...body.shown, ...body.result.cantMiss.map((d) => d.conditionId)]) {
      expect(body.suggestions[id]).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(body.result.model.id).toBe('ddx-lr-engine');
    const header = await server.handle.store.getSuggestionSet(body.setId);
    expect(header?.patientPseudonym).toBe(server.handle.store.pseudonymise(session.fhirBase, 'Patient/cp-01-patient'));
    const row = (await server.handle.store.db.query<{ subgroup: Record<string, string> }>('SELECT subgroup FROM suggestion_sets WHERE id = $1', [body.setId])).rows[0];
    expect(Object.keys(row.subgroup).every((k) => ['ageBand', 'sex', 'race', 'ethnicity', 'language'].includes(k))).toBe(true);
  });

  test('applies clinician finding changes', async () => {
    const first = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const top = first.result.findingsUsed[0];
    const res = await differential(session, chart, { overrides: [{ findingId: top.findingId, state: 'removed' }] });
    const body = (await res.json()) as Extract<DifferentialResponse, { optedOut: false }>;
    expect(body.result.findingsUsed.some((f) => f.findingId === top.findingId)).toBe(false);
    expect(body.result.inputHash).not.toBe(first.result.inputHash);
  });

  test("refuses another patient's data", async () => {
    const res = await differential(session, [...chart, { resourceType: 'Observation', status: 'final', code: {}, subject: { reference: 'Patient/cp-02-patient' } } as Resource]);
    expect(res.status).toBe(403);
  });

  test.each([
    ['an absolute reference', 'https://other-ehr.example.org/fhir/Patient/cp-01-patient-not'],
    ['an absolute reference to the same id on another server path', 'https://ehr.example.org/fhir/Patient/cp-02-patient'],
    ['a versioned reference', 'Patient/cp-02-patient/_history/3'],
    ['a Group', 'Group/ward-7'],
    ['a urn:uuid of another resource', 'urn:uuid:0f5a2f9e-1111-4c1b-9d5e-000000000000'],
  ])("refuses another patient's data given as %s", async (_label, reference) => {
    const res = await differential(session, [...chart, { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference } } as Resource]);
    expect(res.status).toBe(403);
  });

  test('refuses patient data that names no patient, and resources whose fields are not of their FHIR type, with 400 before the store', async () => {
    const before = (await server.handle.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestion_sets')).rows[0].n;
    const unattributed = await differential(session, [...chart, { resourceType: 'Observation', status: 'final', code: { text: 'x' } } as Resource]);
    expect(unattributed.status).toBe(400);
    const malformed = await differential(session, [...chart, { resourceType: 'Observation', status: 'final', code: { coding: 'not an array' }, subject: { reference: 'Patient/cp-01-patient' } } as unknown as Resource]);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error_description?: string }).error_description ?? '').toMatch(/resources\[\d+\] \(Observation\)/);
    const after = (await server.handle.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestion_sets')).rows[0].n;
    expect(after).toBe(before);
  });

  test('honours the opt-out on the server and stores nothing', async () => {
    const optedOut = await launchSession(server, 'cp-10-patient');
    const before = (await server.handle.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestion_sets')).rows[0].n;
    const res = await differential(optedOut, await readChart(optedOut));
    expect(res.status).toBe(200);
    const body = (await res.json()) as DifferentialResponse;
    expect(body).toEqual({ optedOut: true, message: expect.stringMatching(/opted out of AI decision support/) });
    const after = (await server.handle.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM suggestion_sets')).rows[0].n;
    expect(after).toBe(before);
  });

  test('answers 503 when the consent records cannot be read (no Consent scope)', async () => {
    const narrow = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-2', 'launch openid fhirUser patient/Patient.rs');
    const res = await differential(narrow);
    expect(res.status).toBe(503);
    expect((await res.json()).error).toBe('consent_unavailable');
  });
});

describe('decisions', () => {
  test('records reject, missed and clinician differential idempotently and reads them back', async () => {
    const set = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const target = set.shown[0];
    const reject = { setId: set.setId, suggestionId: set.suggestions[target], conditionId: target, outcome: 'rejected', reasonCode: 'ruled-out-by-test', comment: 'troponin normal x2', idempotencyKey: randomUUID() };
    const a = await api(server, session, '/decisions', reject);
    const b = await api(server, session, '/decisions', reject);
    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect((await b.json()).duplicate).toBe(true);
    await api(server, session, '/decisions', { setId: set.setId, outcome: 'added-missed', freeTextDiagnosis: 'Costochondritis', idempotencyKey: randomUUID() });
    await api(server, session, '/decisions', { setId: set.setId, outcome: 'clinician-differential', clinicianDifferential: [{ text: 'ACS' }], idempotencyKey: randomUUID() });
    const read = (await (await api(server, session, `/decisions?setId=${set.setId}`)).json()) as DecisionsResponse;
    expect(read.decisions.map((d) => d.outcome)).toEqual(['rejected', 'added-missed', 'clinician-differential']);
    expect(read.decisions[0]).toMatchObject({ reasonCode: 'ruled-out-by-test', comment: 'troponin normal x2', conditionId: target });
    expect(read.decisions[0].userPseudonym).not.toContain('clinician');
    expect(read.decisions[2].clinicianDifferential).toEqual([{ text: 'ACS' }]);
  });

  test('needs a reason to reject, and a set of the patient in context', async () => {
    const set = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const noReason = await api(server, session, '/decisions', { setId: set.setId, suggestionId: set.suggestions[set.shown[0]], outcome: 'rejected', idempotencyKey: randomUUID() });
    expect(noReason.status).toBe(400);
    const other = await launchSession(server, 'cp-02-patient');
    const foreign = await api(server, other, `/decisions?setId=${set.setId}`);
    expect(foreign.status).toBe(404);
  });

  test("a clinician reads their own decisions and comments on a set, never a colleague's", async () => {
    const set = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const colleague = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-1');
    await api(server, session, '/decisions', { setId: set.setId, outcome: 'added-missed', freeTextDiagnosis: 'Costochondritis', idempotencyKey: randomUUID() });
    const theirs = await api(server, colleague, '/decisions', { setId: set.setId, outcome: 'added-missed', freeTextDiagnosis: 'Private note of clinician 1', idempotencyKey: randomUUID() });
    expect(theirs.status).toBe(201);
    const mine = (await (await api(server, session, `/decisions?setId=${set.setId}`)).json()) as DecisionsResponse;
    expect(mine.decisions.map((d) => d.freeTextDiagnosis)).toEqual(['Costochondritis']);
    const seenByColleague = (await (await api(server, colleague, `/decisions?setId=${set.setId}`)).json()) as DecisionsResponse;
    expect(seenByColleague.decisions.map((d) => d.freeTextDiagnosis)).toEqual(['Private note of clinician 1']);
  });

  test('a NUL in a comment or in a chart resource is a 400, not a store error', async () => {
    const set = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const res = await api(server, session, '/decisions', { setId: set.setId, outcome: 'added-missed', freeTextDiagnosis: 'Peri\u0000carditis', idempotencyKey: randomUUID() });
    expect(res.status).toBe(400);
    expect((await res.json()).error_description).toMatch(/NUL/);
    const chartNul = await differential(session, [...chart, { resourceType: 'Observation', status: 'final', code: { text: 'x\u0000' }, subject: { reference: 'Patient/cp-01-patient' } } as Resource]);
    expect(chartNul.status).toBe(400);
  });

  test('answers 503 with a clear message when the store is down', async () => {
    const set = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const spy = vi.spyOn(server.handle.store, 'recordDecision').mockRejectedValueOnce(new Error('database unavailable: connection refused'));
    const res = await api(server, session, '/decisions', { setId: set.setId, outcome: 'added-missed', freeTextDiagnosis: 'Pericarditis', idempotencyKey: randomUUID() });
    spy.mockRestore();
    expect(res.status).toBe(503);
    expect((await res.json()).error_description).toMatch(/store is unavailable/);
  });
});

describe('workspace state (a reload keeps the clinician’s work)', () => {
  test('restores the request, decisions, chart writes and missed diagnoses, and honours a withdrawal', async () => {
    const s = await launchSession(server, 'cp-16-patient', 'sandbox-clinician-1');
    const resources = await readChart(s);
    const fresh = (await (await api(server, s, '/workspace-state')).json()) as WorkspaceStateResponse;
    expect(fresh).toEqual({ request: null, decisions: [], written: [], withdrawnMissed: [] });
    const first = (await (await differential(s, resources)).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const [a, b] = first.shown;
    await api(server, s, '/decisions', { setId: first.setId, suggestionId: first.suggestions[a], conditionId: a, outcome: 'accepted', idempotencyKey: randomUUID() });
    await api(server, s, '/events', { setId: first.setId, kind: 'write-back', conditionId: a, verificationStatus: 'provisional', conditionRef: 'Condition/written-1', idempotencyKey: randomUUID() });
    const missed = (await (await api(server, s, '/decisions', { setId: first.setId, outcome: 'added-missed', freeTextDiagnosis: 'Amyloidosis', idempotencyKey: randomUUID() })).json()) as { id: string };
    const kept = (await (await api(server, s, '/decisions', { setId: first.setId, outcome: 'added-missed', conditionId: 'pulmonary-embolism', idempotencyKey: randomUUID() })).json()) as { id: string };
    // The clinician changes a finding: a new computation, on which they reject another diagnosis.
    const second = (await (await differential(s, resources, { overrides: [{ findingId: 'orthopnoea', state: 'present' }], problems: ['dyspnoea'] })).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    await api(server, s, '/decisions', { setId: second.setId, suggestionId: second.suggestions[b], conditionId: b, outcome: 'rejected', reasonCode: 'ruled-out-by-test', idempotencyKey: randomUUID() });

    // Withdrawing needs the decision, and only one's own "added missed" decision on that set.
    expect((await api(server, s, '/events', { setId: first.setId, kind: 'missed-withdrawn', idempotencyKey: randomUUID() })).status).toBe(400);
    expect((await api(server, s, '/events', { setId: second.setId, kind: 'missed-withdrawn', decisionId: missed.id, idempotencyKey: randomUUID() })).status).toBe(404);
    expect((await api(server, session, '/events', { setId: first.setId, kind: 'missed-withdrawn', decisionId: missed.id, idempotencyKey: randomUUID() })).status).toBe(404);
    expect((await api(server, s, '/events', { setId: first.setId, kind: 'write-back', conditionId: a, conditionRef: 'Patient/x', idempotencyKey: randomUUID() })).status).toBe(400);
    expect((await api(server, s, '/events', { setId: first.setId, kind: 'missed-withdrawn', decisionId: missed.id, idempotencyKey: randomUUID() })).status).toBe(201);

    const state = (await (await api(server, s, '/workspace-state')).json()) as WorkspaceStateResponse;
    expect(state.request).toEqual({ overrides: [{ findingId: 'orthopnoea', state: 'present' }], problems: ['dyspnoea'], includeChild: false });
    expect(state.decisions.map((d) => [d.outcome, d.conditionId ?? d.freeTextDiagnosis])).toEqual([
      ['accepted', a],
      ['added-missed', 'Amyloidosis'],
      ['added-missed', 'pulmonary-embolism'],
      ['rejected', b],
    ]);
    // Each decision names the computation it was made on: the accept was on the first, the reject on the second.
    expect(state.decisions[0].inputHash).toBe(first.result.inputHash);
    expect(state.decisions[3].inputHash).toBe(second.result.inputHash);
    expect(state.decisions[0].inputHash).not.toBe(state.decisions[3].inputHash);
    expect(state.decisions[2].conditionName).toBe('Pulmonary embolism');
    expect(state.written).toEqual([{ conditionId: a, conditionRef: 'Condition/written-1' }]);
    expect(state.withdrawnMissed).toEqual([missed.id]);

    // A retraction removes the written Condition; a colleague restores none of this; the withdrawn missed diagnosis leaves the quality list.
    await api(server, s, '/events', { setId: first.setId, kind: 'write-back-retracted', conditionId: a, conditionRef: 'Condition/written-1', idempotencyKey: randomUUID() });
    expect(((await (await api(server, s, '/workspace-state')).json()) as WorkspaceStateResponse).written).toEqual([]);
    const colleague = await launchSession(server, 'cp-16-patient', 'sandbox-clinician-2');
    expect(((await (await api(server, colleague, '/workspace-state')).json()) as WorkspaceStateResponse).decisions).toEqual([]);
    const { missedDiagnoses } = await import('../../server/quality/metrics');
    const list = await missedDiagnoses(server.handle.store.db);
    expect(list.some((m) => m.freeText === 'amyloidosis')).toBe(false);
    expect(list.some((m) => m.conditionId === 'pulmonary-embolism')).toBe(true);
    expect(kept.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('refuses an encounter id that is not a FHIR id', async () => {
    const res = await api(server, session, '/workspace-state?encounterId=a%20b');
    expect(res.status).toBe(400);
  });
});

describe('quality decisions', () => {
  test('are only for the quality-reviewer role', async () => {
    const res = await api(server, session, '/quality/decisions');
    expect(res.status).toBe(403);
  });

  test('list decisions from the app with their model version, pseudonymised', async () => {
    const created = (await (await differential()).json()) as DifferentialResponse;
    expect(created.optedOut).toBe(false);
    if (created.optedOut) {
      return;
    }
    const first = created.result.differential[0];
    const suggestionId = created.suggestions[first.conditionId];
    await api(server, session, '/decisions', { setId: created.setId, suggestionId, conditionId: first.conditionId, outcome: 'rejected', reasonCode: 'insufficient-data', comment: 'quality test', idempotencyKey: randomUUID() });
    const reviewer = await launchSession(server, 'cp-01-patient', 'sandbox-quality-1');
    const res = await api(server, reviewer, '/quality/decisions?source=app');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { decisions: { comment: string | null; model_version: string; user_pseudonym: string; reason_code: string }[] };
    const mine = body.decisions.find((d) => d.comment === 'quality test');
    expect(mine).toMatchObject({ reason_code: 'insufficient-data', model_version: ENGINE_MODEL.version });
    expect(mine?.user_pseudonym).not.toContain('sandbox-clinician');
  });
  test('every quality route refuses a clinician with 403, and each access is audited', async () => {
    for (const path of ['/quality/definitions', '/quality/alerts', '/quality/clinician-first', '/quality/outcomes', '/quality/activity', '/quality/language-model', '/quality/metrics', '/quality/override-reasons', '/quality/missed', '/quality/comments', '/quality/export.csv', '/quality/export-dictionary.csv']) {
      expect((await api(server, session, path)).status, path).toBe(403);
    }
    expect((await api(server, session, '/quality/refresh', {})).status).toBe(403);
    const audited = await server.handle.store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE kind = 'quality-access-refused'");
    expect(audited.rows[0].n).toBeGreaterThanOrEqual(11);
  });

  test('a reviewer sees metrics with intervals, scrubbed comments, and a CSV export without direct identifiers', async () => {
    const created = (await (await differential()).json()) as Extract<DifferentialResponse, { optedOut: false }>;
    const first = created.result.differential[0];
    await api(server, session, '/decisions', {
      setId: created.setId,
      suggestionId: created.suggestions[first.conditionId],
      conditionId: first.conditionId,
      outcome: 'rejected',
      reasonCode: 'insufficient-data',
      comment: 'Wrong: Mr Hargreaves (MRN 7781234) had this excluded on 2025-10-14',
      idempotencyKey: randomUUID(),
    });
    // Outcome: the chart read next time records the rejected diagnosis, confirmed: the rejection is linked to it.
    const snomed = first.codes.snomed[0];
    expect(snomed).toBeDefined();
    const later: Resource = {
      resourceType: 'Condition',
      id: 'confirmed-later',
      subject: { reference: `Patient/${session.patientId}` },
      code: { coding: [{ system: 'http://snomed.info/sct', code: snomed as string }] },
      verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
      recordedDate: new Date(Date.now() + 60_000).toISOString(),
    } as Resource;
    expect((await differential(session, [...chart, later])).status).toBe(200);
    // Linked in the background after the answer.
    await expect.poll(async () => (await server.handle.store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM outcomes WHERE kind = 'confirmed'")).rows[0].n).toBeGreaterThan(0);
    // Honest numbers: the evaluation of exactly this model and knowledge is quoted per band.
    expect(created.bandAccuracy?.map((b) => b.band)).toContain('possible');
    const reviewer = await launchSession(server, 'cp-01-patient', 'sandbox-quality-1');
    const refreshed = (await (await api(server, reviewer, '/quality/refresh?wait=true', {})).json()) as { refreshing: boolean; asOf: { facts: number; refreshedAt: string } };
    expect(refreshed.refreshing).toBe(false);
    expect(refreshed.asOf.facts).toBeGreaterThan(0);
    // Fresh enough: no rebuild.
    const again = (await (await api(server, reviewer, '/quality/refresh?maxAgeSeconds=3600', {})).json()) as { refreshing: boolean; asOf: { refreshedAt: string } };
    expect(again).toEqual({ refreshing: false, asOf: refreshed.asOf });
    const metrics = await api(server, reviewer, '/quality/metrics?by=diagnosis&surface=app');
    expect(metrics.status).toBe(200);
    const rows = ((await metrics.json()) as { rows: { key: string; shown: number; overridden: number; acceptanceRate: { n: number } }[] }).rows;
    const row = rows.find((r) => r.key === first.conditionId);
    expect(row?.overridden).toBeGreaterThanOrEqual(1);
    expect(row?.acceptanceRate.n).toBe(row?.shown);
    expect((await api(server, reviewer, '/quality/metrics?by=nonsense')).status).toBe(400);
    expect((await api(server, reviewer, '/quality/metrics?from=yesterday')).status).toBe(400);

    const comments = (await (await api(server, reviewer, '/quality/comments?q=excluded')).json()) as { comments: { comment: string; negative: boolean }[] };
    expect(comments.comments[0]).toMatchObject({ comment: 'Wrong: Mr [name] ([id]) had this excluded on [date]', negative: true });

    const csv = await api(server, reviewer, '/quality/export.csv?surface=app');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toMatch(/^suggestion_id,week_shown,surface,/);
    expect(text).toContain('Mr [name] ([id])');
    for (const identifier of ['Hargreaves', '7781234', '2025-10-14', 'sandbox-clinician', 'Patient/']) {
      expect(text).not.toContain(identifier);
    }
    const alerts = (await (await api(server, reviewer, '/quality/alerts?recentDays=7&baselineDays=28')).json()) as { method: string; alerts: unknown[] };
    expect(alerts.method).toMatch(/Poisson/);
    expect(Array.isArray(alerts.alerts)).toBe(true);
    expect((await api(server, reviewer, '/quality/alerts?recentDays=0')).status).toBe(400);
    // Reviewers look but never decide or record events; a clinician's write-back is recorded once.
    expect((await api(server, reviewer, '/decisions', { setId: created.setId, outcome: 'added-missed', freeTextDiagnosis: 'x', idempotencyKey: randomUUID() })).status).toBe(403);
    expect((await api(server, reviewer, '/events', { setId: created.setId, kind: 'write-back', conditionId: first.conditionId, idempotencyKey: randomUUID() })).status).toBe(403);
    const eventKey = randomUUID();
    const event = { setId: created.setId, kind: 'write-back', conditionId: first.conditionId, verificationStatus: 'provisional', idempotencyKey: eventKey };
    expect((await api(server, session, '/events', event)).status).toBe(201);
    expect((await api(server, session, '/events', event)).status).toBe(200);
    expect((await api(server, session, '/events', { ...event, kind: 'deleted-everything', idempotencyKey: randomUUID() })).status).toBe(400);
    const did = (await (await api(server, reviewer, '/quality/activity')).json()) as { activity: { writeBacks: number; sets: number } };
    expect(did.activity.writeBacks).toBeGreaterThanOrEqual(1);
    expect(did.activity.sets).toBeGreaterThanOrEqual(2);
    const outcomes = (await (await api(server, reviewer, '/quality/outcomes?surface=app')).json()) as { outcomes: { overriddenLaterConfirmed: { estimate: number; n: number } } };
    expect(outcomes.outcomes.overriddenLaterConfirmed.n).toBeGreaterThanOrEqual(1);
    expect(outcomes.outcomes.overriddenLaterConfirmed.estimate).toBeGreaterThan(0);
    const cf = (await (await api(server, reviewer, '/quality/clinician-first')).json()) as { agreement: { sets: number; clinicianLeadInAiTop3: { n: number } } };
    expect(cf.agreement).toMatchObject({ sets: expect.any(Number), clinicianLeadInAiTop3: { n: expect.any(Number) } });
    // Bulk Data-style export: asynchronous only, then poll, then NDJSON files of GuidanceResponses.
    expect((await api(server, reviewer, '/quality/$export')).status).toBe(400);
    const headers = { authorization: `Bearer ${reviewer.token}`, 'x-fhir-server': reviewer.fhirBase, prefer: 'respond-async' };
    const kick = await fetch(`${server.baseUrl}/api/quality/$export?_type=GuidanceResponse&_since=2020-01-01`, { headers });
    expect(kick.status).toBe(202);
    const statusUrl = kick.headers.get('content-location') as string;
    expect(statusUrl).toMatch(/\/api\/quality\/\$export-status\//);
    let manifest: { output: { type: string; url: string; count: number }[]; requiresAccessToken: boolean } | undefined;
    for (let i = 0; i < 50 && !manifest; i += 1) {
      const poll = await fetch(statusUrl, { headers });
      if (poll.status === 200) {
        manifest = (await poll.json()) as typeof manifest;
      } else {
        expect(poll.status).toBe(202);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    expect(manifest?.requiresAccessToken).toBe(true);
    expect(manifest?.output[0]).toMatchObject({ type: 'GuidanceResponse' });
    const file = await fetch(manifest?.output[0].url as string, { headers });
    expect(file.headers.get('content-type')).toMatch(/application\/fhir\+ndjson/);
    const ndjson = await file.text();
    expect(ndjson.trim().split('\n')).toHaveLength(manifest?.output[0].count as number);
    expect(ndjson).toContain('Mr [name] ([id])');
    expect(ndjson).not.toContain('Hargreaves');
    expect((await fetch(statusUrl, { headers, method: 'DELETE' })).status).toBe(202);
    expect((await fetch(statusUrl, { headers })).status).toBe(404);
    // Another user (a clinician) cannot see the job at all.
    expect((await fetch(statusUrl, { headers: { authorization: `Bearer ${session.token}`, 'x-fhir-server': session.fhirBase } })).status).toBe(403);
    const dictionary = await (await api(server, reviewer, '/quality/export-dictionary.csv')).text();
    expect(dictionary).toContain('final_outcome,');
  });
});

/**
 * Every quality metric on a small dataset whose answers are worked out by hand (issue 13, tests).
 *
 * Set A (workspace, emergency, 40-64 female, week of 2026-11-02): PE, ACS, pneumonia shown at 10:00.
 *   PE accepted at 10:05 then rejected at 10:20 (no reason)  -> final: overridden, 20 min
 *   ACS accepted at 10:10                                     -> final: accepted, 10 min
 *   pneumonia: nothing                                        -> ignored
 *   aortic dissection added as missed; "Lyme disease" and " lyme DISEASE" typed as missed (2)
 * Set B (CDS patient-view, primary care, 65+ male, week of 2026-11-09): PE and ACS on one card at 09:00.
 *   feedback "overridden" (reason not-relevant, comment with a name and phone) acting at 09:30
 *   feedback "accepted" acting at 09:15 (earlier, arrives later)  -> final: overridden for both, 30 min
 * Totals: shown 5, accepted 1, overridden 3, ignored 1.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPglite } from '../store/database';
import { createStore, type Store } from '../store/store';
import { clinicianFirstAgreement, commentRows, decisionsBySource, exportRows, groupedMedian, languageModelUse, lastQualityRefresh, metricsBy, missedDiagnoses, overrideReasons, refreshQualityViews } from './metrics';
import { scrubIdentifiers } from './scrub';

let store: Store;
/** The hand-worked dataset (the first test adds a set on 2026-11-11). */
const HAND = { to: '2026-11-10' } as const;
const setA = randomUUID();
const setB = randomUUID();
const sug = { aPe: randomUUID(), aAcs: randomUUID(), aPn: randomUUID(), bPe: randomUUID(), bAcs: randomUUID() };
const card = randomUUID();

async function insertSet(id: string, at: string, surface: string, setting: string, user: string, subgroup: Record<string, string>): Promise<void> {
  await store.db.query(
    `INSERT INTO suggestion_sets (id, idempotency_key, created_at, surface, fhir_server, patient_pseudonym, user_pseudonym, model_id, model_version, knowledge_version, knowledge_hash, input_hash, setting, findings, output, subgroup)
     VALUES ($1, $2, $3, $4, 'http://fhir', 'p', $5, 'ddx', '2.1.0', '2.1.0', 'h', 'i', $6, '[]', '{}', $7)`,
    [id, randomUUID(), at, surface, user, setting, JSON.stringify(subgroup)],
  );
}
async function insertSuggestion(id: string, set: string, condition: string, rank: number): Promise<void> {
  await store.db.query('INSERT INTO suggestions (id, set_id, condition_id, rank, probability, band, cant_miss) VALUES ($1, $2, $3, $4, 0.2, $5, false)', [id, set, condition, rank, 'possible']);
}
async function insertDecision(d: { at: string; set: string; suggestion?: string; condition?: string; freeText?: string; outcome: string; source: string; card?: string; actedAt?: string; reason?: string; comment?: string }): Promise<void> {
  await store.db.query(
    `INSERT INTO decisions (id, idempotency_key, created_at, set_id, suggestion_id, condition_id, free_text_diagnosis, user_pseudonym, outcome, reason_code, reason_system, comment, source, outcome_timestamp, card_uuid)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'u', $8, $9, $10, $11, $12, $13, $14)`,
    [randomUUID(), randomUUID(), d.at, d.set, d.suggestion ?? null, d.condition ?? null, d.freeText ?? null, d.outcome, d.reason ?? null, d.reason ? 'http://example.org/reasons' : null, d.comment ?? null, d.source, d.actedAt ?? null, d.card ?? null],
  );
}

beforeAll(async () => {
  store = await createStore(await openPglite('memory'), 'secret');
  await insertSet(setA, '2026-11-04T10:00:00Z', 'app', 'emergency', 'clin-1', { ageBand: '40-64', sex: 'female' });
  await insertSuggestion(sug.aPe, setA, 'pulmonary-embolism', 1);
  await insertSuggestion(sug.aAcs, setA, 'acute-coronary-syndrome', 2);
  await insertSuggestion(sug.aPn, setA, 'pneumonia', 3);
  await insertDecision({ at: '2026-11-04T10:05:00Z', set: setA, suggestion: sug.aPe, condition: 'pulmonary-embolism', outcome: 'accepted', source: 'app' });
  await insertDecision({ at: '2026-11-04T10:20:00Z', set: setA, suggestion: sug.aPe, condition: 'pulmonary-embolism', outcome: 'rejected', source: 'app' });
  await insertDecision({ at: '2026-11-04T10:10:00Z', set: setA, suggestion: sug.aAcs, condition: 'acute-coronary-syndrome', outcome: 'accepted', source: 'app' });
  await insertDecision({ at: '2026-11-04T10:11:00Z', set: setA, condition: 'aortic-dissection', outcome: 'added-missed', source: 'app' });
  await insertDecision({ at: '2026-11-04T10:12:00Z', set: setA, freeText: 'Lyme disease', outcome: 'added-missed', source: 'app' });
  await insertDecision({ at: '2026-11-04T10:13:00Z', set: setA, freeText: ' lyme DISEASE', outcome: 'added-missed', source: 'app' });
  // Clinician-first: before seeing the AI the clinician listed ACS (lead), then aortic dissection; a first
  // attempt listing pneumonia alone was replaced.
  await store.db.query(
    `INSERT INTO decisions (id, idempotency_key, created_at, set_id, user_pseudonym, outcome, source, clinician_differential) VALUES
       ($1, $2, '2026-11-04T09:58:00Z', $3, 'u', 'clinician-differential', 'app', $4), ($5, $6, '2026-11-04T09:59:00Z', $3, 'u', 'clinician-differential', 'app', $7)`,
    [randomUUID(), randomUUID(), setA, JSON.stringify([{ conditionId: 'pneumonia', text: 'Pneumonia' }]), randomUUID(), randomUUID(), JSON.stringify([{ conditionId: 'acute-coronary-syndrome', text: 'ACS' }, { conditionId: 'aortic-dissection', text: 'Dissection' }, { text: 'anxiety' }])],
  );

  await insertSet(setB, '2026-11-10T09:00:00Z', 'cds-hooks', 'primary-care', 'clin-2', { ageBand: '65+', sex: 'male' });
  await insertSuggestion(sug.bPe, setB, 'pulmonary-embolism', 1);
  await insertSuggestion(sug.bAcs, setB, 'acute-coronary-syndrome', 2);
  await store.db.query(
    `INSERT INTO cds_cards (uuid, set_id, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator) VALUES ($1, $2, 'ddx-patient-view', 'patient-view', 'differential', $3, '[]', 's', 'info')`,
    [card, setB, JSON.stringify(['pulmonary-embolism', 'acute-coronary-syndrome'])],
  );
  await insertDecision({ at: '2026-11-10T09:31:00Z', set: setB, outcome: 'overridden', source: 'cds-feedback', card, actedAt: '2026-11-10T09:30:00Z', reason: 'not-relevant', comment: 'Mr Smith already treated, call 555-123-4567' });
  await insertDecision({ at: '2026-11-10T09:40:00Z', set: setB, outcome: 'accepted', source: 'cds-feedback', card, actedAt: '2026-11-10T09:15:00Z' });
  await refreshQualityViews(store.db);
});
afterAll(async () => store.close());

describe('grouped median', () => {
  test.each([
    [[], null],
    [[0, 0, 0, 0, 2], 12.5],
    [[1, 1], 1],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3], 10080],
  ])('%j -> %s', (counts, expected) => {
    expect(groupedMedian(counts)).toBe(expected);
  });
});

describe('quality metrics on a hand-checked dataset', () => {
  test('the views are as of a recorded refresh, and a new decision shows only after the next one', async () => {
    const before = await lastQualityRefresh(store.db);
    expect(before?.facts).toBe(5);
    const extraSet = randomUUID();
    await insertSet(extraSet, '2026-11-11T09:00:00Z', 'app', 'emergency', 'clin-3', {});
    await insertSuggestion(randomUUID(), extraSet, 'pneumonia', 1);
    expect((await metricsBy(store.db, 'all'))[0].shown).toBe(5);
    await refreshQualityViews(store.db);
    expect((await metricsBy(store.db, 'all'))[0].shown).toBe(6);
    // Back to the hand-worked dataset for the tests below (the extra set is in the week of 2026-11-09).
    expect((await metricsBy(store.db, 'all', { to: '2026-11-10' }))[0].shown).toBe(5);
  });

  test('totals: shown 5, accepted 1, overridden 3, ignored 1, with Wilson intervals', async () => {
    const [all] = await metricsBy(store.db, 'all', HAND);
    expect(all).toMatchObject({ key: 'all', shown: 5, accepted: 1, overridden: 3, ignored: 1 });
    expect(all.acceptanceRate).toMatchObject({ estimate: 20, n: 5 });
    expect(all.overrideRate.estimate).toBe(60);
    expect(all.overrideAmongDecided).toMatchObject({ estimate: 75, n: 4 });
    // Wilson 95% for 1/5: 3.6% to 62.4%.
    expect(all.acceptanceRate.lower).toBeCloseTo(3.6, 1);
    expect(all.acceptanceRate.upper).toBeCloseTo(62.4, 1);
    // Decision times 10, 20, 30, 30 minutes fall in the buckets 10-15, 15-30, 30-60, 30-60: the middle (2nd of 4)
    // decision is the only one in 15-30, so the grouped median is 15 + (2 - 1) / 1 x 15 = 30.
    expect(all.medianMinutesToDecision).toBe(30);
  });

  test('the latest action counts, not the latest row: the late-arriving earlier accept does not undo the CDS override', async () => {
    const rows = await metricsBy(store.db, 'diagnosis', HAND);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['pulmonary-embolism']).toMatchObject({ shown: 2, accepted: 0, overridden: 2, ignored: 0 });
    expect(byKey['acute-coronary-syndrome']).toMatchObject({ shown: 2, accepted: 1, overridden: 1, ignored: 0 });
    expect(byKey.pneumonia).toMatchObject({ shown: 1, accepted: 0, overridden: 0, ignored: 1 });
  });

  test('breakdowns by service, hook, setting, subgroup, clinician and week', async () => {
    const keyed = async (by: Parameters<typeof metricsBy>[1]) => Object.fromEntries((await metricsBy(store.db, by, HAND)).map((r) => [r.key, [r.shown, r.accepted, r.overridden, r.ignored]]));
    expect(await keyed('service')).toEqual({ workspace: [3, 1, 1, 1], 'ddx-patient-view': [2, 0, 2, 0] });
    expect(await keyed('hook')).toEqual({ workspace: [3, 1, 1, 1], 'patient-view': [2, 0, 2, 0] });
    expect(await keyed('setting')).toEqual({ emergency: [3, 1, 1, 1], 'primary-care': [2, 0, 2, 0] });
    expect(await keyed('ageBand')).toEqual({ '40-64': [3, 1, 1, 1], '65+': [2, 0, 2, 0] });
    expect(await keyed('race')).toEqual({ 'not recorded': [5, 1, 3, 1] });
    expect(await keyed('clinician')).toEqual({ 'clin-1': [3, 1, 1, 1], 'clin-2': [2, 0, 2, 0] });
    const weeks = await metricsBy(store.db, 'week', HAND);
    expect(weeks.map((w) => w.key)).toEqual(['2026-11-02', '2026-11-09']);
  });

  test('filters: date range (inclusive), surface, service, model version', async () => {
    expect((await metricsBy(store.db, 'all', { to: '2026-11-04' }))[0].shown).toBe(3);
    expect((await metricsBy(store.db, 'all', { from: '2026-11-10', to: '2026-11-10' }))[0].shown).toBe(2);
    expect((await metricsBy(store.db, 'all', { ...HAND, surface: 'cds-hooks' }))[0].overridden).toBe(2);
    expect((await metricsBy(store.db, 'all', { ...HAND, service: 'workspace' }))[0].shown).toBe(3);
    expect(await metricsBy(store.db, 'all', { modelVersion: '9.9.9' })).toEqual([]);
  });

  test('clinician-first agreement: the lead is in the AI top 3, the AI first is not on the list; accepted ACS was on both lists, added dissection on the clinician list only', async () => {
    expect(await clinicianFirstAgreement(store.db, HAND)).toEqual({
      sets: 1,
      clinicianLeadInAiTop3: expect.objectContaining({ estimate: 100, n: 1 }),
      aiFirstOnClinicianList: expect.objectContaining({ estimate: 0, n: 1 }),
      accepted: { both: 1, clinicianOnly: 1, aiOnly: 0, neither: 0 },
    });
  });

  test('override reasons of final overrides, and missed diagnoses by frequency', async () => {
    expect(await overrideReasons(store.db, HAND)).toEqual([
      { reason: 'not-relevant', system: 'http://example.org/reasons', count: 2 },
      { reason: 'none given', system: null, count: 1 },
    ]);
    expect(await missedDiagnoses(store.db)).toEqual([
      { conditionId: null, freeText: 'lyme disease', count: 2 },
      { conditionId: 'aortic-dissection', freeText: null, count: 1 },
    ]);
  });

  test('export rows: one per shown suggestion with the final outcome, dates coarsened to the week', async () => {
    const rows = await exportRows(store.db, HAND);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.final_outcome).sort()).toEqual(['accepted', 'ignored', 'overridden', 'overridden', 'overridden']);
    const cdsPe = rows.find((r) => r.surface === 'cds-hooks' && r.condition_id === 'pulmonary-embolism');
    expect(cdsPe).toMatchObject({ week_shown: '2026-11-09', service: 'ddx-patient-view', age_band: '65+', minutes_to_decision: 30, reason_code: 'not-relevant' });
    expect(scrubIdentifiers(cdsPe?.comment ?? '')).toBe('Mr [name] already treated, call [phone]');
    expect(JSON.stringify(rows)).not.toMatch(/2026-11-10T/);
    expect((await commentRows(store.db, HAND)).map((r) => r.condition_id).sort()).toEqual(['acute-coronary-syndrome', 'pulmonary-embolism']);
  });

  test('language-model use (issue 18): asks by status, suggestions kept by source and what the checks removed, per model and version', async () => {
    const event = async (set: string, detail: Record<string, unknown>): Promise<void> => {
      await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: set, userPseudonym: 'u', kind: 'llm-suggestions', detail });
    };
    const provider = { host: 'llm.example.test', model: 'gpt-4o', modelVersion: 'gpt-4o-2024-08-06' };
    await event(setA, { status: 'ok', provider, suggestions: [{ source: 'both' }, { source: 'llm-only' }, { source: 'llm-only' }], dropped: { inventedFindings: 2, absentFindingsCited: 1, diagnosesWithoutChartEvidence: 1, unresolvedReferences: 3 } });
    await event(setA, { status: 'ok', provider, suggestions: [{ source: 'both' }], dropped: { inventedFindings: 0, absentFindingsCited: 0, diagnosesWithoutChartEvidence: 0, unresolvedReferences: 1 } });
    await event(setB, { status: 'timeout', provider: { host: 'llm.example.test', model: 'gpt-4o' } });
    // Another kind of event is not counted.
    await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: setA, userPseudonym: 'u', kind: 'clinician-first-skipped', detail: {} });
    expect(await languageModelUse(store.db, HAND)).toEqual([
      { model: 'gpt-4o', modelVersion: 'gpt-4o-2024-08-06', asks: 2, byStatus: { ok: 2 }, kept: { both: 2, llmOnly: 2 }, dropped: { inventedFindings: 2, absentFindingsCited: 1, diagnosesWithoutChartEvidence: 1, unresolvedReferences: 4 } },
      { model: 'gpt-4o', modelVersion: 'not reported', asks: 1, byStatus: { timeout: 1 }, kept: { both: 0, llmOnly: 0 }, dropped: { inventedFindings: 0, absentFindingsCited: 0, diagnosesWithoutChartEvidence: 0, unresolvedReferences: 0 } },
    ]);
    // Filtered by when the set was shown: set B (2026-11-09) only.
    expect((await languageModelUse(store.db, { from: '2026-11-08', to: '2026-11-10' })).map((r) => r.asks)).toEqual([1]);
  });
  test('decisions by source (issue 18): engine only, engine and language model, language model only; the latest decision per line counts', async () => {
    // Set C (workspace, 2026-11-05): engine lines PE (rejected), ACS (accepted, also suggested by the model), pneumonia (nothing).
    // The model: ACS (both), Takotsubo (llm-only; rejected then accepted: final accepted), "Costochondritis" (llm-only, nothing);
    // asked twice, Takotsubo in both answers (one line). A CDS set the same day is not counted (the model is asked in the workspace only).
    const setC = randomUUID();
    const setD = randomUUID();
    const c = { pe: randomUUID(), acs: randomUUID(), pn: randomUUID() };
    await insertSet(setC, '2026-11-05T09:00:00Z', 'app', 'emergency', 'clin-1', {});
    await insertSet(setD, '2026-11-05T09:30:00Z', 'cds-hooks', 'emergency', 'clin-1', {});
    await insertSuggestion(c.pe, setC, 'pulmonary-embolism', 1);
    await insertSuggestion(c.acs, setC, 'acute-coronary-syndrome', 2);
    await insertSuggestion(c.pn, setC, 'pneumonia', 3);
    await insertSuggestion(randomUUID(), setD, 'pulmonary-embolism', 1);
    const takotsubo = { source: 'llm-only', key: 'snomed:441541006', name: 'Takotsubo cardiomyopathy' };
    const lines = [{ source: 'both', key: 'kb:acute-coronary-syndrome', conditionId: 'acute-coronary-syndrome', name: 'Acute coronary syndrome' }, takotsubo, { source: 'llm-only', key: 'name:costochondritis', name: 'Costochondritis' }];
    await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: setC, userPseudonym: 'u', kind: 'llm-suggestions', detail: { status: 'ok', suggestions: lines } });
    await store.recordAppEvent({ idempotencyKey: randomUUID(), setId: setC, userPseudonym: 'u', kind: 'llm-suggestions', detail: { status: 'ok', suggestions: [takotsubo] } });
    await insertDecision({ at: '2026-11-05T09:05:00Z', set: setC, suggestion: c.pe, condition: 'pulmonary-embolism', outcome: 'rejected', source: 'app' });
    await insertDecision({ at: '2026-11-05T09:06:00Z', set: setC, suggestion: c.acs, condition: 'acute-coronary-syndrome', outcome: 'accepted', source: 'app' });
    const llmDecision = (at: string, outcome: string): Promise<unknown> =>
      store.db.query(
        "INSERT INTO decisions (id, idempotency_key, created_at, set_id, user_pseudonym, outcome, source, suggestion_source, llm_line) VALUES ($1, $2, $3, $4, 'u', $5, 'app', 'llm-only', 'snomed:441541006')",
        [randomUUID(), randomUUID(), at, setC, outcome],
      );
    await llmDecision('2026-11-05T09:07:00Z', 'rejected');
    await llmDecision('2026-11-05T09:08:00Z', 'accepted');
    const rows = await decisionsBySource(store.db, { from: '2026-11-05', to: '2026-11-05' });
    expect(rows.map((r) => [r.source, r.shown, r.accepted, r.overridden, r.ignored])).toEqual([
      ['engine', 2, 0, 1, 1],
      ['both', 1, 1, 0, 0],
      ['llm-only', 2, 1, 0, 1],
    ]);
    expect(rows[2].acceptanceRate).toMatchObject({ estimate: 50, n: 2 });
    // Nothing in the window: every source still listed, with zeros.
    expect((await decisionsBySource(store.db, { from: '2030-01-01' })).map((r) => [r.source, r.shown])).toEqual([
      ['engine', 0],
      ['both', 0],
      ['llm-only', 0],
    ]);
  });
});

/**
 * Change detection on data whose answer is known: as of 2026-11-30, the workspace stopped firing in the
 * last 7 days; the CDS service kept firing (10 a day) but its acceptance fell from 50% to 10%; a third
 * (model 2.0.0 of the same service) kept steady and must not be flagged.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPglite } from '../store/database';
import { createStore, type Store } from '../store/store';
import { refreshQualityViews } from './metrics';
import { detectChanges, poissonLowerTail, twoProportionZ, twoSidedP } from './change-detection';

let store: Store;

/**
 * Inserts `perDay` one-suggestion sets a day over [fromDay, toDay] (days before 2026-11-30), accepting
 * the first `acceptedPerDay` of each day and rejecting the rest.
 */
async function seed(surface: 'app' | 'cds-hooks', model: string, fromDay: number, toDay: number, perDay: number, acceptedPerDay: number): Promise<void> {
  const tag = `${surface}-${model}-${fromDay}`;
  await store.db.query(
    `INSERT INTO suggestion_sets (id, idempotency_key, created_at, surface, fhir_server, patient_pseudonym, user_pseudonym, model_id, model_version, knowledge_version, knowledge_hash, input_hash, setting, findings, output, subgroup)
     SELECT md5($1 || d || '-' || i)::uuid, $1 || d || '-' || i, timestamptz '2026-11-30 12:00Z' - d * interval '1 day', $2, 'f', 'p', 'u', 'ddx', $3, 'k', 'h', 'i', 'emergency', '[]', '{}', '{}'
     FROM generate_series($4::int, $5::int) d CROSS JOIN generate_series(1, $6::int) i`,
    [tag, surface, model, toDay, fromDay, perDay],
  );
  await store.db.query(
    `INSERT INTO suggestions (id, set_id, condition_id, rank, probability, band, cant_miss)
     SELECT md5('s' || $1 || d || '-' || i)::uuid, md5($1 || d || '-' || i)::uuid, 'pneumonia', 1, 0.3, 'possible', false
     FROM generate_series($2::int, $3::int) d CROSS JOIN generate_series(1, $4::int) i`,
    [tag, toDay, fromDay, perDay],
  );
  if (surface === 'cds-hooks') {
    await store.db.query(
      `INSERT INTO cds_cards (uuid, set_id, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator)
       SELECT 'c' || $1 || d || '-' || i, md5($1 || d || '-' || i)::uuid, 'ddx-patient-view', 'patient-view', 'differential', '["pneumonia"]', '[]', 's', 'info'
       FROM generate_series($2::int, $3::int) d CROSS JOIN generate_series(1, $4::int) i`,
      [tag, toDay, fromDay, perDay],
    );
  }
  await store.db.query(
    `INSERT INTO decisions (id, idempotency_key, created_at, set_id, suggestion_id, user_pseudonym, outcome, source)
     SELECT md5('d' || $1 || d || '-' || i)::uuid, 'd' || $1 || d || '-' || i, timestamptz '2026-11-30 12:05Z' - d * interval '1 day',
            md5($1 || d || '-' || i)::uuid, md5('s' || $1 || d || '-' || i)::uuid, 'u', CASE WHEN i <= $5 THEN 'accepted' ELSE 'rejected' END, 'app'
     FROM generate_series($2::int, $3::int) d CROSS JOIN generate_series(1, $4::int) i`,
    [tag, toDay, fromDay, perDay, acceptedPerDay],
  );
}

beforeAll(async () => {
  store = await createStore(await openPglite('memory'), 'secret');
  // Workspace, model 2.1.0: 10 a day with 5 accepted in the baseline (days 7-34 before), nothing since.
  await seed('app', '2.1.0', 34, 7, 10, 5);
  // CDS, model 2.1.0: 10 a day throughout; 5 accepted a day in the baseline, 1 a day in the last 7 days.
  await seed('cds-hooks', '2.1.0', 34, 7, 10, 5);
  await seed('cds-hooks', '2.1.0', 6, 0, 10, 1);
  // CDS, model 2.0.0: steady, 4 a day with 2 accepted.
  await seed('cds-hooks', '2.0.0', 34, 0, 4, 2);
  await refreshQualityViews(store.db);
});
afterAll(async () => store.close());

describe('statistics', () => {
  test('Poisson lower tail', () => {
    expect(poissonLowerTail(0, 70)).toBeCloseTo(Math.exp(-70), 40);
    expect(poissonLowerTail(2, 1)).toBeCloseTo(Math.exp(-1) * (1 + 1 + 0.5), 10);
    expect(poissonLowerTail(5, 0)).toBe(1);
  });
  test('two-proportion z and its two-sided p', () => {
    // 7/70 against 140/280: pooled p = 0.42, z = -6.06.
    expect(twoProportionZ(7, 70, 140, 280)).toBeCloseTo(-6.06, 2);
    expect(twoSidedP(1.959964)).toBeCloseTo(0.05, 4);
    expect(twoSidedP(3.29)).toBeCloseTo(0.001, 4);
    expect(twoProportionZ(0, 0, 5, 10)).toBe(0);
  });
});

describe('detectChanges as of 2026-11-30 (last 7 days against the 28 before)', () => {
  test('flags the workspace that stopped firing and the CDS acceptance drop (every suggestion was decided, so overrides rose too), and nothing else', async () => {
    const alerts = await detectChanges(store.db, { asOf: '2026-11-30' });
    expect(alerts.map((a) => `${a.service}|${a.modelVersion}|${a.kind}`).sort()).toEqual([
      'ddx-patient-view|2.1.0|acceptance-shift',
      'ddx-patient-view|2.1.0|override-shift',
      'workspace|2.1.0|stopped-firing',
    ]);
    const stopped = alerts.find((a) => a.kind === 'stopped-firing');
    expect(stopped?.baseline.value).toBe(70);
    expect(stopped?.message).toMatch(/No suggestions shown in the last 7 days; about 70 expected/);
    const drop = alerts.find((a) => a.kind === 'acceptance-shift');
    expect(drop).toMatchObject({ recent: { value: 0.1, n: 70 }, baseline: { value: 0.5, n: 280 } });
    expect(drop?.p).toBeLessThan(1e-6);
  });

  test('a window before the changes flags nothing', async () => {
    expect(await detectChanges(store.db, { asOf: '2026-11-20', recentDays: 7, baselineDays: 7 })).toEqual([]);
  });
});

/**
 * Issue 13, item 10: seeds one million decisions (with their suggestion sets, suggestions and CDS
 * cards) into a fresh schema of PostgreSQL and times each query the quality dashboard makes.
 * Target: p95 < 300 ms per query on this machine. Run by `npm run bench -- quality`
 * (`QUALITY_DECISIONS` changes the size; `DATABASE_URL` the server, default the local one).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openPostgres, type Database } from '../store/database';
import { migrate } from '../store/migrate';
import { exportRows, metricsBy, missedDiagnoses, overrideReasons, commentRows, refreshQualityViews, type Dimension } from '../quality/metrics';
import { percentile, round } from './stats';
import { detectChanges } from '../quality/change-detection';

const CONDITIONS = Array.from({ length: 60 }, (_, i) => `condition-${i}`);

/**
 * Seeds the store with `decisions` decisions: 40% of suggestion sets are shown in the workspace with 3
 * suggestions and 2 decided; 20% are CDS sets with one card for their 3 diagnoses and 2 feedback entries
 * (one superseding the other in time), spread over 300 days.
 */
export async function seedQualityData(db: Database, decisions: number): Promise<{ sets: number; suggestions: number; decisions: number; cards: number }> {
  // 2 decisions per set: sets = decisions / 2.
  const sets = Math.floor(decisions / 2);
  await db.query(`CREATE TEMP TABLE seed_conditions AS SELECT ord - 1 AS i, c AS condition_id FROM unnest($1::text[]) WITH ORDINALITY AS t(c, ord)`, [CONDITIONS]);
  await db.query(
    `INSERT INTO suggestion_sets (id, idempotency_key, created_at, surface, fhir_server, patient_pseudonym, user_pseudonym, model_id, model_version, knowledge_version, knowledge_hash, input_hash, setting, findings, output, subgroup)
     SELECT md5('set' || g)::uuid, 'seed-' || g, timestamptz '2026-01-01' + (g * (300 * 86400.0 / $1)) * interval '1 second',
            CASE WHEN g % 5 = 0 THEN 'cds-hooks' ELSE 'app' END, 'http://seed', 'p' || (g % 50000), 'u' || (g % 300), 'ddx',
            CASE WHEN g < $1 / 2 THEN '2.0.0' ELSE '2.1.0' END, CASE WHEN g < $1 / 2 THEN '2.0.0' ELSE '2.1.0' END, 'h', 'i',
            CASE WHEN g % 3 = 0 THEN 'emergency' ELSE 'primary-care' END, '[]', '{}',
            jsonb_build_object('ageBand', (ARRAY['18-39', '40-64', '65+'])[1 + g % 3], 'sex', (ARRAY['female', 'male'])[1 + g % 2],
                               'race', (ARRAY['White', 'Black or African American', 'Asian', 'Other'])[1 + g % 4], 'language', 'en')
     FROM generate_series(1, $1) g`,
    [sets],
  );
  await db.query(
    `INSERT INTO suggestions (id, set_id, condition_id, rank, probability, band, cant_miss)
     SELECT md5('sug' || g || '-' || k)::uuid, md5('set' || g)::uuid, c.condition_id, k, 0.5 / k, 'possible', k = 3
     FROM generate_series(1, $1) g CROSS JOIN generate_series(1, 3) k JOIN seed_conditions c ON c.i = (g * 7 + k * 13) % 60`,
    [sets],
  );
  await db.query(
    `INSERT INTO cds_cards (uuid, set_id, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator, created_at)
     SELECT 'card-' || g, md5('set' || g)::uuid, 'ddx-patient-view', 'patient-view', 'differential',
            (SELECT jsonb_agg(s.condition_id) FROM suggestions s WHERE s.set_id = md5('set' || g)::uuid), '[]', 's', 'info',
            timestamptz '2026-01-01' + (g * (300 * 86400.0 / $1)) * interval '1 second'
     FROM generate_series(1, $1) g WHERE g % 5 = 0`,
    [sets],
  );
  // Workspace decisions: ranks 1 and 2 of each app set (rank 1 accepted 55%, else rejected with a reason).
  await db.query(
    `INSERT INTO decisions (id, idempotency_key, created_at, set_id, suggestion_id, condition_id, user_pseudonym, outcome, reason_code, reason_system, comment, source)
     SELECT md5('dec' || g || '-' || k)::uuid, 'seed-d-' || g || '-' || k,
            timestamptz '2026-01-01' + (g * (300 * 86400.0 / $1) + 60 + (g % 900)) * interval '1 second',
            md5('set' || g)::uuid, md5('sug' || g || '-' || k)::uuid, NULL, 'u' || (g % 300),
            CASE WHEN (g + k) % 20 < 11 THEN 'accepted' ELSE 'rejected' END,
            CASE WHEN (g + k) % 20 < 11 THEN NULL ELSE (ARRAY['insufficient-data', 'already-addressed', 'not-relevant'])[1 + g % 3] END,
            CASE WHEN (g + k) % 20 < 11 THEN NULL ELSE 'http://seed/reasons' END,
            CASE WHEN g % 97 = 0 THEN 'Not relevant: already excluded on CT' END, 'app'
     FROM generate_series(1, $1) g CROSS JOIN generate_series(1, 2) k WHERE g % 5 <> 0 AND g % 5 <> 1`,
    [sets],
  );
  // Sets with g % 5 = 1 get one decision and one clinician-added missed diagnosis instead.
  await db.query(
    `INSERT INTO decisions (id, idempotency_key, created_at, set_id, suggestion_id, condition_id, free_text_diagnosis, user_pseudonym, outcome, source)
     SELECT md5('dec' || g || '-' || k)::uuid, 'seed-d-' || g || '-' || k,
            timestamptz '2026-01-01' + (g * (300 * 86400.0 / $1) + 120) * interval '1 second',
            md5('set' || g)::uuid, CASE WHEN k = 1 THEN md5('sug' || g || '-1')::uuid END,
            CASE WHEN k = 2 AND g % 2 = 0 THEN 'condition-' || (g % 60) END, CASE WHEN k = 2 AND g % 2 = 1 THEN 'Lyme disease' END,
            'u' || (g % 300), CASE WHEN k = 1 THEN 'accepted' ELSE 'added-missed' END, 'app'
     FROM generate_series(1, $1) g CROSS JOIN generate_series(1, 2) k WHERE g % 5 = 1`,
    [sets],
  );
  // CDS feedback: two entries per card, the later-acting one an override.
  await db.query(
    `INSERT INTO decisions (id, idempotency_key, created_at, set_id, user_pseudonym, outcome, reason_code, reason_system, source, outcome_timestamp, card_uuid, service_id)
     SELECT md5('fb' || g || '-' || k)::uuid, 'seed-f-' || g || '-' || k,
            timestamptz '2026-01-01' + (g * (300 * 86400.0 / $1) + 300 * k) * interval '1 second',
            md5('set' || g)::uuid, 'u' || (g % 300), CASE WHEN k = 1 THEN 'accepted' ELSE 'overridden' END,
            CASE WHEN k = 2 THEN 'not-relevant' END, CASE WHEN k = 2 THEN 'http://seed/reasons' END, 'cds-feedback',
            timestamptz '2026-01-01' + (g * (300 * 86400.0 / $1) + 100 * k) * interval '1 second', 'card-' || g, 'ddx-patient-view'
     FROM generate_series(1, $1) g CROSS JOIN generate_series(1, 2) k WHERE g % 5 = 0`,
    [sets],
  );
  const count = async (table: string): Promise<number> => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  await db.query('ANALYZE');
  return { sets: await count('suggestion_sets'), suggestions: await count('suggestions'), decisions: await count('decisions'), cards: await count('cds_cards') };
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<{ p50: number; p95: number; max: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { p50: round(percentile(ms, 50), 1), p95: round(percentile(ms, 95), 1), max: round(Math.max(...ms), 1) };
}

/**
 * @param decisions - how many decisions to seed
 * @param runs - timed runs per query
 * @returns seeding time, row counts and per-query timings
 */
export async function benchQuality(decisions = 1_000_000, runs = 20): Promise<Record<string, unknown>> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `qbench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = await openPostgres(`${base}${base.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`);
  try {
    await migrate(db);
    const t0 = performance.now();
    const counts = await seedQualityData(db, decisions);
    const seedSeconds = round((performance.now() - t0) / 1000, 1);
    const t1 = performance.now();
    await refreshQualityViews(db);
    const refreshSeconds = round((performance.now() - t1) / 1000, 1);
    const dims: Dimension[] = ['all', 'week', 'diagnosis', 'service', 'modelVersion', 'ageBand', 'race', 'clinician'];
    const queries: Record<string, () => Promise<unknown>> = {
      ...Object.fromEntries(dims.map((d) => [`metrics by ${d}`, () => metricsBy(db, d)])),
      'metrics by diagnosis, one month, model 2.1.0': () => metricsBy(db, 'diagnosis', { from: '2026-09-01', to: '2026-09-30', modelVersion: '2.1.0' }),
      'override reasons': () => overrideReasons(db),
      'missed diagnoses': () => missedDiagnoses(db),
      'comments (first 50)': () => commentRows(db, {}, 50),
      'change detection (alerts)': () => detectChanges(db, { asOf: '2026-10-27' }),
      // A download of ~35,000 rows, not a dashboard query: reported for information.
      'export, one week (download)': () => exportRows(db, { from: '2026-06-01', to: '2026-06-07' }),
    };
    const timings: Record<string, { p50: number; p95: number; max: number }> = {};
    for (const [name, fn] of Object.entries(queries)) {
      await fn();
      timings[name] = await time(fn, runs);
    }
    return { target: 'p95 < 300 ms per dashboard query at one million decisions', counts, seedSeconds, refreshSeconds, runs, timings };
  } finally {
    await db.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

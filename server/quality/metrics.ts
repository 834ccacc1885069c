/**
 * Quality metrics over the append-only store (issue 13, item 3). Each metric is defined once, here,
 * in words ({@link METRIC_DEFINITIONS}, served to the dashboard) and in SQL (below).
 *
 * The unit is a **shown suggestion**: one diagnosis a clinician was shown, in the app's workspace
 * (a stored suggestion of an app suggestion set) or on a CDS Hooks card (a stored suggestion named on
 * a card). Its **final decision** is the latest accept or override that answers it: an app decision
 * names the suggestion; CDS feedback names a card, and answers every diagnosis the card named. When a
 * suggestion has several decisions (a clinician changed their mind, or an EHR sent feedback twice), the
 * one with the latest time of action counts (the CDS client's outcomeTimestamp, else when it was
 * stored); the others stay in the history.
 */
import { z } from 'zod';
import type { Database } from '../store/database';
import { wilson } from '../model-label/full-label';

export const METRIC_DEFINITIONS = {
  shown: 'Suggestions shown: diagnoses a clinician was shown, in the workspace or on a CDS card (each diagnosis of a suggestion set counts once).',
  accepted: 'Accepted: shown suggestions whose final decision is an accept.',
  overridden: 'Overridden: shown suggestions whose final decision is a reject (workspace) or an override (CDS feedback).',
  ignored: 'Ignored: shown suggestions with no accept or override at all.',
  acceptanceRate: 'Acceptance rate: accepted ÷ shown, with a 95% Wilson interval and the number shown.',
  overrideRate: 'Override rate: overridden ÷ shown, with a 95% Wilson interval.',
  overrideAmongDecided: 'Override among decided: overridden ÷ (accepted + overridden), the figure most override studies report; with a 95% Wilson interval.',
  medianMinutesToDecision:
    'Median minutes from the suggestion set being shown to the final decision (decided suggestions only), estimated from counts in time buckets (0–1, 1–2, 2–5, 5–10, 10–15, 15–30, 30–60 min, 1–2, 2–4, 4–8, 8–24 h, 1–7 days, over 7 days) by linear interpolation within the bucket.',
  asOf: 'Counts are as of the last refresh of the quality views (shown on the dashboard); missed diagnoses are read live.',
  finalDecision: 'Final decision: when a suggestion has several decisions, the one with the latest time of action; earlier ones are kept in the history.',
  missed: 'Missed: diagnoses a clinician added as missed by the AI, by diagnosis or scrubbed free text, with how often.',
  overrideReasons: 'Override reasons: the coded reason of each final override (or "none given").',
} as const;

/** The breakdowns the dashboard offers (rows of quality_rollup's `dim`, plus weeks). */
export const DIMENSIONS = [
  'all',
  'week',
  'diagnosis',
  'surface',
  'service',
  'hook',
  'modelVersion',
  'knowledgeVersion',
  'setting',
  'clinician',
  'ageBand',
  'sex',
  'race',
  'ethnicity',
  'language',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const QualityFilterSchema = z.strictObject({
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  service: z.string().max(100).optional(),
  modelVersion: z.string().max(100).optional(),
  surface: z.enum(['app', 'cds-hooks']).optional(),
});
export type QualityFilter = z.infer<typeof QualityFilterSchema>;

export interface Rate {
  /** percent */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly n: number;
}

export interface MetricRow {
  readonly key: string;
  readonly shown: number;
  readonly accepted: number;
  readonly overridden: number;
  readonly ignored: number;
  readonly acceptanceRate: Rate;
  readonly overrideRate: Rate;
  readonly overrideAmongDecided: Rate;
  readonly medianMinutesToDecision: number | null;
}

/** Lower edges (minutes) of quality_rollup's time-to-decision buckets; the last bucket is open. */
export const MINUTE_BUCKET_EDGES = [0, 1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440, 10080] as const;

/**
 * Median of grouped data: the bucket holding the middle decision, interpolated linearly within it
 * (L + (n/2 - F) / f x w). Resolution is the bucket width; the open last bucket reports its lower edge.
 * @param counts - decisions per bucket
 * @returns minutes, or null without decisions
 */
export function groupedMedian(counts: readonly number[]): number | null {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) {
    return null;
  }
  let below = 0;
  for (let i = 0; i < counts.length; i += 1) {
    if (below + counts[i] >= n / 2 && counts[i] > 0) {
      const low = MINUTE_BUCKET_EDGES[i];
      const high = MINUTE_BUCKET_EDGES[i + 1];
      return high === undefined ? low : Math.round((low + ((n / 2 - below) / counts[i]) * (high - low)) * 10) / 10;
    }
    below += counts[i];
  }
  return null;
}

/** The columns a filter applies to, in the table or join being queried. */
export interface FilterColumns {
  /** a date or timestamp column: `from` and `to` (inclusive, whole days) */
  readonly time: string;
  readonly modelVersion?: string;
  readonly surface?: string;
  readonly service?: string;
}

/**
 * The WHERE conditions of a quality filter over the given columns; values are appended to `params`.
 * A filter on a column the query does not have is ignored (e.g. service outside the views).
 */
export function filterConditions(filter: QualityFilter, params: unknown[], columns: FilterColumns): string[] {
  const where: string[] = [];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.from) add(`${columns.time} >= ?::date`, filter.from);
  // `to` is inclusive: the whole day.
  if (filter.to) add(`${columns.time} < (?::date + 1)`, filter.to);
  if (filter.modelVersion && columns.modelVersion) add(`${columns.modelVersion} = ?`, filter.modelVersion);
  if (filter.surface && columns.surface) add(`${columns.surface} = ?`, filter.surface);
  if (filter.service && columns.service) add(`${columns.service} = ?`, filter.service);
  return where;
}

/** WHERE clause over quality_rollup or quality_facts columns (day or shown_at, surface, service, model_version). */
function filterSql(filter: QualityFilter, params: unknown[], dayColumn: string): string {
  return filterConditions(filter, params, { time: dayColumn, modelVersion: 'model_version', surface: 'surface', service: 'service' }).join(' AND ');
}

/** A proportion in percent with its 95% Wilson interval and n. */
export function rate(k: number, n: number): Rate {
  const w = wilson(n === 0 ? 0 : k / n, n);
  return { estimate: w.estimate, lower: w.lower, upper: w.upper, n };
}

/**
 * Shown, accepted, overridden and ignored suggestions with their rates, broken down by one dimension,
 * as of the last refresh of the quality views ({@link refreshQualityViews}).
 * @param db - the store's database
 * @param by - the breakdown
 * @param filter - date range, service, model version, surface
 * @returns one row per value of the dimension, largest first (weeks in date order)
 */
export async function metricsBy(db: Database, by: Dimension, filter: QualityFilter = {}): Promise<MetricRow[]> {
  const params: unknown[] = [by === 'week' ? 'all' : by];
  const where = filterSql(filter, params, 'day');
  const key = by === 'week' ? "to_char(date_trunc('week', day), 'YYYY-MM-DD')" : 'key';
  const buckets = MINUTE_BUCKET_EDGES.map((_, i) => `sum(minute_buckets[${i + 1}])::int`).join(', ');
  const sql = `SELECT ${key} AS key, sum(shown)::int AS shown, sum(accepted)::int AS accepted, sum(overridden)::int AS overridden, array[${buckets}] AS buckets
               FROM quality_rollup WHERE dim = $1${where ? ` AND ${where}` : ''}
               GROUP BY 1 ORDER BY ${by === 'week' ? '1' : '2 DESC, 1'}`;
  const rows = (await db.query<{ key: string; shown: number; accepted: number; overridden: number; buckets: number[] }>(sql, params)).rows;
  return rows.map((r) => {
    const decided = r.accepted + r.overridden;
    return {
      key: r.key,
      shown: r.shown,
      accepted: r.accepted,
      overridden: r.overridden,
      ignored: r.shown - decided,
      acceptanceRate: rate(r.accepted, r.shown),
      overrideRate: rate(r.overridden, r.shown),
      overrideAmongDecided: rate(r.overridden, decided),
      medianMinutesToDecision: groupedMedian(r.buckets.map(Number)),
    };
  });
}

/**
 * Reasons given for final overrides.
 * @returns reason code (or "none given") and count, most frequent first
 */
export async function overrideReasons(db: Database, filter: QualityFilter = {}): Promise<{ reason: string; system: string | null; count: number }[]> {
  const params: unknown[] = [];
  const where = filterSql(filter, params, 'day');
  const sql = `SELECT key AS reason, NULLIF(key2, '') AS system, sum(overridden)::int AS count
               FROM quality_rollup WHERE dim = 'reason'${where ? ` AND ${where}` : ''}
               GROUP BY 1, 2 ORDER BY 3 DESC, 1`;
  return (await db.query<{ reason: string; system: string | null; count: number }>(sql, params)).rows;
}

/** An "added missed" decision the clinician withdrew (undo) does not count (issue 15, item 5). */
export function notWithdrawn(alias: string): string {
  return `NOT EXISTS (SELECT 1 FROM app_events w WHERE w.kind = 'missed-withdrawn' AND w.set_id = ${alias}.set_id AND w.detail->>'decisionId' = ${alias}.id::text)`;
}

/**
 * Diagnoses clinicians added as missed by the AI (workspace "added missed" decisions), read live.
 * @returns the diagnosis (knowledge-base id, or the free text as typed, scrubbed later) and how often
 */
export async function missedDiagnoses(db: Database, filter: QualityFilter = {}): Promise<{ conditionId: string | null; freeText: string | null; count: number }[]> {
  const params: unknown[] = [];
  const where = ["d.outcome = 'added-missed'", notWithdrawn('d'), ...filterConditions(filter, params, { time: 'd.created_at', modelVersion: 'ss.model_version', surface: 'ss.surface' })];
  const sql = `SELECT d.condition_id AS "conditionId", CASE WHEN d.condition_id IS NULL THEN lower(trim(d.free_text_diagnosis)) END AS "freeText", count(*)::int AS count
               FROM decisions d LEFT JOIN suggestion_sets ss ON ss.id = d.set_id
               WHERE ${where.join(' AND ')}
               GROUP BY 1, 2 ORDER BY count DESC, 1, 2`;
  return (await db.query<{ conditionId: string | null; freeText: string | null; count: number }>(sql, params)).rows;
}

let refreshing: Promise<QualityRefresh> | undefined;

export interface QualityRefresh {
  readonly refreshedAt: string;
  readonly facts: number;
  readonly seconds: number;
}

/**
 * Rebuilds quality_facts and quality_rollup from the append-only tables (concurrently: readers keep
 * the previous data meanwhile) and records the refresh. One refresh at a time per process.
 * @returns when, how many shown suggestions, how long it took
 */
export function refreshQualityViews(db: Database): Promise<QualityRefresh> {
  refreshing ??= (async () => {
    const t0 = performance.now();
    await db.query('REFRESH MATERIALIZED VIEW CONCURRENTLY quality_facts');
    await db.query('REFRESH MATERIALIZED VIEW CONCURRENTLY quality_rollup');
    const facts = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM quality_facts')).rows[0].n;
    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const row = (await db.query<{ at: string }>("INSERT INTO quality_refreshes (facts, seconds) VALUES ($1, $2) RETURNING to_char(refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at", [facts, seconds])).rows[0];
    return { refreshedAt: row.at, facts, seconds };
  })().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

/** The last refresh of the quality views, or undefined when they were never refreshed. */
export async function lastQualityRefresh(db: Database): Promise<QualityRefresh | undefined> {
  const row = (
    await db.query<{ at: string; facts: number; seconds: number }>(
      "SELECT to_char(refreshed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at, facts, seconds FROM quality_refreshes ORDER BY id DESC LIMIT 1",
    )
  ).rows[0];
  return row ? { refreshedAt: row.at, facts: row.facts, seconds: row.seconds } : undefined;
}

/** One row of the de-identified export: a shown suggestion with its final decision. */
export interface ExportRow {
  readonly suggestion_id: string;
  readonly week_shown: string;
  readonly surface: string;
  readonly service: string;
  readonly hook: string;
  readonly model_version: string;
  readonly knowledge_version: string;
  readonly setting: string;
  readonly clinician_pseudonym: string;
  readonly age_band: string;
  readonly sex: string;
  readonly race: string;
  readonly ethnicity: string;
  readonly language: string;
  readonly condition_id: string;
  readonly rank: number;
  readonly probability: number;
  readonly band: string;
  readonly cant_miss: boolean;
  readonly final_outcome: string;
  readonly minutes_to_decision: number | null;
  readonly reason_code: string | null;
  readonly reason_system: string | null;
  /** raw here; scrubbed by the caller before it leaves the server */
  readonly comment: string | null;
}

/** What each export column means (the CSV's data dictionary). */
export const EXPORT_DICTIONARY: Readonly<Record<keyof ExportRow, string>> = {
  suggestion_id: 'Random id of the shown suggestion (not linked to any patient identifier).',
  week_shown: 'Monday of the UTC week in which the suggestion was shown (dates are coarsened to the week).',
  surface: '"app" (clinician workspace) or "cds-hooks" (card in the EHR).',
  service: 'CDS service id, or "workspace".',
  hook: 'CDS hook (e.g. patient-view), or "workspace".',
  model_version: 'Engine version that produced the suggestion.',
  knowledge_version: 'Knowledge-base version that produced the suggestion.',
  setting: 'Care setting the priors came from (primary-care or emergency).',
  clinician_pseudonym: 'Keyed hash of the clinician (the same clinician has the same pseudonym; not reversible without the site secret).',
  age_band: 'Patient age band (<18, 18-39, 40-64, 65+, or not recorded): the same bands as the engine and the evaluation.',
  sex: 'Administrative sex as recorded, or "not recorded".',
  race: 'US Core race category as recorded, or "not recorded".',
  ethnicity: 'US Core ethnicity category as recorded, or "not recorded".',
  language: 'Preferred language code as recorded, or "not recorded".',
  condition_id: 'Knowledge-base id of the suggested diagnosis.',
  rank: 'Rank of the diagnosis in the differential when shown (1 = first).',
  probability: 'Displayed probability when shown (0-1).',
  band: 'Likelihood band when shown.',
  cant_miss: 'Whether it was shown as a can’t-miss diagnosis.',
  final_outcome: 'accepted, overridden or ignored (see the metric definitions: the final decision counts).',
  minutes_to_decision: 'Minutes from being shown to the final decision (empty when ignored).',
  reason_code: 'Coded override reason, when given.',
  reason_system: 'Code system of the override reason.',
  comment: 'Clinician comment, scrubbed of names, dates, phone numbers, e-mails and record-like numbers.',
};

/**
 * The de-identified rows of the export, oldest first, as of the last refresh.
 * @param limit - at most this many rows
 */
export async function exportRows(db: Database, filter: QualityFilter = {}, limit = 100_000): Promise<ExportRow[]> {
  const params: unknown[] = [];
  const where = filterSql(filter, params, 'shown_at');
  const sql = `SELECT id AS suggestion_id, to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week_shown, surface, service, hook, model_version, knowledge_version, setting,
                      clinician AS clinician_pseudonym, age_band, sex, race, ethnicity, language, condition_id, rank, probability, band, cant_miss,
                      outcome AS final_outcome, round(minutes::numeric, 1)::float8 AS minutes_to_decision, reason_code, reason_system, comment
               FROM quality_facts ${where ? `WHERE ${where}` : ''} ORDER BY shown_at, id LIMIT ${Math.max(1, Math.min(1_000_000, Math.floor(limit)))}`;
  return (await db.query<ExportRow>(sql, params)).rows;
}

/** Final decisions that carry a comment, newest first (comments are scrubbed by the caller). */
export async function commentRows(db: Database, filter: QualityFilter = {}, limit = 500): Promise<ExportRow[]> {
  const params: unknown[] = [];
  const where = filterSql(filter, params, 'shown_at');
  const sql = `SELECT id AS suggestion_id, to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week_shown, surface, service, condition_id, reason_code, comment, outcome AS final_outcome
               FROM quality_facts WHERE comment IS NOT NULL${where ? ` AND ${where}` : ''} ORDER BY shown_at DESC, id LIMIT ${Math.max(1, Math.min(5000, Math.floor(limit)))}`;
  return (await db.query<ExportRow>(sql, params)).rows;
}

/** Clinician-first mode: how the clinician's own differential, the AI's and the final decisions agree. */
export interface ClinicianFirstAgreement {
  /** Suggestion sets where the clinician recorded their own differential before seeing the AI's. */
  readonly sets: number;
  /** The clinician's leading diagnosis (when coded) is among the AI's top 3. */
  readonly clinicianLeadInAiTop3: Rate;
  /** The AI's first diagnosis is anywhere on the clinician's list. */
  readonly aiFirstOnClinicianList: Rate;
  /** Accepted diagnoses (final decisions) by who had listed them first. */
  readonly accepted: { readonly both: number; readonly clinicianOnly: number; readonly aiOnly: number; readonly neither: number };
}

/**
 * Agreement in clinician-first mode, read live from the decision store (the latest clinician
 * differential per set; accepted = suggestions whose final decision is an accept, plus diagnoses the
 * clinician added as missed).
 */
export async function clinicianFirstAgreement(db: Database, filter: Pick<QualityFilter, 'from' | 'to' | 'modelVersion'> = {}): Promise<ClinicianFirstAgreement> {
  const params: unknown[] = [];
  const where = ["d.outcome = 'clinician-differential'", ...filterConditions(filter, params, { time: 'ss.created_at', modelVersion: 'ss.model_version' })];
  const rows = (
    await db.query<{ set_id: string; clinician: unknown; ai: string[] | null; accepted: string[] | null }>(
      `WITH cd AS (
         SELECT DISTINCT ON (d.set_id) d.set_id, d.clinician_differential
         FROM decisions d JOIN suggestion_sets ss ON ss.id = d.set_id
         WHERE ${where.join(' AND ')}
         ORDER BY d.set_id, d.created_at DESC, d.id DESC
       )
       SELECT cd.set_id, cd.clinician_differential AS clinician,
              (SELECT array_agg(s.condition_id ORDER BY s.rank) FROM suggestions s WHERE s.set_id = cd.set_id) AS ai,
              (SELECT array_agg(DISTINCT x.condition_id) FROM (
                 SELECT f.condition_id FROM quality_facts f JOIN suggestions s ON s.id = f.id WHERE s.set_id = cd.set_id AND f.outcome = 'accepted'
                 UNION SELECT d2.condition_id FROM decisions d2 WHERE d2.set_id = cd.set_id AND d2.outcome = 'added-missed' AND d2.condition_id IS NOT NULL AND ${notWithdrawn('d2')}
               ) x) AS accepted
       FROM cd`,
      params,
    )
  ).rows;
  let leadCoded = 0;
  let leadInTop3 = 0;
  let withAi = 0;
  let aiFirstListed = 0;
  const accepted = { both: 0, clinicianOnly: 0, aiOnly: 0, neither: 0 };
  for (const r of rows) {
    const list = (typeof r.clinician === 'string' ? JSON.parse(r.clinician) : r.clinician) as { conditionId?: string }[];
    const clinicianIds = new Set(list.map((c) => c.conditionId).filter((c): c is string => !!c));
    const ai = r.ai ?? [];
    const lead = list[0]?.conditionId;
    if (lead) {
      leadCoded += 1;
      leadInTop3 += ai.slice(0, 3).includes(lead) ? 1 : 0;
    }
    if (ai.length > 0) {
      withAi += 1;
      aiFirstListed += clinicianIds.has(ai[0]) ? 1 : 0;
    }
    for (const c of r.accepted ?? []) {
      const byClinician = clinicianIds.has(c);
      const byAi = ai.includes(c);
      accepted[byClinician && byAi ? 'both' : byClinician ? 'clinicianOnly' : byAi ? 'aiOnly' : 'neither'] += 1;
    }
  }
  return { sets: rows.length, clinicianLeadInAiTop3: rate(leadInTop3, leadCoded), aiFirstOnClinicianList: rate(aiFirstListed, withAi), accepted };
}

/** What clinicians did besides deciding: sets shown, sets where they edited findings, write-backs, clinician-first skips. */
export interface Activity {
  readonly sets: number;
  readonly setsWithFindingEdits: number;
  readonly writeBacks: number;
  readonly writeBacksRetracted: number;
  readonly clinicianFirstSkipped: number;
}

/** Read live from the store (app surface), filtered by when the set was shown. */
export async function activity(db: Database, filter: Pick<QualityFilter, 'from' | 'to' | 'modelVersion'> = {}): Promise<Activity> {
  const params: unknown[] = [];
  const where = ["ss.surface = 'app'", ...filterConditions(filter, params, { time: 'ss.created_at', modelVersion: 'ss.model_version' })];
  const row = (
    await db.query<Activity>(
      `SELECT count(*)::int AS sets,
              count(*) FILTER (WHERE jsonb_path_exists(ss.findings, '$[*] ? (@.origin == "clinician")'))::int AS "setsWithFindingEdits",
              (SELECT count(*) FROM app_events e JOIN suggestion_sets s2 ON s2.id = e.set_id WHERE e.kind = 'write-back' AND ${where.join(' AND ').replace(/ss\./g, 's2.')})::int AS "writeBacks",
              (SELECT count(*) FROM app_events e JOIN suggestion_sets s2 ON s2.id = e.set_id WHERE e.kind = 'write-back-retracted' AND ${where.join(' AND ').replace(/ss\./g, 's2.')})::int AS "writeBacksRetracted",
              (SELECT count(*) FROM app_events e JOIN suggestion_sets s2 ON s2.id = e.set_id WHERE e.kind = 'clinician-first-skipped' AND ${where.join(' AND ').replace(/ss\./g, 's2.')})::int AS "clinicianFirstSkipped"
       FROM suggestion_sets ss WHERE ${where.join(' AND ')}`,
      params,
    )
  ).rows[0];
  return row;
}

/** The language model beside the engine (issue 18), per provider model and version: what it was asked, what came back, what the checks removed. */
export interface LanguageModelRow {
  readonly model: string;
  readonly modelVersion: string;
  readonly asks: number;
  /** Asks by status (ok, timeout, refused, malformed, http-error, network-error, blocked). */
  readonly byStatus: Readonly<Record<string, number>>;
  /** Suggestions kept, by source: `both` (the engine ranks it too) and `llm-only` (not quantified). */
  readonly kept: { readonly both: number; readonly llmOnly: number };
  /** What the checks removed: cited findings not in the prompt, cited findings that were absent, diagnoses left without chart evidence, references not in the registry. */
  readonly dropped: { readonly inventedFindings: number; readonly absentFindingsCited: number; readonly diagnosesWithoutChartEvidence: number; readonly unresolvedReferences: number };
}

/**
 * Read live from the app events (kind `llm-suggestions`), filtered by when the suggestion set was shown.
 * @param db - the store's database
 * @param filter - time window and engine model version
 * @returns one row per provider model and reported version
 */
export async function languageModelUse(db: Database, filter: Pick<QualityFilter, 'from' | 'to' | 'modelVersion'> = {}): Promise<LanguageModelRow[]> {
  const params: unknown[] = [];
  const where = ["e.kind = 'llm-suggestions'", ...filterConditions(filter, params, { time: 'ss.created_at', modelVersion: 'ss.model_version' })];
  const rows = (
    await db.query<{ model: string; version: string; status: string; asks: number; both: number; llm_only: number; invented: number; absent: number; unsupported: number; refs: number }>(
      `SELECT COALESCE(e.detail->'provider'->>'model', 'unknown') AS model,
              COALESCE(e.detail->'provider'->>'modelVersion', 'not reported') AS version,
              e.detail->>'status' AS status,
              count(*)::int AS asks,
              COALESCE(sum((SELECT count(*) FROM jsonb_array_elements(COALESCE(e.detail->'suggestions', '[]'::jsonb)) x WHERE x->>'source' = 'both')), 0)::int AS both,
              COALESCE(sum((SELECT count(*) FROM jsonb_array_elements(COALESCE(e.detail->'suggestions', '[]'::jsonb)) x WHERE x->>'source' = 'llm-only')), 0)::int AS llm_only,
              COALESCE(sum((e.detail->'dropped'->>'inventedFindings')::int), 0)::int AS invented,
              COALESCE(sum((e.detail->'dropped'->>'absentFindingsCited')::int), 0)::int AS absent,
              COALESCE(sum((e.detail->'dropped'->>'diagnosesWithoutChartEvidence')::int), 0)::int AS unsupported,
              COALESCE(sum((e.detail->'dropped'->>'unresolvedReferences')::int), 0)::int AS refs
       FROM app_events e JOIN suggestion_sets ss ON ss.id = e.set_id
       WHERE ${where.join(' AND ')}
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      params,
    )
  ).rows;
  const byModel = new Map<string, { model: string; modelVersion: string; asks: number; byStatus: Record<string, number>; kept: { both: number; llmOnly: number }; dropped: { inventedFindings: number; absentFindingsCited: number; diagnosesWithoutChartEvidence: number; unresolvedReferences: number } }>();
  for (const r of rows) {
    // An answer that never came reports no version: it is counted under the model, "not reported".
    const key = `${r.model}|${r.version}`;
    const row = byModel.get(key) ?? { model: r.model, modelVersion: r.version, asks: 0, byStatus: {}, kept: { both: 0, llmOnly: 0 }, dropped: { inventedFindings: 0, absentFindingsCited: 0, diagnosesWithoutChartEvidence: 0, unresolvedReferences: 0 } };
    row.asks += r.asks;
    row.byStatus[r.status] = (row.byStatus[r.status] ?? 0) + r.asks;
    row.kept.both += r.both;
    row.kept.llmOnly += r.llm_only;
    row.dropped.inventedFindings += r.invented;
    row.dropped.absentFindingsCited += r.absent;
    row.dropped.diagnosesWithoutChartEvidence += r.unsupported;
    row.dropped.unresolvedReferences += r.refs;
    byModel.set(key, row);
  }
  return [...byModel.values()];
}

/** How clinicians answered the lines of the workspace, by where each line came from (issue 18, item 4). */
export interface SourceDecisionRow extends Pick<MetricRow, 'accepted' | 'overridden' | 'ignored' | 'acceptanceRate' | 'overrideRate'> {
  /** `engine`: only the engine listed it; `both`: the engine listed it and the language model suggested it too; `llm-only`: only the language model. */
  readonly source: 'engine' | 'both' | 'llm-only';
  /** Lines shown (an engine line once per suggestion set; a language-model line once per set and key, however often it was asked). */
  readonly shown: number;
}

/**
 * Read live from the store, workspace (app) sets only: the language model is asked only there, so the engine
 * lines of the same surface are the comparison. A line's final decision is the clinician's latest on it.
 * An engine line counts as `both` when the language model suggested the same diagnosis on that set.
 * @param db - the store's database
 * @param filter - time window (when the set was shown) and engine model version
 * @returns one row per source, always all three
 */
export async function decisionsBySource(db: Database, filter: Pick<QualityFilter, 'from' | 'to' | 'modelVersion'> = {}): Promise<SourceDecisionRow[]> {
  const params: unknown[] = [];
  const where = ["ss.surface = 'app'", ...filterConditions(filter, params, { time: 'ss.created_at', modelVersion: 'ss.model_version' })].join(' AND ');
  const rows = (
    await db.query<{ source: SourceDecisionRow['source']; shown: number; accepted: number; overridden: number }>(
      `WITH llm_lines AS (
         SELECT DISTINCT e.set_id, x->>'source' AS source, x->>'conditionId' AS condition_id,
                COALESCE(x->>'key', CASE WHEN x->>'conditionId' IS NOT NULL THEN 'kb:' || (x->>'conditionId') ELSE 'name:' || lower(x->>'name') END) AS key
           FROM app_events e JOIN suggestion_sets ss ON ss.id = e.set_id, jsonb_array_elements(COALESCE(e.detail->'suggestions', '[]'::jsonb)) x
          WHERE e.kind = 'llm-suggestions' AND ${where}
       ),
       engine_lines AS (
         SELECT CASE WHEN EXISTS (SELECT 1 FROM llm_lines l WHERE l.set_id = s.set_id AND l.source = 'both' AND l.condition_id = s.condition_id) THEN 'both' ELSE 'engine' END AS source,
                (SELECT d.outcome FROM decisions d WHERE d.suggestion_id = s.id AND d.source = 'app' AND d.outcome IN ('accepted', 'rejected')
                  ORDER BY d.created_at DESC, d.id DESC LIMIT 1) AS outcome
           FROM suggestions s JOIN suggestion_sets ss ON ss.id = s.set_id
          WHERE ${where}
       ),
       llm_only_lines AS (
         SELECT 'llm-only' AS source,
                (SELECT d.outcome FROM decisions d WHERE d.set_id = l.set_id AND d.llm_line = l.key AND d.source = 'app' AND d.outcome IN ('accepted', 'rejected')
                  ORDER BY d.created_at DESC, d.id DESC LIMIT 1) AS outcome
           FROM llm_lines l WHERE l.source = 'llm-only'
       ),
       lines AS (SELECT source, outcome FROM engine_lines UNION ALL SELECT source, outcome FROM llm_only_lines)
       SELECT source, count(*)::int AS shown,
              (count(*) FILTER (WHERE outcome = 'accepted'))::int AS accepted,
              (count(*) FILTER (WHERE outcome = 'rejected'))::int AS overridden
         FROM lines GROUP BY source`,
      params,
    )
  ).rows;
  return (['engine', 'both', 'llm-only'] as const).map((source) => {
    const r = rows.find((x) => x.source === source) ?? { shown: 0, accepted: 0, overridden: 0 };
    return { source, shown: r.shown, accepted: r.accepted, overridden: r.overridden, ignored: r.shown - r.accepted - r.overridden, acceptanceRate: rate(r.accepted, r.shown), overrideRate: rate(r.overridden, r.shown) };
  });
}

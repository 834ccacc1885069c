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
  medianMinutesToDecision: 'Median minutes from the suggestion set being shown to the final decision (decided suggestions only).',
  finalDecision: 'Final decision: when a suggestion has several decisions, the one with the latest time of action; earlier ones are kept in the history.',
  missed: 'Missed: diagnoses a clinician added as missed by the AI, by diagnosis or scrubbed free text, with how often.',
  overrideReasons: 'Override reasons: the coded reason of each final override (or "none given").',
} as const;

/** The breakdowns the dashboard offers: a fixed SQL expression each (never text from the request). */
export const DIMENSIONS = {
  all: "'all'",
  diagnosis: 's.condition_id',
  surface: 'ss.surface',
  service: "COALESCE(c.service_id, 'workspace')",
  hook: "COALESCE(c.hook, 'workspace')",
  modelVersion: 'ss.model_version',
  knowledgeVersion: 'ss.knowledge_version',
  setting: 'ss.setting',
  clinician: 'ss.user_pseudonym',
  ageBand: "COALESCE(ss.subgroup->>'ageBand', 'not recorded')",
  sex: "COALESCE(ss.subgroup->>'sex', 'not recorded')",
  race: "COALESCE(ss.subgroup->>'race', 'not recorded')",
  ethnicity: "COALESCE(ss.subgroup->>'ethnicity', 'not recorded')",
  language: "COALESCE(ss.subgroup->>'language', 'not recorded')",
  week: "to_char(date_trunc('week', ss.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')",
} as const;
export type Dimension = keyof typeof DIMENSIONS;

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

/**
 * The shown suggestions with their final decision, filtered: the common core of every metric.
 * Parameters are appended to `params`.
 */
export function shownWithFinal(filter: QualityFilter, params: unknown[]): string {
  const where: string[] = [];
  const add = (sql: string, value: unknown): void => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.from) add('ss.created_at >= ?::date', filter.from);
  // `to` is inclusive: the whole day.
  if (filter.to) add("ss.created_at < (?::date + interval '1 day')", filter.to);
  if (filter.modelVersion) add('ss.model_version = ?', filter.modelVersion);
  if (filter.surface) add('ss.surface = ?', filter.surface);
  if (filter.service) add("COALESCE(c.service_id, 'workspace') = ?", filter.service);
  // (A CDS suggestion set belongs to one service: its idempotency key names the service.)
  return `
    links AS (
      SELECT d.id, d.suggestion_id, d.outcome, d.created_at, COALESCE(d.outcome_timestamp, d.created_at) AS acted_at, d.reason_code, d.reason_system, d.comment
      FROM decisions d
      WHERE d.suggestion_id IS NOT NULL AND d.outcome IN ('accepted', 'rejected', 'overridden')
      UNION ALL
      SELECT d.id, s.id, d.outcome, d.created_at, COALESCE(d.outcome_timestamp, d.created_at), d.reason_code, d.reason_system, d.comment
      FROM decisions d
      JOIN cds_cards cc ON cc.uuid = d.card_uuid
      JOIN suggestions s ON s.set_id = cc.set_id AND cc.condition_ids ? s.condition_id
      WHERE d.suggestion_id IS NULL AND d.outcome IN ('accepted', 'overridden')
    ),
    final AS (
      SELECT DISTINCT ON (suggestion_id) suggestion_id, outcome, acted_at, reason_code, reason_system, comment
      FROM links ORDER BY suggestion_id, acted_at DESC, created_at DESC, id DESC
    ),
    shown AS (
      SELECT s.id, s.condition_id, s.rank, s.probability, s.band, s.cant_miss, ss.created_at AS shown_at, ss.surface, ss.model_version, ss.knowledge_version,
             ss.setting, ss.user_pseudonym, ss.subgroup, c.service_id, c.hook,
             f.outcome, f.acted_at, f.reason_code, f.reason_system, f.comment,
             ${Object.entries(DIMENSIONS)
               .map(([name, sql]) => `${sql} AS "d_${name}"`)
               .join(', ')}
      FROM suggestions s
      JOIN suggestion_sets ss ON ss.id = s.set_id
      LEFT JOIN LATERAL (SELECT service_id, hook FROM cds_cards WHERE set_id = ss.id ORDER BY created_at, uuid LIMIT 1) c ON true
      LEFT JOIN final f ON f.suggestion_id = s.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    )`;
}

function rate(k: number, n: number): Rate {
  const w = wilson(n === 0 ? 0 : k / n, n);
  return { estimate: w.estimate, lower: w.lower, upper: w.upper, n };
}

/**
 * Shown, accepted, overridden and ignored suggestions with their rates, broken down by one dimension.
 * @param db - the store's database
 * @param by - the breakdown
 * @param filter - date range, service, model version, surface
 * @returns one row per value of the dimension, largest first (weeks in date order)
 */
export async function metricsBy(db: Database, by: Dimension, filter: QualityFilter = {}): Promise<MetricRow[]> {
  const params: unknown[] = [];
  const sql = `WITH ${shownWithFinal(filter, params)}
    SELECT "d_${by}" AS key,
           count(*)::int AS shown,
           count(*) FILTER (WHERE outcome = 'accepted')::int AS accepted,
           count(*) FILTER (WHERE outcome IN ('rejected', 'overridden'))::int AS overridden,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acted_at - shown_at) / 60) FILTER (WHERE outcome IS NOT NULL))::float8 AS median
    FROM shown GROUP BY "d_${by}"
    ORDER BY ${by === 'week' ? 'key' : 'shown DESC, key'}`;
  const rows = (await db.query<{ key: string; shown: number; accepted: number; overridden: number; median: number | null }>(sql, params)).rows;
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
      medianMinutesToDecision: r.median === null ? null : Math.round(r.median * 10) / 10,
    };
  });
}

/**
 * Reasons given for final overrides.
 * @returns reason code (or "none given") and count, most frequent first
 */
export async function overrideReasons(db: Database, filter: QualityFilter = {}): Promise<{ reason: string; system: string | null; count: number }[]> {
  const params: unknown[] = [];
  const sql = `WITH ${shownWithFinal(filter, params)}
    SELECT COALESCE(reason_code, 'none given') AS reason, reason_system AS system, count(*)::int AS count
    FROM shown WHERE outcome IN ('rejected', 'overridden')
    GROUP BY 1, 2 ORDER BY count DESC, reason`;
  return (await db.query<{ reason: string; system: string | null; count: number }>(sql, params)).rows;
}

/**
 * Diagnoses clinicians added as missed by the AI (workspace "added missed" decisions).
 * @returns the diagnosis (knowledge-base id, or the free text as typed, scrubbed later) and how often
 */
export async function missedDiagnoses(db: Database, filter: QualityFilter = {}): Promise<{ conditionId: string | null; freeText: string | null; count: number }[]> {
  const params: unknown[] = [];
  const where: string[] = ["d.outcome = 'added-missed'"];
  if (filter.from) {
    params.push(filter.from);
    where.push(`d.created_at >= $${params.length}::date`);
  }
  if (filter.to) {
    params.push(filter.to);
    where.push(`d.created_at < ($${params.length}::date + interval '1 day')`);
  }
  if (filter.modelVersion) {
    params.push(filter.modelVersion);
    where.push(`ss.model_version = $${params.length}`);
  }
  if (filter.surface) {
    params.push(filter.surface);
    where.push(`ss.surface = $${params.length}`);
  }
  const sql = `SELECT d.condition_id AS "conditionId", CASE WHEN d.condition_id IS NULL THEN lower(trim(d.free_text_diagnosis)) END AS "freeText", count(*)::int AS count
               FROM decisions d LEFT JOIN suggestion_sets ss ON ss.id = d.set_id
               WHERE ${where.join(' AND ')}
               GROUP BY 1, 2 ORDER BY count DESC, 1, 2`;
  return (await db.query<{ conditionId: string | null; freeText: string | null; count: number }>(sql, params)).rows;
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
 * The de-identified rows of the export, oldest first.
 * @param limit - at most this many rows
 */
export async function exportRows(db: Database, filter: QualityFilter = {}, limit = 100_000): Promise<ExportRow[]> {
  const params: unknown[] = [];
  const sql = `WITH ${shownWithFinal(filter, params)}
    SELECT id AS suggestion_id, "d_week" AS week_shown, surface, "d_service" AS service, "d_hook" AS hook, model_version, knowledge_version, setting,
           user_pseudonym AS clinician_pseudonym, "d_ageBand" AS age_band, "d_sex" AS sex, "d_race" AS race, "d_ethnicity" AS ethnicity, "d_language" AS language,
           condition_id, rank, probability, band, cant_miss,
           CASE WHEN outcome = 'accepted' THEN 'accepted' WHEN outcome IN ('rejected', 'overridden') THEN 'overridden' ELSE 'ignored' END AS final_outcome,
           CASE WHEN outcome IS NULL THEN NULL ELSE round((extract(epoch FROM acted_at - shown_at) / 60)::numeric, 1)::float8 END AS minutes_to_decision,
           reason_code, reason_system, comment
    FROM shown ORDER BY shown_at, id LIMIT ${Math.max(1, Math.min(1_000_000, Math.floor(limit)))}`;
  return (await db.query<ExportRow>(sql, params)).rows;
}

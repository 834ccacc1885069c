/**
 * The quality team's API (issue 13), only for users with the quality-reviewer role; every access is
 * audited. Free text (override comments, free-text diagnoses) leaves the server only after identifiers
 * are scrubbed (server/quality/scrub.ts).
 *
 * - GET /quality/definitions: the metric definitions, the breakdowns, the export's data dictionary and
 *   as of when the counts are; POST /quality/refresh?maxAgeSeconds=&wait=: rebuilds the quality views
 * - GET /quality/metrics?by=&from=&to=&service=&modelVersion=&surface=: shown, accepted, overridden,
 *   ignored, rates with 95% intervals, median time to decision
 * - GET /quality/override-reasons, /quality/missed, /quality/comments: the same filters
 * - GET /quality/clinician-first: agreement of the clinician's own differential, the AI's and the final decisions
 * - GET /quality/alerts?asOf=&recentDays=&baselineDays=: change detection (server/quality/change-detection.ts)
 * - GET /quality/export.csv: one de-identified row per shown suggestion (same filters), and
 *   /quality/export-dictionary.csv: what each column means
 * - GET /quality/decisions: the raw decisions from both surfaces, pseudonymised, comments scrubbed,
 *   each coded reason with its HL7 non-adherence coding (`hl7_reason`)
 */
import { Router, type Request, type RequestHandler } from 'express';
import { z } from 'zod';
import { callerOf } from '../auth/require-smart-auth';
import { createUserDirectory } from '../auth/user-directory';
import { hl7ReasonFor } from '../decision-reasons';
import { HttpError } from '../errors';
import {
  DIMENSIONS,
  EXPORT_DICTIONARY,
  METRIC_DEFINITIONS,
  QualityFilterSchema,
  clinicianFirstAgreement,
  commentRows,
  exportRows,
  lastQualityRefresh,
  metricsBy,
  missedDiagnoses,
  overrideReasons,
  refreshQualityViews,
  type ExportRow,
} from '../quality/metrics';
import { isNegative, scrubIdentifiers } from '../quality/scrub';
import { ALERT_P, detectChanges } from '../quality/change-detection';
import type { ApiDeps } from './api-deps';
import { withStore } from './with-store';

const DecisionsQuerySchema = z.object({
  source: z.enum(['app', 'cds-feedback']).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

const MetricsQuerySchema = QualityFilterSchema.extend({ by: z.enum(DIMENSIONS).default('all') });
const RefreshQuerySchema = z.strictObject({ maxAgeSeconds: z.coerce.number().int().min(0).max(86_400).default(0), wait: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
const AlertsQuerySchema = z.strictObject({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
  recentDays: z.coerce.number().int().min(1).max(90).default(7),
  baselineDays: z.coerce.number().int().min(7).max(365).default(28),
});
const CommentsQuerySchema = QualityFilterSchema.extend({ q: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(5000).default(500) });
const ExportQuerySchema = QualityFilterSchema.extend({ limit: z.coerce.number().int().min(1).max(1_000_000).default(100_000) });

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formula-leading text is prefixed. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  // A spreadsheet must not run a cell as a formula (CSV injection).
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return `${[columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\r\n')}\r\n`;
}

/**
 * @param deps - config and store
 * @returns the router (mounted behind the SMART auth middleware)
 */
export function createQualityRouter(deps: ApiDeps): Router {
  const router = Router();
  const directory = createUserDirectory(deps.config);
  const reviewerOnly: RequestHandler = (req: Request, res, next) => {
    const caller = callerOf(res);
    const actor = deps.store.pseudonymise(caller.fhirServer, caller.fhirUser);
    if (directory.get(caller.fhirUser).role !== 'quality-reviewer') {
      void deps.store.audit('quality-access-refused', actor, { path: req.path }).catch(() => undefined);
      next(new HttpError(403, 'forbidden', 'The quality data is for users with the quality-reviewer role'));
      return;
    }
    void deps.store.audit('quality-access', actor, { path: req.path, query: Object.keys(req.query).sort() }).catch(() => undefined);
    next();
  };
  router.use('/quality', reviewerOnly);

  router.get('/quality/definitions', async (_req, res) => {
    const asOf = await withStore('quality refresh', () => lastQualityRefresh(deps.store.db));
    res.json({ metrics: METRIC_DEFINITIONS, breakdowns: DIMENSIONS, exportDictionary: EXPORT_DICTIONARY, asOf: asOf ?? null });
  });
  // Rebuilds the quality views from the decision store when they are older than maxAgeSeconds (0: always).
  // With wait=true the answer comes after the rebuild; otherwise the rebuild runs in the background (it
  // takes minutes at millions of decisions) and the answer says as of when the current counts are. The
  // first rebuild is always waited for. Readers keep the previous data during a rebuild.
  router.post('/quality/refresh', async (req, res) => {
    const { maxAgeSeconds, wait } = RefreshQuerySchema.parse(req.query);
    const last = await withStore('quality refresh', () => lastQualityRefresh(deps.store.db));
    if (last && Date.now() - Date.parse(last.refreshedAt) <= maxAgeSeconds * 1000) {
      res.json({ asOf: last, refreshing: false });
      return;
    }
    const rebuild = refreshQualityViews(deps.store.db);
    if (!last || wait) {
      res.json({ asOf: await withStore('quality refresh', () => rebuild), refreshing: false });
      return;
    }
    rebuild.catch((err: Error) => deps.logger.warn({ err: err.name }, 'quality views refresh failed'));
    res.json({ asOf: last, refreshing: true });
  });
  router.get('/quality/metrics', async (req, res) => {
    const { by, ...filter } = MetricsQuerySchema.parse(req.query);
    res.json({ by, filter, rows: await withStore('quality metrics', () => metricsBy(deps.store.db, by, filter)) });
  });
  router.get('/quality/alerts', async (req, res) => {
    const q = AlertsQuerySchema.parse(req.query);
    const alerts = await withStore('change detection', () => detectChanges(deps.store.db, q));
    res.json({
      ...q,
      method: `Per service and model version, the last ${q.recentDays} days against the ${q.baselineDays} days before: suggestions shown by a one-sided exact Poisson test at the baseline's daily rate; acceptance among shown and override among decided by a pooled two-proportion z-test (at least 30 in each window). Flagged when p < ${ALERT_P}.`,
      alerts,
    });
  });
  router.get('/quality/clinician-first', async (req, res) => {
    const { from, to, modelVersion } = QualityFilterSchema.parse(req.query);
    res.json({ agreement: await withStore('clinician-first agreement', () => clinicianFirstAgreement(deps.store.db, { from, to, modelVersion })) });
  });
  router.get('/quality/override-reasons', async (req, res) => {
    const filter = QualityFilterSchema.parse(req.query);
    const rows = await withStore('override reasons', () => overrideReasons(deps.store.db, filter));
    res.json({ filter, rows: rows.map((r) => ({ ...r, hl7_reason: hl7ReasonFor(r.system ?? null, r.reason) ?? null })) });
  });
  router.get('/quality/missed', async (req, res) => {
    const filter = QualityFilterSchema.parse(req.query);
    const rows = await withStore('missed diagnoses', () => missedDiagnoses(deps.store.db, filter));
    // Scrubbing can make two free texts equal: count them together.
    const merged = new Map<string, { conditionId: string | null; freeText: string | null; count: number }>();
    for (const r of rows) {
      const freeText = r.freeText === null ? null : scrubIdentifiers(r.freeText);
      const key = `${r.conditionId ?? ''}|${freeText ?? ''}`;
      const seen = merged.get(key);
      merged.set(key, { conditionId: r.conditionId, freeText, count: (seen?.count ?? 0) + r.count });
    }
    res.json({ filter, rows: [...merged.values()].sort((a, b) => b.count - a.count) });
  });
  router.get('/quality/comments', async (req, res) => {
    const { q, limit, ...filter } = CommentsQuerySchema.parse(req.query);
    // Filtering by text happens after scrubbing (so a search cannot probe for a removed name).
    const rows = await withStore('comments', () => commentRows(deps.store.db, filter, q ? 5000 : limit));
    const needle = q?.toLowerCase();
    const comments = rows
      .map((r) => ({ suggestionId: r.suggestion_id, week: r.week_shown, conditionId: r.condition_id, outcome: r.final_outcome, reasonCode: r.reason_code, service: r.service, comment: scrubIdentifiers(r.comment as string) }))
      .filter((c) => !needle || c.comment.toLowerCase().includes(needle))
      .map((c) => ({ ...c, negative: isNegative(c.comment) }))
      .sort((a, b) => Number(b.negative) - Number(a.negative) || b.week.localeCompare(a.week))
      .slice(0, limit);
    res.json({ filter, comments });
  });
  router.get('/quality/export.csv', async (req, res) => {
    const { limit, ...filter } = ExportQuerySchema.parse(req.query);
    const rows = await withStore('export', () => exportRows(deps.store.db, filter, limit));
    const columns = Object.keys(EXPORT_DICTIONARY) as (keyof ExportRow)[];
    res
      .type('text/csv; charset=utf-8')
      .attachment('ddx-quality-export.csv')
      .send(toCsv(columns, rows.map((r) => ({ ...r, comment: r.comment ? scrubIdentifiers(r.comment) : null }))));
  });
  router.get('/quality/export-dictionary.csv', (_req, res) => {
    res
      .type('text/csv; charset=utf-8')
      .attachment('ddx-quality-export-dictionary.csv')
      .send(toCsv(['column', 'meaning'], Object.entries(EXPORT_DICTIONARY).map(([column, meaning]) => ({ column, meaning }))));
  });
  router.get('/quality/decisions', async (req, res) => {
    const q = DecisionsQuerySchema.parse(req.query);
    const rows = await withStore('quality decisions', () => deps.store.listQualityDecisions({ source: q.source, limit: q.limit }));
    res.json({
      decisions: rows.map((r) => ({
        ...r,
        comment: r.comment === null ? null : scrubIdentifiers(r.comment),
        free_text_diagnosis: r.free_text_diagnosis === null ? null : scrubIdentifiers(r.free_text_diagnosis),
        hl7_reason: hl7ReasonFor(r.reason_system, r.reason_code) ?? null,
      })),
    });
  });
  return router;
}

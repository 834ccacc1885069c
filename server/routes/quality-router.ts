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
 * - GET /quality/activity: workspace sets, finding edits, write-backs, clinician-first skips
 * - GET /quality/outcomes: suggestions later confirmed or refuted in the chart, by final decision
 * - GET /quality/alerts?asOf=&recentDays=&baselineDays=: change detection (server/quality/change-detection.ts)
 * - GET /quality/export.csv: one de-identified row per shown suggestion (same filters), and
 *   /quality/export-dictionary.csv: what each column means
 * - GET|POST /quality/$export (Prefer: respond-async), GET|DELETE /quality/$export-status/{id},
 *   GET /quality/$export-file/{id}/{n}.ndjson: the same rows as de-identified FHIR GuidanceResponse NDJSON
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
  activity,
  languageModelUse,
  decisionsBySource,
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
import { BulkExports } from '../quality/bulk-export';
import { outcomeMetrics } from '../quality/outcomes';
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
const BulkExportQuerySchema = z.strictObject({
  _outputFormat: z.enum(['application/fhir+ndjson', 'application/ndjson', 'ndjson']).optional(),
  _type: z.literal('GuidanceResponse').optional(),
  /** Only suggestions shown on or after this date (Bulk Data `_since`, here a date or an instant). */
  _since: z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'an ISO date or instant').optional(),
  to: QualityFilterSchema.shape.to,
  service: QualityFilterSchema.shape.service,
  modelVersion: QualityFilterSchema.shape.modelVersion,
  surface: QualityFilterSchema.shape.surface,
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
  const bulk = new BulkExports();
  const ownerOf = (res: Parameters<RequestHandler>[1]): string => {
    const caller = callerOf(res);
    return deps.store.pseudonymise(caller.fhirServer, caller.fhirUser);
  };
  const baseUrl = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}`;
  const reviewerOnly: RequestHandler = (req: Request, res, next) => {
    const caller = callerOf(res);
    const actor = deps.store.pseudonymise(caller.fhirServer, caller.fhirUser);
    if (directory.get(caller.fhirUser, caller.fhirServer).role !== 'quality-reviewer') {
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
  router.get('/quality/activity', async (req, res) => {
    const { from, to, modelVersion } = QualityFilterSchema.parse(req.query);
    res.json({ activity: await withStore('activity', () => activity(deps.store.db, { from, to, modelVersion })) });
  });
  router.get('/quality/language-model', async (req, res) => {
    const { from, to, modelVersion } = QualityFilterSchema.parse(req.query);
    const [languageModel, bySource] = await withStore('language model use', () =>
      Promise.all([languageModelUse(deps.store.db, { from, to, modelVersion }), decisionsBySource(deps.store.db, { from, to, modelVersion })]),
    );
    res.json({ languageModel, bySource });
  });
  router.get('/quality/outcomes', async (req, res) => {
    const { from, to, modelVersion, surface } = QualityFilterSchema.parse(req.query);
    res.json({ outcomes: await withStore('outcomes', () => outcomeMetrics(deps.store.db, { from, to, modelVersion, surface })) });
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
  // FHIR Bulk Data-style asynchronous export (server/quality/bulk-export.ts).
  router.get('/quality/$export', (req, res) => kickOff(req, res));
  router.post('/quality/$export', (req, res) => kickOff(req, res));
  function kickOff(req: Request, res: Parameters<RequestHandler>[1]): void {
    if (!/respond-async/i.test(req.get('prefer') ?? '')) {
      throw new HttpError(400, 'invalid_request', 'A bulk export is asynchronous: send the header "Prefer: respond-async"');
    }
    const q = BulkExportQuerySchema.parse(req.query);
    let job;
    try {
      job = bulk.start(deps.store.db, ownerOf(res), `${baseUrl(req)}${req.url}`, { from: q._since?.slice(0, 10), to: q.to, service: q.service, modelVersion: q.modelVersion, surface: q.surface });
    } catch {
      throw new HttpError(429, 'too_many_requests', 'Too many export jobs are running or kept; try again later or delete finished ones');
    }
    res.status(202).setHeader('Content-Location', `${baseUrl(req)}/quality/$export-status/${job.id}`).json({ status: 'accepted' });
  }
  router.get('/quality/$export-status/:id', (req, res) => {
    const job = bulk.get(String(req.params.id), ownerOf(res));
    if (!job) {
      throw new HttpError(404, 'not_found', 'No export job with this id (it may have expired after an hour)');
    }
    if (job.status === 'running') {
      res.status(202).setHeader('X-Progress', 'reading the decision store').setHeader('Retry-After', '1').end();
      return;
    }
    if (job.status === 'failed') {
      res.status(500).type('application/fhir+json').json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: `export failed (${job.error ?? 'error'})` }] });
      return;
    }
    res.json({
      transactionTime: job.transactionTime,
      request: job.request,
      requiresAccessToken: true,
      output: job.files.map((_f, i) => ({ type: 'GuidanceResponse', url: `${baseUrl(req)}/quality/$export-file/${job.id}/${i + 1}.ndjson`, count: job.counts[i] })),
      error: [],
    });
  });
  router.delete('/quality/$export-status/:id', (req, res) => {
    if (!bulk.delete(String(req.params.id), ownerOf(res))) {
      throw new HttpError(404, 'not_found', 'No export job with this id');
    }
    res.status(202).end();
  });
  router.get('/quality/$export-file/:id/:file', (req, res) => {
    const job = bulk.get(String(req.params.id), ownerOf(res));
    const n = /^(\d+)\.ndjson$/.exec(String(req.params.file));
    const content = job && job.status === 'done' && n ? job.files[Number(n[1]) - 1] : undefined;
    if (content === undefined) {
      throw new HttpError(404, 'not_found', 'No such export file');
    }
    res.type('application/fhir+ndjson').send(content);
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

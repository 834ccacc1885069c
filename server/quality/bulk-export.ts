/**
 * FHIR Bulk Data–style asynchronous export of the quality data (issue 13, item 9), following the
 * Bulk Data Access IG's async pattern: kick-off with `Prefer: respond-async` answers 202 with a
 * Content-Location to poll; polling answers 202 (with X-Progress) until the files are ready, then 200
 * with a manifest; the files are `application/fhir+ndjson`; DELETE cancels and removes the job.
 *
 * Each shown suggestion becomes one de-identified FHIR R4 `GuidanceResponse` (the outcome of a decision
 * support module): the service as `moduleUri`, the suggested diagnosis as `reasonCode`, the week it was
 * shown as `occurrenceDateTime` (a date, coarsened to the Monday of the week), and in extensions the
 * final outcome, rank, probability, band, model and knowledge version, care setting and patient
 * subgroup; a scrubbed comment as `note`. No subject, no performer, no identifiers.
 *
 * Jobs live in this process's memory for an hour and belong to the reviewer who started them.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../store/database';
import { exportRows, type ExportRow, type QualityFilter } from './metrics';
import { scrubIdentifiers } from './scrub';

export const EXTENSION_BASE = 'https://ddx-cds.example.org/fhir/StructureDefinition/quality-';
const JOB_TTL_MS = 60 * 60 * 1000;
const MAX_JOBS = 20;
/** Resources per NDJSON file. */
const FILE_SIZE = 50_000;

export interface ExportJob {
  readonly id: string;
  readonly owner: string;
  readonly request: string;
  readonly started: number;
  status: 'running' | 'done' | 'failed';
  transactionTime?: string;
  files: string[];
  counts: number[];
  error?: string;
}

/** One shown suggestion as a de-identified GuidanceResponse. */
export function toGuidanceResponse(row: ExportRow): Record<string, unknown> {
  const ext = (name: string, value: Record<string, unknown>): Record<string, unknown> => ({ url: `${EXTENSION_BASE}${name}`, ...value });
  return {
    resourceType: 'GuidanceResponse',
    id: row.suggestion_id,
    moduleUri: `urn:ddx-cds:service:${row.service}`,
    status: 'success',
    occurrenceDateTime: row.week_shown,
    reasonCode: [{ coding: [{ system: 'urn:ddx-cds:condition', code: row.condition_id }], text: row.condition_id }],
    extension: [
      ext('final-outcome', { valueCode: row.final_outcome }),
      ext('rank', { valueInteger: row.rank }),
      ext('probability', { valueDecimal: Math.round(row.probability * 10000) / 10000 }),
      ext('band', { valueCode: row.band }),
      ext('cant-miss', { valueBoolean: row.cant_miss }),
      ext('surface', { valueCode: row.surface }),
      ext('hook', { valueCode: row.hook }),
      ext('model-version', { valueString: row.model_version }),
      ext('knowledge-version', { valueString: row.knowledge_version }),
      ext('setting', { valueCode: row.setting }),
      ext('clinician-pseudonym', { valueString: row.clinician_pseudonym }),
      ext('age-band', { valueString: row.age_band }),
      ext('sex', { valueString: row.sex }),
      ext('race', { valueString: row.race }),
      ext('ethnicity', { valueString: row.ethnicity }),
      ext('language', { valueString: row.language }),
      ...(row.minutes_to_decision === null ? [] : [ext('minutes-to-decision', { valueDecimal: row.minutes_to_decision })]),
      ...(row.reason_code ? [ext('override-reason', { valueCoding: { system: row.reason_system ?? undefined, code: row.reason_code } })] : []),
    ],
    ...(row.comment ? { note: [{ text: scrubIdentifiers(row.comment) }] } : {}),
  };
}

/** The in-memory job registry of one process. */
export class BulkExports {
  private readonly jobs = new Map<string, ExportJob>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts a job (the rows are read and written in the background). */
  start(db: Database, owner: string, request: string, filter: QualityFilter): ExportJob {
    this.expire();
    if (this.jobs.size >= MAX_JOBS) {
      throw new Error('too many export jobs');
    }
    const job: ExportJob = { id: randomUUID(), owner, request, started: this.now(), status: 'running', files: [], counts: [] };
    this.jobs.set(job.id, job);
    void (async () => {
      try {
        const transactionTime = new Date(this.now()).toISOString();
        const rows = await exportRows(db, filter, 1_000_000);
        if (!this.jobs.has(job.id)) {
          return; // cancelled
        }
        for (let i = 0; i < rows.length || i === 0; i += FILE_SIZE) {
          const chunk = rows.slice(i, i + FILE_SIZE);
          job.files.push(chunk.map((r) => JSON.stringify(toGuidanceResponse(r))).join('\n') + (chunk.length ? '\n' : ''));
          job.counts.push(chunk.length);
          if (rows.length === 0) {
            break;
          }
        }
        job.transactionTime = transactionTime;
        job.status = 'done';
      } catch (err) {
        job.status = 'failed';
        job.error = (err as Error).name;
      }
    })();
    return job;
  }

  /** The caller's job, or undefined (another reviewer's job is not found either). */
  get(id: string, owner: string): ExportJob | undefined {
    this.expire();
    const job = this.jobs.get(id);
    return job && job.owner === owner ? job : undefined;
  }

  delete(id: string, owner: string): boolean {
    const job = this.get(id, owner);
    return job ? this.jobs.delete(id) : false;
  }

  private expire(): void {
    for (const [id, job] of this.jobs) {
      if (this.now() - job.started > JOB_TTL_MS) {
        this.jobs.delete(id);
      }
    }
  }
}

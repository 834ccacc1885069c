/**
 * Outcome linkage (issue 13, item 5). When a patient's chart is read again (the clinician opens the app
 * for them), the diagnoses it records are compared with what the AI suggested for that patient earlier:
 * a Condition recorded after a suggestion was shown confirms it; one whose verification status is
 * refuted or entered-in-error refutes it. The link is stored (append-only) and the quality dashboard
 * shows the real-world accuracy that override counts alone cannot: "suggested, rejected, later
 * confirmed" and "accepted, later refuted".
 *
 * A Condition written back by this app (the acceptance itself) is not a confirmation and is ignored; so
 * are provisional, differential and unconfirmed diagnoses.
 */
import type { Condition, Provenance, Resource } from '@medplum/fhirtypes';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { Database } from '../store/database';
import type { Store } from '../store/store';
import { CODE_SYSTEMS } from '../knowledge/schema';
import { filterConditions, rate, type QualityFilter, type Rate } from './metrics';

/** The write-back's Condition note and Provenance device (client/fhir/write-back.ts). */
const WRITE_BACK_NOTE = 'Accepted by the clinician from an AI-suggested differential';
const MODEL_IDENTIFIER_SYSTEM = 'https://ddx-cds.example.org/fhir/NamingSystem/model';

export interface ChartDiagnosis {
  readonly conditionId: string;
  readonly kind: 'confirmed' | 'refuted';
  /** When the chart recorded it (recordedDate, else onset, else last update). */
  readonly recordedAt: string | undefined;
}

const codeMaps = new WeakMap<KnowledgeBase, Map<string, string[]>>();

function codeMap(kb: KnowledgeBase): Map<string, string[]> {
  let map = codeMaps.get(kb);
  if (!map) {
    map = new Map();
    for (const c of kb.conditions.values()) {
      for (const code of c.codes.snomed) map.set(`${CODE_SYSTEMS.snomed}|${code}`, [...(map.get(`${CODE_SYSTEMS.snomed}|${code}`) ?? []), c.id]);
      for (const code of c.codes.icd10cm) map.set(`${CODE_SYSTEMS.icd10cm}|${code}`, [...(map.get(`${CODE_SYSTEMS.icd10cm}|${code}`) ?? []), c.id]);
    }
    codeMaps.set(kb, map);
  }
  return map;
}

/**
 * @param kb - the knowledge base (its condition codes)
 * @param resources - the chart
 * @returns the knowledge-base diagnoses the chart records as confirmed or refuted
 */
export function chartDiagnoses(kb: KnowledgeBase, resources: readonly Resource[]): ChartDiagnosis[] {
  const map = codeMap(kb);
  const writtenBack = new Set(
    resources
      .filter((r): r is Provenance => r.resourceType === 'Provenance')
      .filter((p) => p.agent?.some((a) => a.who?.identifier?.system === MODEL_IDENTIFIER_SYSTEM))
      .flatMap((p) => (p.target ?? []).map((t) => t.reference ?? '')),
  );
  const out = new Map<string, ChartDiagnosis>();
  for (const r of resources) {
    if (r.resourceType !== 'Condition') {
      continue;
    }
    const c = r as Condition;
    if (writtenBack.has(`Condition/${c.id ?? ''}`) || c.note?.some((n) => n.text?.startsWith(WRITE_BACK_NOTE))) {
      continue;
    }
    const status = c.verificationStatus?.coding?.[0]?.code;
    const kind = status === 'refuted' || status === 'entered-in-error' ? 'refuted' : status === undefined || status === 'confirmed' ? 'confirmed' : undefined;
    if (!kind) {
      continue;
    }
    const recordedAt = c.recordedDate ?? c.onsetDateTime ?? c.meta?.lastUpdated;
    for (const coding of c.code?.coding ?? []) {
      for (const conditionId of map.get(`${coding.system ?? ''}|${coding.code ?? ''}`) ?? []) {
        const key = `${conditionId}|${kind}`;
        const seen = out.get(key);
        // The earliest record counts.
        if (!seen || (recordedAt && (!seen.recordedAt || recordedAt < seen.recordedAt))) {
          out.set(key, { conditionId, kind, recordedAt });
        }
      }
    }
  }
  return [...out.values()];
}

/**
 * Links earlier suggestions for this patient to what the chart now records.
 * @returns how many new links were stored
 */
export async function linkOutcomes(store: Store, fhirServer: string, patientRef: string, diagnoses: readonly ChartDiagnosis[], source: 'chart' | 'sandbox' = 'chart'): Promise<number> {
  const usable = diagnoses.filter((d) => d.kind === 'refuted' || (d.recordedAt && !Number.isNaN(Date.parse(d.recordedAt))));
  if (usable.length === 0) {
    return 0;
  }
  const rows = (
    await store.db.query<{ id: string }>(
      `WITH c AS (SELECT * FROM unnest($3::text[], $4::text[], $5::timestamptz[]) AS t(condition_id, kind, recorded_at)),
            hits AS (
              SELECT s.id AS suggestion_id, c.condition_id, c.kind, c.recorded_at
              FROM suggestion_sets ss
              JOIN suggestions s ON s.set_id = ss.id
              JOIN c ON c.condition_id = s.condition_id
              WHERE ss.fhir_server = $1 AND ss.patient_pseudonym = $2
                AND (c.kind = 'refuted' OR c.recorded_at > ss.created_at)
            )
       INSERT INTO outcomes (id, suggestion_id, condition_id, kind, recorded_at, source)
       SELECT gen_random_uuid(), hits.suggestion_id, hits.condition_id, hits.kind, hits.recorded_at, $6
       FROM hits
       ON CONFLICT (suggestion_id, kind) DO NOTHING
       RETURNING id`,
      [
        fhirServer,
        store.pseudonymise(fhirServer, patientRef),
        usable.map((d) => d.conditionId),
        usable.map((d) => d.kind),
        usable.map((d) => (d.recordedAt && !Number.isNaN(Date.parse(d.recordedAt)) ? new Date(d.recordedAt).toISOString() : null)),
        source,
      ],
    )
  ).rows;
  return rows.length;
}

export interface OutcomeMetrics {
  /** Overridden (rejected) suggestions later confirmed in the chart: the AI was right, the override wrong. */
  readonly overriddenLaterConfirmed: Rate;
  /** Ignored suggestions later confirmed. */
  readonly ignoredLaterConfirmed: Rate;
  /** Accepted suggestions later confirmed by an independent chart entry. */
  readonly acceptedLaterConfirmed: Rate;
  /** Accepted suggestions later refuted. */
  readonly acceptedLaterRefuted: Rate;
}


/** Outcome rates by final decision (denominators: shown suggestions with that final decision, as of the last refresh). */
export async function outcomeMetrics(db: Database, filter: Pick<QualityFilter, 'from' | 'to' | 'modelVersion' | 'surface'> = {}): Promise<OutcomeMetrics> {
  const params: unknown[] = [];
  const where = filterConditions(filter, params, { time: 'f.shown_at', modelVersion: 'f.model_version', surface: 'f.surface' });
  const rows = (
    await db.query<{ outcome: string; n: number; confirmed: number; refuted: number }>(
      `SELECT f.outcome, count(*)::int AS n,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcomes o WHERE o.suggestion_id = f.id AND o.kind = 'confirmed'))::int AS confirmed,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM outcomes o WHERE o.suggestion_id = f.id AND o.kind = 'refuted'))::int AS refuted
       FROM quality_facts f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY f.outcome`,
      params,
    )
  ).rows;
  const by = (o: string): { n: number; confirmed: number; refuted: number } => rows.find((r) => r.outcome === o) ?? { n: 0, confirmed: 0, refuted: 0 };
  return {
    overriddenLaterConfirmed: rate(by('overridden').confirmed, by('overridden').n),
    ignoredLaterConfirmed: rate(by('ignored').confirmed, by('ignored').n),
    acceptedLaterConfirmed: rate(by('accepted').confirmed, by('accepted').n),
    acceptedLaterRefuted: rate(by('accepted').refuted, by('accepted').n),
  };
}

/**
 * The store of record for what the AI showed and what clinicians decided. Append-only and
 * idempotent: a retried request with the same idempotency key returns the first record instead of
 * creating a second one. Identifiers of patients and users are stored pseudonymised.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { Database } from './database';
import { migrate } from './migrate';

export interface SuggestionInput {
  conditionId: string;
  rank: number;
  probability: number;
  band: string;
  cantMiss: boolean;
  cardUuid?: string;
}

export interface SuggestionSetInput {
  idempotencyKey: string;
  surface: 'app' | 'cds-hooks';
  fhirServer: string;
  patientRef: string;
  encounterRef?: string;
  userRef: string;
  hookInstance?: string;
  modelId: string;
  modelVersion: string;
  knowledgeVersion: string;
  knowledgeHash: string;
  inputHash: string;
  setting: string;
  findings: unknown;
  output: unknown;
  /** Age band, sex, race, ethnicity, language: for fairness monitoring; never names or dates. */
  subgroup?: Record<string, string>;
  /** The clinician's part of an app request (finding changes, problems given, includeChild): restored on relaunch. */
  request?: WorkspaceRequest;
  suggestions: SuggestionInput[];
}

/** The clinician's part of an app differential request, as stored with its suggestion set. */
export interface WorkspaceRequest {
  overrides: { findingId: string; state: 'present' | 'absent' | 'removed' }[];
  problems: string[];
  includeChild: boolean;
}

/** What a relaunch restores for one user, patient and encounter (issue 15, item 4). */
export interface WorkspaceState {
  /** The latest app suggestion set of this user for the patient and encounter, with the request it answered. */
  latest?: { setId: string; inputHash: string; knowledgeVersion: string; createdAt: string; request: WorkspaceRequest | null };
  /** This user's decisions on those sets, oldest first, each with the input hash of the set it was made on. */
  decisions: (DecisionRow & { set_input_hash: string; set_knowledge_version: string })[];
  /** Workspace events on those sets (write-backs with the Condition written, retractions, withdrawn missed diagnoses). */
  events: { kind: string; condition_id: string | null; detail: Record<string, unknown>; created_at: string; set_id: string }[];
}

export interface StoredSet {
  setId: string;
  duplicate: boolean;
  suggestions: { id: string; conditionId: string; cardUuid: string | null }[];
}

export const DECISION_OUTCOMES = ['accepted', 'rejected', 'added-missed', 'patient-disputes', 'clinician-differential', 'overridden'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface DecisionInput {
  idempotencyKey: string;
  setId?: string;
  suggestionId?: string;
  conditionId?: string;
  freeTextDiagnosis?: string;
  userRef: string;
  fhirServer: string;
  outcome: DecisionOutcome;
  reasonCode?: string;
  reasonSystem?: string;
  comment?: string;
  clinicianDifferential?: unknown;
  source: 'app' | 'cds-feedback';
  outcomeTimestamp?: string;
  supersedes?: string;
  cardUuid?: string;
  unknownCard?: boolean;
  /** CDS feedback: the accepted suggestion uuids. */
  acceptedSuggestions?: string[];
  /** CDS feedback: the service the card came from. */
  serviceId?: string;
  /** When the user is known only as a pseudonym (CDS feedback carries no user): used instead of userRef. */
  userPseudonym?: string;
  /**
   * A decision on a line only the language model suggested (issue 18): the line's key in the set's
   * `llm-suggestions` event ({@link Store.findLlmLine}); its source is then `llm-only`.
   */
  llmLine?: string;
}

export interface CardRecord {
  uuid: string;
  setId: string;
  serviceId: string;
  hook: string;
  kind: string;
  conditionIds: string[];
  suggestionUuids: string[];
  summary: string;
  indicator: string;
  /** The CDS client (JWT issuer) the card was returned to; only it may send feedback on the card. */
  clientIss?: string;
}

export interface QualityDecisionRow {
  id: string;
  created_at: string;
  source: string;
  outcome: string;
  reason_code: string | null;
  reason_system: string | null;
  comment: string | null;
  user_pseudonym: string;
  condition_id: string | null;
  free_text_diagnosis: string | null;
  card_uuid: string | null;
  unknown_card: boolean;
  /** CDS feedback: the suggestion uuids the clinician accepted (null for other decisions). */
  accepted_suggestions: string[] | null;
  /** When the clinician acted, as the CDS client reported it (null for app decisions). */
  outcome_timestamp: string | null;
  service_id: string | null;
  card_kind: string | null;
  card_condition_ids: unknown;
  model_version: string | null;
  knowledge_version: string | null;
  subgroup: unknown;
}

/** What a CDS hook call showed: the suggestion set and its cards. */
export interface ShownInput {
  set: SuggestionSetInput;
  cards: readonly Omit<CardRecord, 'setId'>[];
}

/** A shown item ready for the database: the set row (pseudonymised), its suggestions and cards, keyed by idempotency key. */
export interface PreparedShown {
  key: string;
  set: Record<string, unknown>;
  suggestions: Record<string, unknown>[];
  cards: Record<string, unknown>[];
}

export interface StoredCard extends CardRecord {
  userPseudonym: string;
}

export interface StoredDecision {
  id: string;
  duplicate: boolean;
}

export interface DecisionRow {
  id: string;
  created_at: string;
  set_id: string | null;
  suggestion_id: string | null;
  condition_id: string | null;
  free_text_diagnosis: string | null;
  user_pseudonym: string;
  outcome: DecisionOutcome;
  reason_code: string | null;
  reason_system: string | null;
  comment: string | null;
  source: string;
  supersedes: string | null;
  card_uuid: string | null;
  unknown_card: boolean;
  clinician_differential: unknown;
  /** `engine`, `both` (the language model had also suggested it) or `llm-only`; null for decisions that answer no line. */
  suggestion_source: 'engine' | 'both' | 'llm-only' | null;
  llm_line: string | null;
}

/** The identifying columns of a stored suggestion set (pseudonymised), for authorising reads and decisions. */
export interface SuggestionSetHeader {
  id: string;
  fhirServer: string;
  patientPseudonym: string;
  userPseudonym: string;
  modelId: string;
  modelVersion: string;
  knowledgeVersion: string;
}

const SET_COLUMNS =
  '(id, idempotency_key, surface, fhir_server, patient_pseudonym, encounter_pseudonym, user_pseudonym, hook_instance, model_id, model_version, knowledge_version, knowledge_hash, input_hash, setting, findings, output, subgroup, request)';

const SET_COLUMN_COUNT = SET_COLUMNS.split(',').length;
const SET_COLUMN_NAMES = SET_COLUMNS.slice(1, -1).split(', ');

/**
 * What a CDS hook call showed, in one statement (issue 16, item 5): $1 the suggestion sets (rows of
 * suggestion_sets as JSON), $2 the suggestions of the sets inserted now (with their set's idempotency
 * key), $3 the cards (likewise). A set whose key exists already (a retry) is not inserted again; its cards
 * are linked to it, found by key on the unique index. Returns the id of every set of the batch, by key.
 * Sent as a statement, planned for its parameters each time: inside a PL/pgSQL function (tried and dropped
 * before release) the cached generic plan grew from 1 ms to 10-16 ms per call at 30,000 stored sets.
 */
const RECORD_SHOWN_SQL = `
WITH input_sets AS (
  SELECT * FROM jsonb_populate_recordset(NULL::suggestion_sets, $1::jsonb)
), new_sets AS (
  INSERT INTO suggestion_sets (id, idempotency_key, surface, fhir_server, patient_pseudonym, encounter_pseudonym, user_pseudonym, hook_instance, model_id, model_version, knowledge_version, knowledge_hash, input_hash, setting, findings, output, subgroup, request)
  SELECT i.id, i.idempotency_key, i.surface, i.fhir_server, i.patient_pseudonym, i.encounter_pseudonym, i.user_pseudonym, i.hook_instance, i.model_id, i.model_version, i.knowledge_version, i.knowledge_hash, i.input_hash, i.setting, i.findings, i.output, i.subgroup, i.request
  FROM input_sets i
  ON CONFLICT (idempotency_key) DO NOTHING
  RETURNING suggestion_sets.id, suggestion_sets.idempotency_key
), all_sets AS (
  SELECT n.id, n.idempotency_key FROM new_sets n
  UNION ALL
  SELECT s.id, s.idempotency_key FROM suggestion_sets s WHERE s.idempotency_key = ANY (ARRAY(SELECT i.idempotency_key FROM input_sets i))
), new_suggestions AS (
  INSERT INTO suggestions (id, set_id, condition_id, rank, probability, band, cant_miss, card_uuid)
  SELECT v.id, n.id, v.condition_id, v.rank, v.probability, v.band, v.cant_miss, v.card_uuid
  FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, set_key text, condition_id text, rank integer, probability double precision, band text, cant_miss boolean, card_uuid text)
  JOIN new_sets n ON n.idempotency_key = v.set_key
  RETURNING 1
), new_cards AS (
  INSERT INTO cds_cards (uuid, set_id, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator, client_iss)
  SELECT v.uuid, a.id, v.service_id, v.hook, v.kind, v.condition_ids, v.suggestion_uuids, v.summary, v.indicator, v.client_iss
  FROM jsonb_to_recordset($3::jsonb) AS v(uuid text, set_key text, service_id text, hook text, kind text, condition_ids jsonb, suggestion_uuids jsonb, summary text, indicator text, client_iss text)
  JOIN all_sets a ON a.idempotency_key = v.set_key
  RETURNING 1
)
SELECT a.id, a.idempotency_key FROM all_sets a`;

export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

/** One row of local monitoring: a subgroup value and its counts (see Store.monitoring). */
export interface MonitoringRow {
  readonly attribute: string;
  readonly value: string;
  readonly sets: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly overridden: number;
  readonly addedMissed: number;
  readonly first: string | null;
  readonly last: string | null;
}

export interface Store {
  readonly db: Database;
  pseudonymise(fhirServer: string, reference: string): string;
  recordSuggestionSet(input: SuggestionSetInput): Promise<StoredSet>;
  recordDecision(input: DecisionInput): Promise<StoredDecision>;
  listDecisions(filter?: { setId?: string; userRef?: { fhirServer: string; reference: string } }): Promise<DecisionRow[]>;
  /** The header of a suggestion set, or undefined when there is none with that id. */
  getSuggestionSet(setId: string): Promise<SuggestionSetHeader | undefined>;
  findSuggestionByCard(cardUuid: string): Promise<{ id: string; setId: string; conditionId: string } | undefined>;
  /** The suggestion a set stored for a diagnosis (at most one: a set names each diagnosis once). */
  findSuggestion(setId: string, conditionId: string): Promise<{ id: string } | undefined>;
  /** A line only the language model suggested on this set (from its `llm-suggestions` events), by key. */
  findLlmLine(setId: string, key: string): Promise<{ name: string; conditionId?: string } | undefined>;
  recordCards(cards: CardRecord[]): Promise<void>;
  /**
   * Local monitoring of one model version (HTI-1 group 8): per subgroup attribute and value, how many
   * suggestion sets were shown, and how many decisions of each outcome answered them, with the date range.
   */
  monitoring(modelVersion: string): Promise<MonitoringRow[]>;
  /** Decisions from both surfaces, newest first, with the card and service a CDS decision answers. */
  listQualityDecisions(filter: { source?: 'app' | 'cds-feedback'; limit: number }): Promise<QualityDecisionRow[]>;
  /**
   * Stores several suggestion sets with their cards in one transaction (group commit for CDS Hooks):
   * all or nothing. Sets whose idempotency key exists are reused.
   */
  recordShownBatch(items: readonly ShownInput[]): Promise<string[]>;
  /**
   * A shown item in the form it is stored (references pseudonymised, row ids drawn): what the CDS Hooks
   * journal holds (server/store/shown-journal.ts), so that no raw patient or user reference is written to disk.
   */
  prepareShown(item: ShownInput): PreparedShown;
  /** Stores prepared items as recordShownBatch does (one statement, all or nothing); the set id of each, in order. */
  applyShown(items: readonly PreparedShown[]): Promise<string[]>;
  /** Which of these card uuids are stored already (a journal replay skips items applied before a crash). */
  existingCards(uuids: readonly string[]): Promise<Set<string>>;
  findCard(uuid: string): Promise<StoredCard | undefined>;
  /**
   * Claims CDS client JWT ids (hashed `iss|jti` keys) until they expire, in one statement: true for a
   * key seen for the first time (or whose earlier claim has expired), false for a replay. A key given
   * twice in one call is a replay the second time.
   * @param now - seconds since the epoch (the verifier's clock)
   */
  claimJtis(claims: readonly { key: string; expiresAt: number }[], now: number): Promise<boolean[]>;
  /** Deletes claims that expired before `now` (seconds since the epoch); returns how many. */
  pruneJtis(now: number): Promise<number>;
  audit(kind: string, actorPseudonym: string | undefined, detail: Record<string, unknown>): Promise<void>;
  /**
   * Records a workspace event (a write-back, its retraction, a skipped clinician-first step); idempotent.
   * @returns true when stored now, false when the key was seen before
   */
  recordAppEvent(event: { idempotencyKey: string; setId: string; userPseudonym: string; kind: string; conditionId?: string; detail: Record<string, unknown> }): Promise<boolean>;
  /**
   * What a relaunch of the workspace restores for a user, patient and encounter: the latest app set with
   * its request, and the user's decisions and events on the app sets of that patient and encounter since
   * `since` (only sets without an encounter are matched when none is given).
   */
  workspaceState(query: { fhirServer: string; patientRef: string; encounterRef?: string; userRef: string; since: Date }): Promise<WorkspaceState>;
  close(): Promise<void>;
}

/**
 * Opens the store: applies migrations, then returns the operations.
 * @param db - an open database
 * @param pseudonymSecret - HMAC key for pseudonyms (keep it secret; rotating it unlinks old pseudonyms)
 * @returns the store
 */
export async function createStore(db: Database, pseudonymSecret: string): Promise<Store> {
  await migrate(db);
  const pseudonymise = (fhirServer: string, reference: string): string =>
    createHmac('sha256', pseudonymSecret).update(`${fhirServer.replace(/\/$/, '')}|${reference}`).digest('hex').slice(0, 24);

  /** The row values of a suggestion set, in SET_COLUMNS order; references are stored as pseudonyms. */
  function setRowValues(id: string, set: SuggestionSetInput): unknown[] {
    return [
      id,
      set.idempotencyKey,
      set.surface,
      set.fhirServer,
      pseudonymise(set.fhirServer, set.patientRef),
      set.encounterRef ? pseudonymise(set.fhirServer, set.encounterRef) : null,
      pseudonymise(set.fhirServer, set.userRef),
      set.hookInstance ?? null,
      set.modelId,
      set.modelVersion,
      set.knowledgeVersion,
      set.knowledgeHash,
      set.inputHash,
      set.setting,
      JSON.stringify(set.findings),
      JSON.stringify(set.output),
      JSON.stringify(set.subgroup ?? {}),
      set.request ? JSON.stringify(set.request) : null,
    ];
  }

  function prepareShown({ set, cards: shown }: ShownInput): PreparedShown {
    const key = set.idempotencyKey;
    const values = setRowValues(randomUUID(), set);
    // The JSON columns go in as JSON (setRowValues gives them as text, for a text parameter).
    const json: Record<string, unknown> = { findings: set.findings, output: set.output, subgroup: set.subgroup ?? {}, request: set.request ?? null };
    return {
      key,
      set: Object.fromEntries(SET_COLUMN_NAMES.map((c, k) => [c, c in json ? json[c] : values[k]])),
      suggestions: set.suggestions.map((x) => ({ id: randomUUID(), set_key: key, condition_id: x.conditionId, rank: x.rank, probability: x.probability, band: x.band, cant_miss: x.cantMiss, card_uuid: x.cardUuid ?? null })),
      cards: shown.map((c) => ({ uuid: c.uuid, set_key: key, service_id: c.serviceId, hook: c.hook, kind: c.kind, condition_ids: c.conditionIds, suggestion_uuids: c.suggestionUuids, summary: c.summary, indicator: c.indicator, client_iss: c.clientIss ?? null })),
    };
  }

  async function applyShown(items: readonly PreparedShown[]): Promise<string[]> {
    if (items.length === 0) {
      return [];
    }
    // One statement for the whole batch (RECORD_SHOWN_SQL): the sets, their suggestions and the cards go
    // in as three JSON parameters, so the embedded store does one round trip instead of BEGIN, three
    // INSERTs and COMMIT. It is atomic, so a failed batch leaves nothing behind and the group commit can
    // run its items alone.
    const sets = new Map<string, Record<string, unknown>>();
    const suggestions: Record<string, unknown>[] = [];
    const cards: Record<string, unknown>[] = [];
    for (const item of items) {
      if (!sets.has(item.key)) {
        // A key twice in one batch (a retry racing its original) is one set: the first item's suggestions.
        sets.set(item.key, item.set);
        suggestions.push(...item.suggestions);
      }
      cards.push(...item.cards);
    }
    const run = async (setRows: Record<string, unknown>[], sugRows: Record<string, unknown>[], cardRows: Record<string, unknown>[]): Promise<Map<string, string>> => {
      const rows = (await db.query<{ id: string; idempotency_key: string }>(RECORD_SHOWN_SQL, [JSON.stringify(setRows), JSON.stringify(sugRows), JSON.stringify(cardRows)])).rows;
      return new Map(rows.map((r) => [r.idempotency_key, r.id]));
    };
    const byKey = await run([...sets.values()], suggestions, cards);
    // On PostgreSQL a concurrent call can commit the same key after this statement's snapshot: its
    // set is neither inserted nor seen. A second statement (a new snapshot) links those cards to it.
    const missing = [...sets.keys()].filter((k) => !byKey.has(k));
    if (missing.length > 0) {
      const again = await run(
        missing.map((k) => sets.get(k) as Record<string, unknown>),
        [],
        cards.filter((c) => missing.includes(c.set_key as string)),
      );
      again.forEach((id, k) => byKey.set(k, id));
    }
    return items.map((i) => {
      const id = byKey.get(i.key);
      if (id === undefined) {
        throw new StoreConflictError('the suggestion set could not be stored or found');
      }
      return id;
    });
  }

  async function findSet(key: string): Promise<StoredSet | undefined> {
    const set = (await db.query<{ id: string }>('SELECT id FROM suggestion_sets WHERE idempotency_key = $1', [key])).rows[0];
    if (!set) {
      return undefined;
    }
    const rows = (await db.query<{ id: string; condition_id: string; card_uuid: string | null }>('SELECT id, condition_id, card_uuid FROM suggestions WHERE set_id = $1 ORDER BY rank', [set.id])).rows;
    return { setId: set.id, duplicate: true, suggestions: rows.map((r) => ({ id: r.id, conditionId: r.condition_id, cardUuid: r.card_uuid })) };
  }

  return {
    db,
    pseudonymise,
    async recordSuggestionSet(input) {
      const setId = randomUUID();
      const suggestions = input.suggestions.map((s) => ({ ...s, id: randomUUID() }));
      const inserted = await db.transaction(async (tx) => {
        const rows = (
          await tx.query<{ id: string }>(
            `INSERT INTO suggestion_sets ${SET_COLUMNS}
             VALUES (${Array.from({ length: SET_COLUMN_COUNT }, (_, k) => `$${k + 1}`).join(',')})
             ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
            setRowValues(setId, input),
          )
        ).rows;
        if (rows.length === 0) {
          return false;
        }
        if (suggestions.length > 0) {
          // One multi-row insert: a round trip per row dominated the cost of a hook call.
          const values: unknown[] = [];
          const tuples = suggestions.map((s, i) => {
            values.push(s.id, setId, s.conditionId, s.rank, s.probability, s.band, s.cantMiss, s.cardUuid ?? null);
            const b = i * 8;
            return `($${b + 1},$${b + 2},$${b + 3},$${b + 4},$${b + 5},$${b + 6},$${b + 7},$${b + 8})`;
          });
          await tx.query(`INSERT INTO suggestions (id, set_id, condition_id, rank, probability, band, cant_miss, card_uuid) VALUES ${tuples.join(',')}`, values);
        }
        return true;
      });
      if (!inserted) {
        const existing = await findSet(input.idempotencyKey);
        if (!existing) {
          throw new StoreConflictError('suggestion set vanished after an idempotency conflict');
        }
        return existing;
      }
      return { setId, duplicate: false, suggestions: suggestions.map((s) => ({ id: s.id, conditionId: s.conditionId, cardUuid: s.cardUuid ?? null })) };
    },
    async recordDecision(input) {
      const prior = (await db.query<{ id: string }>('SELECT id FROM decisions WHERE idempotency_key = $1', [input.idempotencyKey])).rows[0];
      if (prior) {
        return { id: prior.id, duplicate: true };
      }
      // Where the line decided on came from (issue 18): the engine's line is `both` when the language model had
      // already suggested the same diagnosis on this set; a language-model-only line is named by its key.
      let suggestionSource: DecisionRow['suggestion_source'] = input.llmLine !== undefined ? 'llm-only' : null;
      if (input.suggestionId) {
        const s = (
          await db.query<{ set_id: string; also_llm: boolean }>(
            `SELECT s.set_id, EXISTS (
               SELECT 1 FROM app_events e, jsonb_array_elements(COALESCE(e.detail->'suggestions', '[]'::jsonb)) x
                WHERE e.set_id = s.set_id AND e.kind = 'llm-suggestions' AND x->>'source' = 'both' AND x->>'conditionId' = s.condition_id
             ) AS also_llm
             FROM suggestions s WHERE s.id = $1`,
            [input.suggestionId],
          )
        ).rows[0];
        if (!s || (input.setId && s.set_id !== input.setId)) {
          throw new StoreConflictError('the suggestion does not belong to that suggestion set');
        }
        suggestionSource = s.also_llm ? 'both' : 'engine';
      }
      // A clinician changing their mind on the same suggestion supersedes their earlier decision:
      // the history stays, and the latest decision names the one it replaces.
      let supersedes = input.supersedes;
      if (!supersedes && input.suggestionId && input.source === 'app') {
        const user = input.userPseudonym ?? pseudonymise(input.fhirServer, input.userRef);
        supersedes = (
          await db.query<{ id: string }>(
            "SELECT id FROM decisions WHERE suggestion_id = $1 AND user_pseudonym = $2 AND source = 'app' ORDER BY created_at DESC, id DESC LIMIT 1",
            [input.suggestionId, user],
          )
        ).rows[0]?.id;
      }
      if (!supersedes && input.llmLine !== undefined && input.setId && input.source === 'app') {
        const user = input.userPseudonym ?? pseudonymise(input.fhirServer, input.userRef);
        supersedes = (
          await db.query<{ id: string }>(
            "SELECT id FROM decisions WHERE set_id = $1 AND llm_line = $2 AND user_pseudonym = $3 AND source = 'app' ORDER BY created_at DESC, id DESC LIMIT 1",
            [input.setId, input.llmLine, user],
          )
        ).rows[0]?.id;
      }
      // CDS feedback on the same card from the same client (accepted, then overridden) supersedes the earlier
      // feedback when it is at or after it (outcomeTimestamp), so the record says which holds (issue 17).
      if (!supersedes && input.cardUuid && input.source === 'cds-feedback') {
        const user = input.userPseudonym ?? pseudonymise(input.fhirServer, input.userRef);
        const latest = (
          await db.query<{ id: string; outcome_timestamp: string | null }>(
            "SELECT id, outcome_timestamp FROM decisions WHERE card_uuid = $1 AND user_pseudonym = $2 AND source = 'cds-feedback' ORDER BY outcome_timestamp DESC NULLS LAST, created_at DESC, id DESC LIMIT 1",
            [input.cardUuid, user],
          )
        ).rows[0];
        const at = (t: string | null | undefined): number => (t ? new Date(t).getTime() : -Infinity);
        if (latest && at(input.outcomeTimestamp) >= at(latest.outcome_timestamp)) {
          supersedes = latest.id;
        }
      }
      const id = randomUUID();
      try {
        await db.query(
          `INSERT INTO decisions (id, idempotency_key, set_id, suggestion_id, condition_id, free_text_diagnosis, user_pseudonym, outcome, reason_code, reason_system,
             comment, clinician_differential, source, outcome_timestamp, supersedes, card_uuid, unknown_card, accepted_suggestions, service_id, suggestion_source, llm_line)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)`,
          [
            id,
            input.idempotencyKey,
            input.setId ?? null,
            input.suggestionId ?? null,
            input.conditionId ?? null,
            input.freeTextDiagnosis ?? null,
            input.userPseudonym ?? pseudonymise(input.fhirServer, input.userRef),
            input.outcome,
            input.reasonCode ?? null,
            input.reasonSystem ?? null,
            input.comment ?? null,
            input.clinicianDifferential === undefined ? null : JSON.stringify(input.clinicianDifferential),
            input.source,
            input.outcomeTimestamp ?? null,
            supersedes ?? null,
            input.cardUuid ?? null,
            input.unknownCard ?? false,
            input.acceptedSuggestions ? JSON.stringify(input.acceptedSuggestions) : null,
            input.serviceId ?? null,
            suggestionSource,
            input.llmLine ?? null,
          ],
        );
      } catch (err) {
        const again = (await db.query<{ id: string }>('SELECT id FROM decisions WHERE idempotency_key = $1', [input.idempotencyKey])).rows[0];
        if (again) {
          return { id: again.id, duplicate: true };
        }
        throw err;
      }
      return { id, duplicate: false };
    },
    async listDecisions(filter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.setId) {
        params.push(filter.setId);
        where.push(`set_id = $${params.length}`);
      }
      if (filter.userRef) {
        params.push(pseudonymise(filter.userRef.fhirServer, filter.userRef.reference));
        where.push(`user_pseudonym = $${params.length}`);
      }
      const sql = `SELECT id, created_at, set_id, suggestion_id, condition_id, free_text_diagnosis, user_pseudonym, outcome, reason_code, reason_system, comment, source, supersedes, card_uuid, unknown_card, clinician_differential,
                          suggestion_source, llm_line
                   FROM decisions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
      return (await db.query<DecisionRow>(sql, params)).rows;
    },
    async getSuggestionSet(setId) {
      const row = (
        await db.query<Record<string, string>>(
          'SELECT id, fhir_server, patient_pseudonym, user_pseudonym, model_id, model_version, knowledge_version FROM suggestion_sets WHERE id = $1',
          [setId],
        )
      ).rows[0];
      return row
        ? {
            id: row.id,
            fhirServer: row.fhir_server,
            patientPseudonym: row.patient_pseudonym,
            userPseudonym: row.user_pseudonym,
            modelId: row.model_id,
            modelVersion: row.model_version,
            knowledgeVersion: row.knowledge_version,
          }
        : undefined;
    },
    async findSuggestionByCard(cardUuid) {
      const row = (await db.query<{ id: string; set_id: string; condition_id: string }>('SELECT id, set_id, condition_id FROM suggestions WHERE card_uuid = $1', [cardUuid])).rows[0];
      return row ? { id: row.id, setId: row.set_id, conditionId: row.condition_id } : undefined;
    },
    async findSuggestion(setId, conditionId) {
      const row = (await db.query<{ id: string }>('SELECT id FROM suggestions WHERE set_id = $1 AND condition_id = $2', [setId, conditionId])).rows[0];
      return row ? { id: row.id } : undefined;
    },
    async findLlmLine(setId, key) {
      const row = (
        await db.query<{ name: string; condition_id: string | null }>(
          `SELECT x->>'name' AS name, x->>'conditionId' AS condition_id
             FROM app_events e, jsonb_array_elements(COALESCE(e.detail->'suggestions', '[]'::jsonb)) x
            WHERE e.set_id = $1 AND e.kind = 'llm-suggestions' AND x->>'source' = 'llm-only' AND x->>'key' = $2
            ORDER BY e.created_at DESC, e.id LIMIT 1`,
          [setId, key],
        )
      ).rows[0];
      return row ? { name: row.name, ...(row.condition_id ? { conditionId: row.condition_id } : {}) } : undefined;
    },
    async recordCards(cards) {
      if (cards.length === 0) {
        return;
      }
      const values: unknown[] = [];
      const tuples = cards.map((c, i) => {
        values.push(c.uuid, c.setId, c.serviceId, c.hook, c.kind, JSON.stringify(c.conditionIds), JSON.stringify(c.suggestionUuids), c.summary, c.indicator, c.clientIss ?? null);
        const b = i * 10;
        return `(${Array.from({ length: 10 }, (_, k) => `$${b + k + 1}`).join(',')})`;
      });
      await db.query(`INSERT INTO cds_cards (uuid, set_id, service_id, hook, kind, condition_ids, suggestion_uuids, summary, indicator, client_iss) VALUES ${tuples.join(',')}`, values);
    },
    async monitoring(modelVersion) {
      // Sets per subgroup value, and the decisions that answered them (each decision counted once, by outcome).
      const sql = `WITH sets AS (
                     SELECT s.id, s.created_at, kv.key AS attribute, kv.value AS value
                     FROM suggestion_sets s, jsonb_each_text(s.subgroup) kv
                     WHERE s.model_version = $1
                   )
                   SELECT sets.attribute, sets.value,
                          count(DISTINCT sets.id)::int AS sets,
                          count(d.id) FILTER (WHERE d.outcome = 'accepted')::int AS accepted,
                          count(d.id) FILTER (WHERE d.outcome = 'rejected')::int AS rejected,
                          count(d.id) FILTER (WHERE d.outcome = 'overridden')::int AS overridden,
                          count(d.id) FILTER (WHERE d.outcome = 'added-missed' AND NOT EXISTS (
                            SELECT 1 FROM app_events w WHERE w.kind = 'missed-withdrawn' AND w.set_id = d.set_id AND w.detail->>'decisionId' = d.id::text))::int AS "addedMissed",
                          to_char(min(sets.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS first,
                          to_char(max(sets.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last
                   FROM sets LEFT JOIN decisions d ON d.set_id = sets.id
                   GROUP BY sets.attribute, sets.value
                   ORDER BY sets.attribute, sets.value`;
      return (await db.query<MonitoringRow>(sql, [modelVersion])).rows;
    },
    async listQualityDecisions(filter) {
      const params: unknown[] = [filter.limit];
      const where = filter.source ? `WHERE d.source = $2` : '';
      if (filter.source) {
        params.push(filter.source);
      }
      const sql = `SELECT d.id, d.created_at, d.source, d.outcome, d.reason_code, d.reason_system, d.comment, d.user_pseudonym, d.condition_id,
                          d.free_text_diagnosis, d.card_uuid, d.unknown_card, d.accepted_suggestions, d.outcome_timestamp,
                          COALESCE(d.service_id, c.service_id) AS service_id, c.kind AS card_kind,
                          c.condition_ids AS card_condition_ids, s.model_version, s.knowledge_version, s.subgroup
                   FROM decisions d
                   LEFT JOIN cds_cards c ON c.uuid = d.card_uuid
                   LEFT JOIN suggestion_sets s ON s.id = d.set_id
                   ${where}
                   ORDER BY d.created_at DESC, d.id LIMIT $1`;
      return (await db.query<QualityDecisionRow>(sql, params)).rows;
    },
    prepareShown,
    applyShown,
    async recordShownBatch(items) {
      return applyShown(items.map(prepareShown));
    },
    async existingCards(uuids) {
      if (uuids.length === 0) {
        return new Set();
      }
      const rows = (await db.query<{ uuid: string }>('SELECT uuid FROM cds_cards WHERE uuid = ANY ($1::text[])', [uuids])).rows;
      return new Set(rows.map((r) => r.uuid));
    },
    async findCard(uuid) {
      const row = (
        await db.query<{ uuid: string; set_id: string; service_id: string; hook: string; kind: string; condition_ids: unknown; suggestion_uuids: unknown; summary: string; indicator: string; user_pseudonym: string; client_iss: string | null }>(
          `SELECT c.uuid, c.set_id, c.service_id, c.hook, c.kind, c.condition_ids, c.suggestion_uuids, c.summary, c.indicator, s.user_pseudonym, c.client_iss
           FROM cds_cards c JOIN suggestion_sets s ON s.id = c.set_id WHERE c.uuid = $1`,
          [uuid],
        )
      ).rows[0];
      if (!row) {
        return undefined;
      }
      const parse = (v: unknown): string[] => (typeof v === 'string' ? (JSON.parse(v) as string[]) : (v as string[]));
      return {
        uuid: row.uuid,
        setId: row.set_id,
        serviceId: row.service_id,
        hook: row.hook,
        kind: row.kind,
        conditionIds: parse(row.condition_ids),
        suggestionUuids: parse(row.suggestion_uuids),
        summary: row.summary,
        indicator: row.indicator,
        userPseudonym: row.user_pseudonym,
        ...(row.client_iss ? { clientIss: row.client_iss } : {}),
      };
    },
    async claimJtis(claims, now) {
      const firstIndex = new Map<string, number>();
      claims.forEach((c, i) => firstIndex.has(c.key) || firstIndex.set(c.key, i));
      const unique = [...firstIndex.keys()];
      if (unique.length === 0) {
        return [];
      }
      const expires = unique.map((k) => new Date(claims[firstIndex.get(k) as number].expiresAt * 1000).toISOString());
      // Inserted, or re-claimed because the earlier claim has expired: both come back from RETURNING.
      const claimed = new Set(
        (
          await db.query<{ key: string }>(
            `INSERT INTO cds_client_jtis (key, expires_at) SELECT * FROM unnest($1::text[], $2::timestamptz[])
             ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE cds_client_jtis.expires_at < to_timestamp($3)
             RETURNING key`,
            [unique, expires, now],
          )
        ).rows.map((r) => r.key),
      );
      return claims.map((c, i) => firstIndex.get(c.key) === i && claimed.has(c.key));
    },
    async pruneJtis(now) {
      const rows = (await db.query<{ key: string }>('DELETE FROM cds_client_jtis WHERE expires_at < to_timestamp($1) RETURNING key', [now])).rows;
      return rows.length;
    },
    async audit(kind, actorPseudonym, detail) {
      await db.query('INSERT INTO audit_events (kind, actor_pseudonym, detail) VALUES ($1, $2, $3)', [kind, actorPseudonym ?? null, JSON.stringify(detail)]);
    },
    async recordAppEvent(event) {
      const rows = (
        await db.query<{ id: string }>(
          `INSERT INTO app_events (id, idempotency_key, set_id, user_pseudonym, kind, condition_id, detail)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
          [randomUUID(), event.idempotencyKey, event.setId, event.userPseudonym, event.kind, event.conditionId ?? null, JSON.stringify(event.detail)],
        )
      ).rows;
      return rows.length > 0;
    },
    async workspaceState(query) {
      const params: unknown[] = [query.fhirServer, pseudonymise(query.fhirServer, query.patientRef), pseudonymise(query.fhirServer, query.userRef), query.since.toISOString()];
      let encounter = 'encounter_pseudonym IS NULL';
      if (query.encounterRef) {
        params.push(pseudonymise(query.fhirServer, query.encounterRef));
        encounter = `encounter_pseudonym = $${params.length}`;
      }
      const sets = `SELECT id, input_hash, knowledge_version, created_at, request FROM suggestion_sets
                    WHERE surface = 'app' AND fhir_server = $1 AND patient_pseudonym = $2 AND user_pseudonym = $3 AND created_at >= $4 AND ${encounter}`;
      const latest = (
        await db.query<{ id: string; input_hash: string; knowledge_version: string; created_at: string; request: WorkspaceRequest | null }>(`${sets} ORDER BY created_at DESC, id DESC LIMIT 1`, params)
      ).rows[0];
      if (!latest) {
        return { decisions: [], events: [] };
      }
      const decisions = (
        await db.query<DecisionRow & { set_input_hash: string; set_knowledge_version: string }>(
          `WITH s AS (${sets})
           SELECT d.id, d.created_at, d.set_id, d.suggestion_id, d.condition_id, d.free_text_diagnosis, d.user_pseudonym, d.outcome, d.reason_code, d.reason_system,
                  d.comment, d.source, d.supersedes, d.card_uuid, d.unknown_card, d.clinician_differential, d.suggestion_source, d.llm_line,
                  s.input_hash AS set_input_hash, s.knowledge_version AS set_knowledge_version
           FROM decisions d JOIN s ON s.id = d.set_id
           -- A decision on a language-model line is not restored: the model's answer is not kept in the workspace, so
           -- there is no line to show it on (it stays in the record and in the quality data).
           WHERE d.user_pseudonym = $3 AND d.llm_line IS NULL ORDER BY d.created_at, d.id`,
          params,
        )
      ).rows;
      const events = (
        await db.query<{ kind: string; condition_id: string | null; detail: Record<string, unknown>; created_at: string; set_id: string }>(
          `WITH s AS (${sets})
           SELECT e.kind, e.condition_id, e.detail, e.created_at, e.set_id FROM app_events e JOIN s ON s.id = e.set_id WHERE e.user_pseudonym = $3 ORDER BY e.created_at, e.id`,
          params,
        )
      ).rows;
      return {
        latest: { setId: latest.id, inputHash: latest.input_hash, knowledgeVersion: latest.knowledge_version, createdAt: new Date(latest.created_at).toISOString(), request: latest.request },
        decisions,
        events,
      };
    },
    close: () => db.close(),
  };
}

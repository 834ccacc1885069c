/**
 * POST /api/decisions (idempotent), POST /api/events (write-back, clinician-first skipped; idempotent)
 * GET /api/decisions?setId= and GET /api/workspace-state (what a reload restores). Quality reviewers may read but not post. The user comes from the verified
 * token; a set can only be decided on or read back for the patient of the token's context.
 */
import { createUserDirectory } from '../auth/user-directory';
import { Router, type Response } from 'express';
import {
  AppEventRequestSchema,
  DecisionRequestSchema,
  DecisionsQuerySchema,
  REJECTION_REASON_SYSTEM,
  WorkspaceStateQuerySchema,
  type DecisionResponse,
  type DecisionsResponse,
  type WorkspaceStateResponse,
} from '../contract';
import { HttpError } from '../errors';
import { callerOf, requirePatient } from '../auth/require-smart-auth';
import type { SuggestionSetHeader } from '../store/store';
import type { ApiDeps } from './api-deps';
import { withStore } from './with-store';

/**
 * How far back a relaunch looks for the clinician's earlier work on the same patient: within the same
 * encounter, a week (an admission's working days); without an encounter in context, one day, so that a
 * visit from another day never reappears as the current one. Workspace policy, not clinical knowledge.
 */
export const RESTORE_WINDOW_HOURS = { withEncounter: 24 * 7, withoutEncounter: 24 } as const;

async function setForCaller(deps: ApiDeps, res: Response, setId: string): Promise<SuggestionSetHeader> {
  const caller = callerOf(res);
  const patientId = requirePatient(caller);
  const set = await withStore('decision', () => deps.store.getSuggestionSet(setId));
  if (!set || set.fhirServer !== caller.fhirServer || set.patientPseudonym !== deps.store.pseudonymise(caller.fhirServer, `Patient/${patientId}`)) {
    throw new HttpError(404, 'not_found', 'No suggestion set with that id for the patient in context');
  }
  return set;
}

/**
 * @param deps - store and knowledge base
 * @returns the router (mounted behind the SMART auth middleware)
 */
export function createDecisionsRouter(deps: ApiDeps): Router {
  const router = Router();
  const directory = createUserDirectory(deps.config);
  /** Quality reviewers look; they never record a clinical decision (issue 13, item 2). */
  const refuseReviewer = (res: Response): void => {
    const caller = callerOf(res);
    if (directory.get(caller.fhirUser, caller.fhirServer).role === 'quality-reviewer') {
      void deps.store.audit('reviewer-decision-refused', deps.store.pseudonymise(caller.fhirServer, caller.fhirUser), {}).catch(() => undefined);
      throw new HttpError(403, 'forbidden', 'Quality reviewers can view the differential but not record clinical decisions or write to the chart');
    }
  };
  /** The set must be this patient's and the diagnosis, when named, one the knowledge base knows. */
  const setAndDiagnosisForCaller = async (res: Response, setId: string, conditionId: string | undefined): Promise<void> => {
    await setForCaller(deps, res, setId);
    if (conditionId && !deps.knowledge.conditions.has(conditionId)) {
      throw new HttpError(400, 'invalid_request', `conditionId: unknown diagnosis "${conditionId}"`);
    }
  };
  router.post('/decisions', async (req, res) => {
    const caller = callerOf(res);
    refuseReviewer(res);
    const body = DecisionRequestSchema.parse(req.body);
    await setAndDiagnosisForCaller(res, body.setId, body.conditionId);
    // A line only the language model suggested must be one its checked answer on this set listed (issue 18).
    const line = body.llmLine === undefined ? undefined : await withStore('decision', () => deps.store.findLlmLine(body.setId, body.llmLine!));
    if (body.llmLine !== undefined && !line) {
      throw new HttpError(404, 'not_found', 'No language-model line with that key on this suggestion set');
    }
    const stored = await withStore('decision', () =>
      deps.store.recordDecision({
        idempotencyKey: `${deps.store.pseudonymise(caller.fhirServer, caller.fhirUser)}:${body.idempotencyKey}`,
        setId: body.setId,
        suggestionId: body.suggestionId,
        conditionId: body.conditionId ?? line?.conditionId,
        llmLine: body.llmLine,
        freeTextDiagnosis: body.freeTextDiagnosis,
        userRef: caller.fhirUser,
        fhirServer: caller.fhirServer,
        outcome: body.outcome,
        reasonCode: body.reasonCode,
        reasonSystem: body.reasonCode ? REJECTION_REASON_SYSTEM : undefined,
        comment: body.comment,
        clinicianDifferential: body.clinicianDifferential,
        source: 'app',
      }),
    );
    res.status(stored.duplicate ? 200 : 201).json(stored satisfies DecisionResponse);
  });

  router.post('/events', async (req, res) => {
    const caller = callerOf(res);
    refuseReviewer(res);
    const body = AppEventRequestSchema.parse(req.body);
    await setAndDiagnosisForCaller(res, body.setId, body.conditionId);
    const userPseudonym = deps.store.pseudonymise(caller.fhirServer, caller.fhirUser);
    if (body.kind === 'missed-withdrawn') {
      // Only the clinician's own "added missed" decision on this set can be withdrawn.
      const own = await withStore('event', () => deps.store.listDecisions({ setId: body.setId, userRef: { fhirServer: caller.fhirServer, reference: caller.fhirUser } }));
      if (!own.some((d) => d.id === body.decisionId && d.outcome === 'added-missed')) {
        throw new HttpError(404, 'not_found', 'No missed diagnosis of yours with that decisionId on this suggestion set');
      }
    }
    const detail: Record<string, unknown> = {};
    if (body.verificationStatus) detail.verificationStatus = body.verificationStatus;
    if (body.conditionRef) detail.conditionRef = body.conditionRef;
    if (body.decisionId) detail.decisionId = body.decisionId;
    const recorded = await withStore('event', () =>
      deps.store.recordAppEvent({
        idempotencyKey: `${deps.store.pseudonymise(caller.fhirServer, caller.fhirUser)}:${body.idempotencyKey}`,
        setId: body.setId,
        userPseudonym,
        kind: body.kind,
        conditionId: body.conditionId,
        detail,
      }),
    );
    res.status(recorded ? 201 : 200).json({ recorded });
  });

  router.get('/decisions', async (req, res) => {
    const { setId } = DecisionsQuerySchema.parse(req.query);
    await setForCaller(deps, res, setId);
    // A clinician reads their own decisions and comments on the set, never a colleague's; quality reviewers
    // read all of them (issue 16).
    const caller = callerOf(res);
    const reviewer = directory.get(caller.fhirUser, caller.fhirServer).role === 'quality-reviewer';
    const rows = await withStore('decisions', () =>
      deps.store.listDecisions(reviewer ? { setId } : { setId, userRef: { fhirServer: caller.fhirServer, reference: caller.fhirUser } }),
    );
    const decisions = rows.map((r) => ({
      id: r.id,
      createdAt: new Date(r.created_at).toISOString(),
      setId: r.set_id,
      suggestionId: r.suggestion_id,
      conditionId: r.condition_id,
      freeTextDiagnosis: r.free_text_diagnosis,
      outcome: r.outcome,
      reasonCode: r.reason_code,
      comment: r.comment,
      clinicianDifferential: r.clinician_differential ?? null,
      userPseudonym: r.user_pseudonym,
      suggestionSource: r.suggestion_source,
      llmLine: r.llm_line,
    }));
    res.json({ decisions } satisfies DecisionsResponse);
  });

  router.get('/workspace-state', async (req, res) => {
    const caller = callerOf(res);
    const patientId = requirePatient(caller);
    const query = WorkspaceStateQuerySchema.parse(req.query);
    const encounterId = query.encounterId ?? caller.encounterId;
    const hours = encounterId ? RESTORE_WINDOW_HOURS.withEncounter : RESTORE_WINDOW_HOURS.withoutEncounter;
    const state = await withStore('workspace-state', () =>
      deps.store.workspaceState({
        fhirServer: caller.fhirServer,
        patientRef: `Patient/${patientId}`,
        encounterRef: encounterId ? `Encounter/${encounterId}` : undefined,
        userRef: caller.fhirUser,
        since: new Date(Date.now() - hours * 3_600_000),
      }),
    );
    const written = new Map<string, string>();
    for (const e of state.events) {
      const ref = typeof e.detail.conditionRef === 'string' ? e.detail.conditionRef : undefined;
      if (e.kind === 'write-back' && e.condition_id && ref) written.set(e.condition_id, ref);
      if (e.kind === 'write-back-retracted' && e.condition_id && written.get(e.condition_id) === ref) written.delete(e.condition_id);
    }
    const request = state.latest?.request ?? null;
    res.json({
      request: request ? { overrides: request.overrides, problems: request.problems, includeChild: request.includeChild } : null,
      decisions: state.decisions.map((d) => ({
        id: d.id,
        createdAt: new Date(d.created_at).toISOString(),
        setId: d.set_id ?? '',
        conditionId: d.condition_id,
        conditionName: d.condition_id ? (deps.knowledge.conditions.get(d.condition_id)?.name ?? null) : null,
        freeTextDiagnosis: d.free_text_diagnosis,
        outcome: d.outcome,
        reasonCode: d.reason_code,
        comment: d.comment,
        clinicianDifferential: d.clinician_differential ?? null,
        inputHash: d.set_input_hash,
        knowledgeVersion: d.set_knowledge_version,
      })),
      written: [...written].map(([conditionId, conditionRef]) => ({ conditionId, conditionRef })),
      withdrawnMissed: state.events.flatMap((e) => (e.kind === 'missed-withdrawn' && typeof e.detail.decisionId === 'string' ? [e.detail.decisionId] : [])),
    } satisfies WorkspaceStateResponse);
  });
  return router;
}

/**
 * POST /api/decisions (idempotent), POST /api/events (write-back, clinician-first skipped; idempotent)
 * and GET /api/decisions?setId=. Quality reviewers may read but not post. The user comes from the verified
 * token; a set can only be decided on or read back for the patient of the token's context.
 */
import { createUserDirectory } from '../auth/user-directory';
import { Router, type Response } from 'express';
import { AppEventRequestSchema, DecisionRequestSchema, DecisionsQuerySchema, REJECTION_REASON_SYSTEM, type DecisionResponse, type DecisionsResponse } from '../contract';
import { HttpError } from '../errors';
import { callerOf, requirePatient } from '../auth/require-smart-auth';
import type { SuggestionSetHeader } from '../store/store';
import type { ApiDeps } from './api-deps';
import { withStore } from './with-store';

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
    const stored = await withStore('decision', () =>
      deps.store.recordDecision({
        idempotencyKey: `${deps.store.pseudonymise(caller.fhirServer, caller.fhirUser)}:${body.idempotencyKey}`,
        setId: body.setId,
        suggestionId: body.suggestionId,
        conditionId: body.conditionId,
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
    const recorded = await withStore('event', () =>
      deps.store.recordAppEvent({
        idempotencyKey: `${deps.store.pseudonymise(caller.fhirServer, caller.fhirUser)}:${body.idempotencyKey}`,
        setId: body.setId,
        userPseudonym: deps.store.pseudonymise(caller.fhirServer, caller.fhirUser),
        kind: body.kind,
        conditionId: body.conditionId,
        detail: body.verificationStatus ? { verificationStatus: body.verificationStatus } : {},
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
    }));
    res.json({ decisions } satisfies DecisionsResponse);
  });
  return router;
}

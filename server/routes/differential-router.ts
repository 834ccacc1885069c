/**
 * POST /api/differential: runs the engine on what the app read for the patient in the token's
 * context, after checking the patient's AI opt-out on the FHIR server; stores the suggestion set
 * (model and knowledge versions, input hash, findings, ranked output, subgroup) and returns it with
 * the suggestion ids that decisions refer to.
 */
import { ownership, shapeProblem, type AnyResource } from '../../cds-hooks/prefetch/check-resources';
import express, { Router, type RequestHandler } from 'express';
import { resultIdentity, suggestionInputs } from '../store/result-fields';
import type { Patient, Resource } from '@medplum/fhirtypes';
import { DifferentialRequestSchema, LanguageModelRequestSchema, type DifferentialResponse, type LanguageModelResponse } from '../contract';
import { suggestWithLlm } from '../llm/suggest';
import { HttpError } from '../errors';
import { analyzeSync } from '../reasoning/diagnostic-model';
import type { DifferentialResult } from '../reasoning/types';
import { accessTokenOf, callerOf, requirePatient } from '../auth/require-smart-auth';
import type { ApiDeps } from './api-deps';
import { bandAccuracyFor } from '../model-label/band-accuracy';
import { chartDiagnoses, linkOutcomes } from '../quality/outcomes';
import { subgroupOf } from '../fairness/subgroup-of';
import { readAiOptOut } from './read-ai-opt-out';
import { withStore } from './with-store';

/** How many ranked diagnoses the app shows (the can't-miss list is shown in addition). */
export const SHOWN_DIAGNOSES = 8;

export const OPT_OUT_MESSAGE = 'This patient has opted out of AI decision support. No AI suggestions are made for this patient.';

/**
 * Every resource must be this patient's: a reference to another patient (relative, absolute, versioned or
 * urn:uuid) is refused with 403, patient data that names no patient and resources whose fields are not of
 * their FHIR type are refused with 400, before anything reaches the engine or the store.
 */
function assertOnePatient(resources: readonly Resource[], patientId: string): void {
  resources.forEach((r, i) => {
    const owner = ownership(r as unknown as AnyResource, patientId);
    if (owner === 'other-patient') {
      throw new HttpError(403, 'wrong_patient', `resources[${i}] (${r.resourceType}) holds data of a patient other than the one in the launch context`);
    }
    if (owner === 'unattributed') {
      throw new HttpError(400, 'invalid_request', `resources[${i}] (${r.resourceType}) names no patient`);
    }
    const problem = shapeProblem(r as unknown as AnyResource);
    if (problem) {
      throw new HttpError(400, 'invalid_request', `resources[${i}] (${r.resourceType}): ${problem.slice(0, 200)}`);
    }
  });
}

function shownIds(result: DifferentialResult): string[] {
  return [...result.established.map((d) => d.conditionId), ...result.differential.slice(0, SHOWN_DIAGNOSES).map((d) => d.conditionId)];
}

/**
 * @param deps - knowledge base, store, logger
 * @returns the router (mounted behind the SMART auth middleware)
 */
export function createDifferentialRouter(deps: ApiDeps, ...afterParse: RequestHandler[]): Router {
  const router = Router();
  router.post('/differential', express.json({ limit: '8mb' }), ...afterParse, async (req, res) => {
    const caller = callerOf(res);
    const patientId = requirePatient(caller);
    const body = DifferentialRequestSchema.parse(req.body);
    const resources = body.resources as unknown as Resource[];
    assertOnePatient(resources, patientId);
    if (await readAiOptOut({ fhirServer: caller.fhirServer, accessToken: accessTokenOf(res), patientId })) {
      await deps.store.audit('ai-opt-out-honoured', deps.store.pseudonymise(caller.fhirServer, caller.fhirUser), { surface: 'app' }).catch(() => {
        deps.logger.warn('could not audit an honoured opt-out');
      });
      res.json({ optedOut: true, message: OPT_OUT_MESSAGE } satisfies DifferentialResponse);
      return;
    }
    const encounterId = body.encounterId ?? caller.encounterId;
    const { result } = analyzeSync(deps.knowledge, { chart: resources, overrides: body.overrides, problems: body.problems, setting: body.setting, includeChild: body.includeChild, extractOptions: { encounterId } });
    const shown = shownIds(result);
    const stored = new Set([...shown, ...result.cantMiss.map((d) => d.conditionId)]);
    const patient = resources.find((r): r is Patient => r.resourceType === 'Patient');
    const set = await withStore('differential', () =>
      deps.store.recordSuggestionSet({
        idempotencyKey: `${deps.store.pseudonymise(caller.fhirServer, caller.fhirUser)}:${body.idempotencyKey}`,
        surface: 'app',
        fhirServer: caller.fhirServer,
        patientRef: `Patient/${patientId}`,
        encounterRef: encounterId ? `Encounter/${encounterId}` : undefined,
        userRef: caller.fhirUser,
        ...resultIdentity(result),
        findings: result.findingsUsed,
        output: { shown, cantMiss: result.cantMiss.map((d) => d.conditionId), differential: result.differential, nextBestTests: result.nextBestTests, warnings: result.warnings },
        subgroup: subgroupOf(patient ? [patient] : []),
        request: { overrides: body.overrides, problems: body.problems, includeChild: body.includeChild },
        suggestions: suggestionInputs([...result.established, ...result.differential].filter((d) => stored.has(d.conditionId))),
      }),
    );
    // Outcomes: what this chart now records confirms or refutes earlier suggestions for the patient.
    void linkOutcomes(deps.store, caller.fhirServer, `Patient/${patientId}`, chartDiagnoses(deps.knowledge, resources)).catch(() => {
      deps.logger.warn('could not link outcomes');
    });
    const suggestions = Object.fromEntries(set.suggestions.map((s) => [s.conditionId, s.id]));
    deps.logger.info({ setId: set.setId, shown: shown.length, duplicate: set.duplicate }, 'differential served');
    const bandAccuracy = bandAccuracyFor(deps.knowledge);
    const llm = deps.config.llm;
    res.json({
      optedOut: false,
      setId: set.setId,
      suggestions,
      shown,
      result,
      ...(bandAccuracy ? { bandAccuracy } : {}),
      ...(llm ? { languageModel: { host: new URL(llm.baseUrl).host, model: llm.model } } : {}),
    } satisfies DifferentialResponse);
  });

  /**
   * The language model beside the engine (issue 18), asked after the engine has answered so that the
   * clinician never waits for it: the same chart and request as the suggestion set it accompanies. Only the
   * de-identified prompt leaves; what comes back is checked (server/llm/ground.ts) and kept with the set as
   * an append-only event (the exact prompt, its hash, provider, model and version, what was kept and dropped).
   */
  router.post('/differential/language-model', express.json({ limit: '8mb' }), ...afterParse, async (req, res) => {
    const caller = callerOf(res);
    const patientId = requirePatient(caller);
    const body = LanguageModelRequestSchema.parse(req.body);
    const llm = deps.config.llm;
    if (!llm) {
      res.json({ status: 'off', suggestions: [] } satisfies LanguageModelResponse);
      return;
    }
    const resources = body.resources as unknown as Resource[];
    assertOnePatient(resources, patientId);
    const userPseudonym = deps.store.pseudonymise(caller.fhirServer, caller.fhirUser);
    const set = await withStore('language-model', () => deps.store.getSuggestionSet(body.setId));
    if (!set || set.userPseudonym !== userPseudonym || set.patientPseudonym !== deps.store.pseudonymise(caller.fhirServer, `Patient/${patientId}`)) {
      throw new HttpError(404, 'not_found', 'No suggestion set of yours for this patient with that setId');
    }
    // The opt-out is read again: nothing about a patient who has opted out leaves this server.
    if (await readAiOptOut({ fhirServer: caller.fhirServer, accessToken: accessTokenOf(res), patientId })) {
      res.json({ status: 'not-asked', detail: OPT_OUT_MESSAGE, suggestions: [] } satisfies LanguageModelResponse);
      return;
    }
    const encounterId = body.encounterId ?? caller.encounterId;
    const { result } = analyzeSync(deps.knowledge, { chart: resources, overrides: body.overrides, problems: body.problems, setting: body.setting, includeChild: body.includeChild, extractOptions: { encounterId } });
    const out = await suggestWithLlm(deps.knowledge, result, resources, llm);
    const suggestions = out.grounding?.suggestions ?? [];
    const prompt = out.prompt;
    if (prompt) {
      await withStore('language-model', () =>
        deps.store.recordAppEvent({
          idempotencyKey: `${userPseudonym}:${body.idempotencyKey}`,
          setId: body.setId,
          userPseudonym,
          kind: 'llm-suggestions',
          detail: {
            status: out.status,
            ...(out.detail ? { detail: out.detail } : {}),
            provider: out.provider,
            inputHash: result.inputHash,
            promptVersion: prompt.version,
            promptHash: out.promptHash,
            prompt: { system: prompt.system, user: prompt.user },
            attempts: out.attempts,
            ms: out.ms,
            suggestions: suggestions.map((s) => ({ source: s.source, key: s.key, name: s.name, conditionId: s.conditionId, codes: s.codes, findings: s.findings.map((f) => f.findingId), references: s.references })),
            ...(out.grounding ? { dropped: out.grounding.dropped } : {}),
          },
        }),
      );
    }
    deps.logger.info({ setId: body.setId, status: out.status, kept: suggestions.length, ms: out.ms }, 'language model asked');
    res.json({
      status: out.status,
      ...(out.detail ? { detail: out.detail } : {}),
      ...(out.provider ? { provider: out.provider } : {}),
      suggestions,
      ...(out.grounding ? { dropped: out.grounding.dropped } : {}),
    } satisfies LanguageModelResponse);
  });
  return router;
}

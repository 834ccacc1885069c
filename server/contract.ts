/**
 * The app API contract: request schemas (zod, parsed at the edge) and response types.
 * The client imports types only from this file.
 */
import { z } from 'zod';
import type { DifferentialResult, FindingOverride } from './reasoning/types';
import { DECISION_REASONS, DECISION_REASON_SYSTEM, type DecisionReasonCode } from './decision-reasons';

/** Coded reasons for rejecting a suggestion: the one set shared with CDS Hooks override reasons. */
export const REJECTION_REASONS = DECISION_REASONS;
export type RejectionReasonCode = DecisionReasonCode;
export const REJECTION_REASON_SYSTEM = DECISION_REASON_SYSTEM;

/** Outcomes the app records. */
export const APP_DECISION_OUTCOMES = ['accepted', 'rejected', 'added-missed', 'patient-disputes', 'clinician-differential'] as const;
export type AppDecisionOutcome = (typeof APP_DECISION_OUTCOMES)[number];

const IdempotencyKey = z.string().regex(/^[A-Za-z0-9._:-]{8,128}$/, 'idempotencyKey: 8-128 letters, digits, . _ : -');
const KbId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

export const FindingOverrideSchema = z.object({ findingId: KbId, state: z.enum(['present', 'absent', 'removed']) });

export const DifferentialRequestSchema = z.object({
  /** What the app read from the FHIR server for the patient in context. */
  resources: z.array(z.looseObject({ resourceType: z.string().min(1).max(64) })).max(5_000),
  overrides: z.array(FindingOverrideSchema).max(200).default([]),
  problems: z.array(KbId).max(20).default([]),
  setting: z.enum(['primary-care', 'emergency']).optional(),
  encounterId: z.string().max(64).optional(),
  /** The clinician asked explicitly for a differential for a patient under 18 (outside the validated scope). */
  includeChild: z.boolean().default(false),
  idempotencyKey: IdempotencyKey,
});
export type DifferentialRequest = z.input<typeof DifferentialRequestSchema>;

/** POST /api/differential/language-model: the same chart and request as the suggestion set it accompanies. */
export const LanguageModelRequestSchema = DifferentialRequestSchema.extend({ setId: z.uuid() });
export type LanguageModelRequest = z.input<typeof LanguageModelRequestSchema>;

/** The language model's suggestions after the engine's checks (issue 18); never a change to the engine's result. */
export interface LanguageModelResponse {
  readonly status: LlmSuggestions['status'];
  readonly detail?: string;
  readonly provider?: LlmSuggestions['provider'];
  readonly suggestions: readonly GroundedSuggestion[];
  readonly dropped?: GroundingReport['dropped'];
}

/** A stored suggestion: the id decisions refer to. */
export interface SuggestionRef {
  readonly suggestionId: string;
  readonly conditionId: string;
}

import type { BandAccuracy } from './evaluation/evaluate-vignettes';
import type { GroundedSuggestion, GroundingReport } from './llm/ground';
import type { LlmSuggestions } from './llm/suggest';

export type DifferentialResponse =
  | { readonly optedOut: true; readonly message: string }
  | {
      readonly optedOut: false;
      readonly setId: string;
      /** conditionId → suggestion id, for every diagnosis shown (ranked list and can't-miss). */
      readonly suggestions: Readonly<Record<string, string>>;
      /** Condition ids shown in the ranked list, in order (the can't-miss list is `result.cantMiss`). */
      readonly shown: readonly string[];
      readonly result: DifferentialResult;
      /**
       * What the evaluation of the running model and knowledge says about each likelihood band (test split:
       * how often a diagnosis shown in that band was the answer); absent when no evaluation of exactly this
       * model and knowledge exists.
       */
      readonly bandAccuracy?: readonly BandAccuracy[];
      /** A language model is configured (issue 18): the app may ask POST /api/differential/language-model. */
      readonly languageModel?: { readonly host: string; readonly model: string };
    };

const ClinicianDiagnosis = z.object({ conditionId: KbId.optional(), text: z.string().min(1).max(300) });

/** POST /api/events: what the clinician did besides deciding (write-back and its retraction, skipping clinician-first). */
export const AppEventRequestSchema = z.strictObject({
  setId: z.uuid(),
  kind: z.enum(['write-back', 'write-back-retracted', 'clinician-first-skipped', 'missed-withdrawn']),
  conditionId: KbId.optional(),
  /** write-back: the verification status written (provisional or differential). */
  verificationStatus: z.enum(['provisional', 'differential']).optional(),
  /** write-back and write-back-retracted: the Condition written or retracted, so a relaunch can still offer to retract it. */
  conditionRef: z
    .string()
    .regex(/^Condition\/[A-Za-z0-9\-.]{1,64}$/, 'conditionRef must be Condition/<id>')
    .optional(),
  /** missed-withdrawn: the "added missed" decision the clinician undid. */
  decisionId: z.uuid().optional(),
  idempotencyKey: IdempotencyKey,
}).refine((e) => e.kind !== 'missed-withdrawn' || e.decisionId !== undefined, { message: 'withdrawing a missed diagnosis needs the decisionId', path: ['decisionId'] });
export type AppEventRequest = z.infer<typeof AppEventRequestSchema>;

export const DecisionRequestSchema = z
  .object({
    setId: z.uuid(),
    suggestionId: z.uuid().optional(),
    conditionId: KbId.optional(),
    outcome: z.enum(APP_DECISION_OUTCOMES),
    reasonCode: z.enum(REJECTION_REASONS.map((r) => r.code) as [RejectionReasonCode, ...RejectionReasonCode[]]).optional(),
    comment: z.string().max(2_000).optional(),
    freeTextDiagnosis: z.string().min(1).max(300).optional(),
    clinicianDifferential: z.array(ClinicianDiagnosis).max(20).optional(),
    /** A line only the language model suggested (issue 18): its key from the language-model answer, instead of a suggestionId. */
    llmLine: z
      .string()
      .max(220)
      .regex(/^(kb|snomed|icd10cm|name):\S/, 'llmLine must be a line key from the language-model answer (kb:, snomed:, icd10cm: or name:)')
      .optional(),
    idempotencyKey: IdempotencyKey,
  })
  .refine((d) => d.outcome !== 'rejected' || d.reasonCode !== undefined, { message: 'a rejection needs a reasonCode', path: ['reasonCode'] })
  .refine((d) => !['accepted', 'rejected', 'patient-disputes'].includes(d.outcome) || d.suggestionId !== undefined || (d.llmLine !== undefined && d.outcome !== 'patient-disputes'), {
    message: 'accept, reject and patient-disputes need the suggestionId (accept and reject of a language-model line: the llmLine)',
    path: ['suggestionId'],
  })
  .refine((d) => d.llmLine === undefined || ((d.outcome === 'accepted' || d.outcome === 'rejected') && d.suggestionId === undefined && d.conditionId === undefined), {
    message: 'llmLine is only for accepting or rejecting a language-model line, without suggestionId or conditionId',
    path: ['llmLine'],
  })
  .refine((d) => d.outcome !== 'added-missed' || d.conditionId !== undefined || d.freeTextDiagnosis !== undefined, {
    message: 'a missed diagnosis needs a conditionId or freeTextDiagnosis',
    path: ['freeTextDiagnosis'],
  })
  .refine((d) => d.outcome !== 'clinician-differential' || (d.clinicianDifferential?.length ?? 0) > 0, {
    message: "the clinician's differential needs at least one diagnosis",
    path: ['clinicianDifferential'],
  });
export type DecisionRequest = z.input<typeof DecisionRequestSchema>;

export interface DecisionResponse {
  readonly id: string;
  readonly duplicate: boolean;
}

/** A recorded decision as read back (the user is pseudonymised). */
export interface DecisionRecord {
  readonly id: string;
  readonly createdAt: string;
  readonly setId: string | null;
  readonly suggestionId: string | null;
  readonly conditionId: string | null;
  readonly freeTextDiagnosis: string | null;
  readonly outcome: string;
  readonly reasonCode: string | null;
  readonly comment: string | null;
  readonly clinicianDifferential: unknown;
  readonly userPseudonym: string;
  /** Where the line decided on came from (issue 18): `engine`, `both` or `llm-only`; null when the decision answers no line. */
  readonly suggestionSource: 'engine' | 'both' | 'llm-only' | null;
  /** The language-model line's key, for an `llm-only` decision. */
  readonly llmLine: string | null;
}

export interface DecisionsResponse {
  readonly decisions: readonly DecisionRecord[];
}

export const DecisionsQuerySchema = z.object({ setId: z.uuid() });
export const WorkspaceStateQuerySchema = z.object({ encounterId: z.string().min(1).max(64).regex(/^[A-Za-z0-9\-.]+$/, 'encounterId must be a FHIR id').optional() });

/** A decision as restored into the workspace: the computation it was made on is named by its input hash. */
export interface RestoredDecision {
  readonly id: string;
  readonly createdAt: string;
  readonly setId: string;
  readonly conditionId: string | null;
  /** The knowledge base's name of `conditionId`. */
  readonly conditionName: string | null;
  readonly freeTextDiagnosis: string | null;
  readonly outcome: string;
  readonly reasonCode: string | null;
  readonly comment: string | null;
  readonly clinicianDifferential: unknown;
  /** Input hash and knowledge version of the differential the decision was made on. */
  readonly inputHash: string;
  readonly knowledgeVersion: string;
}

/** GET /api/workspace-state: what a reload or relaunch restores (issue 15, item 4). */
export interface WorkspaceStateResponse {
  /** The clinician's part of the latest request (finding changes, problems given, includeChild), if any. */
  readonly request: { readonly overrides: readonly FindingOverride[]; readonly problems: readonly string[]; readonly includeChild: boolean } | null;
  /** This clinician's decisions for the patient and encounter, oldest first. */
  readonly decisions: readonly RestoredDecision[];
  /** Conditions this clinician wrote to the chart from the workspace and has not retracted, by diagnosis. */
  readonly written: readonly { readonly conditionId: string; readonly conditionRef: string }[];
  /** Ids of "added missed" decisions the clinician withdrew. */
  readonly withdrawnMissed: readonly string[];
}
export const SearchQuerySchema = z.object({ q: z.string().trim().min(1).max(100), limit: z.coerce.number().int().min(1).max(50).default(15) });

/** A knowledge-base finding or condition matched by a search. */
export interface KnowledgeMatch {
  readonly id: string;
  readonly name: string;
  /** The synonym that matched, when the name did not. */
  readonly matched?: string;
  readonly category?: string;
}

export interface SearchResponse {
  readonly results: readonly KnowledgeMatch[];
}

export interface MeResponse {
  readonly fhirUser: string;
  readonly role: 'clinician' | 'quality-reviewer';
  readonly clinicianFirst: boolean;
  readonly patientId?: string;
  readonly scopes: readonly string[];
}

/**
 * One interface for diagnostic models. The default model is the transparent likelihood-ratio engine;
 * other providers (e.g. an OpenAI-compatible LLM) plug in behind the same interface, and every
 * model's output goes through the same check (verify-result.ts) before it is shown.
 */
import type { Recalibration } from './calibration';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { buildDifferential, ENGINE_MODEL, type DifferentialInput } from './build-differential';
import { extractFindings, type ExtractOptions } from './extract-findings';
import type { DifferentialResult } from './types';
import { verifyResult, type VerificationReport } from './verify-result';

export interface ModelRequest {
  /** The chart: a Bundle or an array of FHIR resources. */
  readonly chart: unknown;
  readonly extractOptions?: ExtractOptions;
  readonly overrides?: DifferentialInput['overrides'];
  readonly problems?: DifferentialInput['problems'];
  readonly setting?: DifferentialInput['setting'];
  /** Compute a differential for a patient under 18 (outside the validated scope) on explicit request. */
  readonly includeChild?: boolean;
  /** Dependence correction to apply instead of the fitted one (evaluation only). */
  readonly alpha?: number;
  /** Recalibration to apply instead of the fitted one; null for none (evaluation only). */
  readonly recalibration?: Recalibration | null;
}

export interface ModelResponse {
  readonly result: DifferentialResult;
  readonly verification: VerificationReport;
}

export interface DiagnosticModel {
  readonly id: string;
  readonly version: string;
  /** Builds a differential; must not throw on clinical data. */
  analyze(request: ModelRequest): Promise<ModelResponse>;
}

/**
 * The default model: findings from FHIR, then likelihood-ratio inference over the knowledge base.
 * @param kb - knowledge base
 * @returns the model
 */
export function createLikelihoodRatioModel(kb: KnowledgeBase): DiagnosticModel {
  return {
    id: ENGINE_MODEL.id,
    version: ENGINE_MODEL.version,
    async analyze(request: ModelRequest): Promise<ModelResponse> {
      return analyzeSync(kb, request);
    },
  };
}

/** Synchronous form of the default model, for the CLI, evaluation and benchmarks. */
export function analyzeSync(kb: KnowledgeBase, request: ModelRequest): ModelResponse {
  const extract = extractFindings(request.chart, kb, request.extractOptions);
  const result = buildDifferential(kb, { extract, overrides: request.overrides, problems: request.problems, setting: request.setting, includeChild: request.includeChild, alpha: request.alpha, recalibration: request.recalibration });
  const verification = verifyResult(kb, result);
  return { result: verification.result, verification };
}

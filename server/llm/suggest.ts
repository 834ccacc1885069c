/**
 * The language model beside the engine (issue 18): after the engine has answered, build the de-identified
 * prompt, refuse to send it if an identifier is recognised in it, ask the provider within its time budget,
 * and check the answer against the prompt, the knowledge base and the engine. Off unless configured. Never
 * changes the engine's result and never throws: what the clinician sees from the engine is the same whether
 * the model answered, failed or was never asked.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { DifferentialResult } from '../reasoning/types';
import { buildPrompt, type LlmPrompt } from './build-prompt';
import { callLlm, type LlmCallResult, type LlmConfig } from './client';
import { groundAnswer, type GroundingReport } from './ground';
import { chartIdentifiers, findIdentifiers } from './safe-harbor';

export interface LlmSuggestions {
  readonly status: 'off' | 'not-asked' | 'blocked' | LlmCallResult['status'];
  /** Why there are no suggestions (not-asked, blocked, or a failed call), in words; never the provider's error body. */
  readonly detail?: string;
  readonly provider?: { readonly host: string; readonly model: string; readonly modelVersion?: string };
  /** The exact prompt sent (de-identified), and its sha256, for the audit record. */
  readonly prompt?: LlmPrompt;
  readonly promptHash?: string;
  readonly grounding?: GroundingReport;
  readonly attempts?: number;
  readonly ms?: number;
}

function resourcesOf(chart: unknown): unknown[] {
  if (Array.isArray(chart)) {
    return chart;
  }
  const entries = (chart as { entry?: { resource?: unknown }[] } | undefined)?.entry;
  return Array.isArray(entries) ? entries.map((e) => e?.resource) : [];
}

/**
 * @param kb - knowledge base
 * @param engine - the engine's result for this chart
 * @param chart - the chart the engine read (to look for its identifiers in the prompt)
 * @param config - the provider, or undefined when off
 * @param fetchImpl - fetch (tests)
 * @returns the checked suggestions, or why there are none
 */
export async function suggestWithLlm(kb: KnowledgeBase, engine: DifferentialResult, chart: unknown, config: LlmConfig | undefined, fetchImpl: typeof fetch = fetch): Promise<LlmSuggestions> {
  if (!config) {
    return { status: 'off' };
  }
  const provider = { host: new URL(config.baseUrl).host, model: config.model };
  if (engine.status !== 'differential') {
    return { status: 'not-asked', detail: 'the engine abstained (no presenting problem, or out of scope): the language model is not asked either', provider };
  }
  const prompt = buildPrompt(engine);
  if (!prompt) {
    return { status: 'not-asked', detail: 'no presenting problem', provider };
  }
  const hits = findIdentifiers(`${prompt.system}\n${prompt.user}`, chartIdentifiers(resourcesOf(chart)));
  if (hits.length > 0) {
    // Only the types are reported: the matched text is the identifier itself.
    return { status: 'blocked', detail: `not sent: the prompt would carry ${[...new Set(hits.map((h) => h.type))].join(', ')}`, provider };
  }
  const promptHash = createHash('sha256').update(`${prompt.version}\n${prompt.system}\n${prompt.user}`).digest('hex');
  const call = await callLlm(config, prompt, fetchImpl);
  if (call.status !== 'ok') {
    return { status: call.status, detail: call.detail, provider, prompt, promptHash, attempts: call.attempts, ms: call.ms };
  }
  const grounding = groundAnswer(kb, engine, prompt, call.answer, config.unresolvedReferences);
  return { status: 'ok', provider: { ...provider, modelVersion: call.modelVersion }, prompt, promptHash, grounding, attempts: call.attempts, ms: call.ms };
}

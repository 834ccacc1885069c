/**
 * An OpenAI-compatible chat-completions client (a vendor's API, or a model hosted with vLLM or Ollama),
 * with plain `fetch`: structured output requested as a JSON schema and checked with zod; retries with
 * backoff on 429, 5xx and network errors; one hard time budget for the whole call. It never throws: every
 * failure comes back as a status, so the engine's answer is never affected by the language model.
 */
import { z } from 'zod';
import type { LlmPrompt } from './build-prompt';

export interface LlmConfig {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama) or a vLLM server. */
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKey?: string;
  /** The whole call, retries included. */
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** What to do with a reference that does not resolve in the citation registry. */
  readonly unresolvedReferences: 'drop' | 'mark';
}

/** The answer the model must give (strict JSON schema; the same shape in zod below). */
export const ANSWER_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['diagnoses'],
  properties: {
    diagnoses: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'findings', 'rationale', 'snomed', 'icd10cm', 'references'],
        properties: {
          name: { type: 'string' },
          snomed: { type: ['string', 'null'] },
          icd10cm: { type: ['string', 'null'] },
          findings: { type: 'array', items: { type: 'string' } },
          rationale: { type: 'string' },
          references: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['pmid', 'doi'],
              properties: { pmid: { type: ['string', 'null'] }, doi: { type: ['string', 'null'] } },
            },
          },
        },
      },
    },
  },
} as const;

const Text = (max: number) => z.string().max(max).refine((s) => !s.includes('\u0000'), 'NUL in text');
export const AnswerSchema = z.object({
  diagnoses: z
    .array(
      z.object({
        name: Text(200).pipe(z.string().min(2)),
        snomed: Text(20).nullish(),
        icd10cm: Text(12).nullish(),
        findings: z.array(Text(12)).max(60).default([]),
        rationale: Text(2000).default(''),
        references: z
          .array(z.object({ pmid: Text(20).nullish(), doi: Text(200).nullish() }))
          .max(20)
          .default([]),
      }),
    )
    .max(10),
});
export type LlmAnswer = z.infer<typeof AnswerSchema>;

/** What came back from the provider, always: an answer, or why there is none. */
export type LlmCallResult =
  | { readonly status: 'ok'; readonly answer: LlmAnswer; readonly modelVersion: string; readonly attempts: number; readonly ms: number }
  | {
      readonly status: 'timeout' | 'refused' | 'malformed' | 'http-error' | 'network-error';
      readonly detail: string;
      readonly attempts: number;
      readonly ms: number;
    };

/** The chat-completions response fields this client reads (OpenAI's schema; other fields are ignored). */
const ChatResponseSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullish(),
        message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
      }),
    )
    .min(1),
});

/** The request body, as OpenAI's chat-completions API defines the fields used (the contract test checks it). */
export function chatRequestBody(config: Pick<LlmConfig, 'model'>, prompt: LlmPrompt): Record<string, unknown> {
  return {
    model: config.model,
    temperature: 0,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'differential', strict: true, schema: ANSWER_JSON_SCHEMA } },
  };
}

const RETRYABLE = new Set([408, 409, 429, 500, 502, 503, 504]);
const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/**
 * Asks the model once (with retries inside the time budget).
 * @param config - provider settings
 * @param prompt - the de-identified prompt
 * @param fetchImpl - fetch (injected in tests; MSW intercepts the global one)
 * @returns the answer or the reason there is none; never throws
 */
export async function callLlm(config: LlmConfig, prompt: LlmPrompt, fetchImpl: typeof fetch = fetch): Promise<LlmCallResult> {
  const started = performance.now();
  const budget = AbortSignal.timeout(config.timeoutMs);
  const url = `${config.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const body = JSON.stringify(chatRequestBody(config, prompt));
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) {
    headers.authorization = `Bearer ${config.apiKey}`;
  }
  const ms = (): number => Math.round(performance.now() - started);
  let attempts = 0;
  let last: LlmCallResult | undefined;
  while (attempts <= config.maxRetries && !budget.aborted) {
    attempts++;
    let response: Response;
    try {
      response = await fetchImpl(url, { method: 'POST', headers, body, signal: budget });
    } catch (err) {
      if (budget.aborted) {
        break;
      }
      last = { status: 'network-error', detail: (err as Error).name, attempts, ms: ms() };
      await sleep(backoff(attempts), budget);
      continue;
    }
    if (!response.ok) {
      // Only the status leaves this function: a provider's error body may echo the request.
      last = { status: 'http-error', detail: `HTTP ${response.status}`, attempts, ms: ms() };
      void response.body?.cancel().catch(() => undefined);
      if (!RETRYABLE.has(response.status)) {
        return last;
      }
      const retryAfter = Number(response.headers.get('retry-after'));
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 5000) : backoff(attempts), budget);
      continue;
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch (err) {
      return budget.aborted ? { status: 'timeout', detail: 'time budget spent', attempts, ms: ms() } : { status: 'malformed', detail: `response is not JSON (${(err as Error).name})`, attempts, ms: ms() };
    }
    return readAnswer(json, attempts, ms());
  }
  if (budget.aborted) {
    return { status: 'timeout', detail: `no answer within ${config.timeoutMs} ms`, attempts, ms: ms() };
  }
  return last ?? { status: 'network-error', detail: 'no attempt made', attempts, ms: ms() };
}

function backoff(attempt: number): number {
  return Math.min(250 * 2 ** (attempt - 1), 2000);
}

/** Reads the structured answer out of a chat-completions response. */
export function readAnswer(json: unknown, attempts: number, ms: number): LlmCallResult {
  const chat = ChatResponseSchema.safeParse(json);
  if (!chat.success) {
    return { status: 'malformed', detail: 'not a chat-completions response', attempts, ms };
  }
  const choice = chat.data.choices[0];
  if (choice.message.refusal || choice.finish_reason === 'content_filter') {
    return { status: 'refused', detail: 'the model declined to answer', attempts, ms };
  }
  if (choice.finish_reason === 'length') {
    return { status: 'malformed', detail: 'the answer was cut off (length)', attempts, ms };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(choice.message.content ?? '');
  } catch {
    return { status: 'malformed', detail: 'the answer is not JSON', attempts, ms };
  }
  const answer = AnswerSchema.safeParse(parsed);
  if (!answer.success) {
    return { status: 'malformed', detail: `the answer does not match the schema (${answer.error.issues.length} problems)`, attempts, ms };
  }
  return { status: 'ok', answer: answer.data, modelVersion: chat.data.model ?? 'unknown', attempts, ms };
}

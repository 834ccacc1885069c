/**
 * The queue of decisions not yet confirmed by the server. A decision that could not be stored is
 * kept (and persisted in sessionStorage), shown to the clinician, and retried with backoff; its
 * idempotency key makes a retry harmless. Pure functions over an immutable state.
 */
import type { DecisionRequest } from '../../../server/contract';

/** One decision and its delivery state. */
export interface QueuedDecision {
  readonly request: DecisionRequest;
  readonly status: 'sending' | 'saved' | 'retrying' | 'refused';
  readonly attempts: number;
  /** When the next retry is due (ms since epoch). */
  readonly nextAttemptAt?: number;
  readonly message?: string;
  /** The server's id of the stored decision (once saved). */
  readonly serverId?: string;
}

export type DecisionQueue = readonly QueuedDecision[];

const BACKOFF_MS = [2_000, 5_000, 10_000, 30_000];

/** Adds a decision as `sending` (a second add with the same key is ignored). */
export function enqueue(queue: DecisionQueue, request: DecisionRequest): DecisionQueue {
  return queue.some((q) => q.request.idempotencyKey === request.idempotencyKey) ? queue : [...queue, { request, status: 'sending', attempts: 0 }];
}

function update(queue: DecisionQueue, key: string, fn: (q: QueuedDecision) => QueuedDecision): DecisionQueue {
  return queue.map((q) => (q.request.idempotencyKey === key ? fn(q) : q));
}

/** Marks a decision as stored by the server. */
export function markSaved(queue: DecisionQueue, key: string, serverId?: string): DecisionQueue {
  return update(queue, key, (q) => ({ ...q, status: 'saved', attempts: q.attempts + 1, nextAttemptAt: undefined, message: undefined, serverId }));
}

/** Marks a decision as sending again (a retry started). */
export function markSending(queue: DecisionQueue, key: string): DecisionQueue {
  return update(queue, key, (q) => ({ ...q, status: 'sending' }));
}

/**
 * Records a failed attempt: network errors, 401/408/429 and 5xx are retried with backoff; other 4xx
 * are refused for good (retrying cannot help) and shown with the server's message.
 */
export function markFailed(queue: DecisionQueue, key: string, status: number, message: string, now: number): DecisionQueue {
  const retryable = status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
  return update(queue, key, (q) => {
    const attempts = q.attempts + 1;
    return retryable
      ? { ...q, status: 'retrying', attempts, message, nextAttemptAt: now + BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)] }
      : { ...q, status: 'refused', attempts, message, nextAttemptAt: undefined };
  });
}

/** Decisions whose retry is due. */
export function dueForRetry(queue: DecisionQueue, now: number): QueuedDecision[] {
  return queue.filter((q) => q.status === 'retrying' && (q.nextAttemptAt ?? 0) <= now);
}

/** Decisions not yet saved (for the "not saved yet" notice and storage). */
export function unsaved(queue: DecisionQueue): QueuedDecision[] {
  return queue.filter((q) => q.status !== 'saved');
}

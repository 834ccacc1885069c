/**
 * Sends decisions to the API and keeps those the server could not store: they stay in
 * sessionStorage, are shown as "not saved yet", and are retried with backoff and when the browser
 * comes back online.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecisionRequest } from '../../../server/contract';
import { ApiError, type ApiClient } from '../workspace/api-client';
import { dueForRetry, enqueue, markFailed, markSaved, markSending, unsaved, type DecisionQueue } from './decision-queue';

const STORAGE_KEY = 'ddx-unsaved-decisions';

function loadStored(): DecisionQueue {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as DecisionQueue).map((q) => ({ ...q, status: 'retrying' as const, nextAttemptAt: 0 })) : [];
  } catch {
    return [];
  }
}

/** The queue and how to add to it. */
export interface DecisionQueueHandle {
  readonly queue: DecisionQueue;
  submit(request: DecisionRequest): void;
}

/**
 * @param api - the API client
 * @returns the queue handle
 */
export function useDecisionQueue(api: ApiClient): DecisionQueueHandle {
  const [queue, setQueue] = useState<DecisionQueue>(loadStored);
  const queueRef = useRef(queue);
  queueRef.current = queue;

  const send = useCallback(
    async (request: DecisionRequest): Promise<void> => {
      setQueue((q) => markSending(enqueue(q, request), request.idempotencyKey));
      try {
        const stored = await api.decide(request);
        setQueue((q) => markSaved(q, request.idempotencyKey, stored.id));
      } catch (error) {
        const status = error instanceof ApiError ? error.status : 0;
        setQueue((q) => markFailed(q, request.idempotencyKey, status, (error as Error).message, Date.now()));
      }
    },
    [api],
  );

  useEffect(() => {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(unsaved(queue).filter((q) => q.status !== 'refused')));
    } catch {
      // storage full or disabled: the in-memory queue still retries
    }
  }, [queue]);

  useEffect(() => {
    const retry = (): void => {
      dueForRetry(queueRef.current, Date.now()).forEach((q) => void send(q.request));
    };
    const timer = window.setInterval(retry, 1_000);
    const online = (): void => {
      setQueue((q) => q.map((d) => (d.status === 'retrying' ? { ...d, nextAttemptAt: 0 } : d)));
    };
    window.addEventListener('online', online);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [send]);

  return { queue, submit: (request) => void send(request) };
}

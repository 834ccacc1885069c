import { describe, expect, test } from 'vitest';
import type { DecisionRequest } from '../../../server/contract';
import { dueForRetry, enqueue, markFailed, markSaved, unsaved } from './decision-queue';

const request = (key: string): DecisionRequest => ({ setId: '00000000-0000-4000-8000-000000000000', outcome: 'added-missed', freeTextDiagnosis: 'x', idempotencyKey: key });

describe('decision queue', () => {
  test('adds a decision once per idempotency key', () => {
    const q = enqueue(enqueue([], request('key-00001')), request('key-00001'));
    expect(q).toHaveLength(1);
    expect(q[0].status).toBe('sending');
  });

  test('keeps a decision the server could not store and retries it with backoff', () => {
    let q = enqueue([], request('key-00001'));
    q = markFailed(q, 'key-00001', 503, 'store unavailable', 1_000);
    expect(q[0]).toMatchObject({ status: 'retrying', attempts: 1, nextAttemptAt: 3_000, message: 'store unavailable' });
    expect(dueForRetry(q, 2_999)).toHaveLength(0);
    expect(dueForRetry(q, 3_000)).toHaveLength(1);
    q = markFailed(q, 'key-00001', 0, 'offline', 3_000);
    expect(q[0].nextAttemptAt).toBe(8_000);
    expect(unsaved(q)).toHaveLength(1);
    q = markSaved(q, 'key-00001', 'server-id-1');
    expect(unsaved(q)).toHaveLength(0);
    // The stored decision's id is kept (a missed diagnosis is withdrawn by it).
    expect(q[0].serverId).toBe('server-id-1');
  });

  test('refuses for good what the server rejected as invalid', () => {
    const q = markFailed(enqueue([], request('key-00001')), 'key-00001', 400, 'bad', 0);
    expect(q[0].status).toBe('refused');
    expect(dueForRetry(q, Number.MAX_SAFE_INTEGER)).toHaveLength(0);
  });
});

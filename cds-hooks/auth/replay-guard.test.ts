import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPglite } from '../../server/store/database';
import { createStore, type Store } from '../../server/store/store';
import { databaseReplayGuard, memoryReplayGuard } from './replay-guard';

const NOW = 1_800_000_000;

describe('memoryReplayGuard', () => {
  test('accepts a key once until it expires, then again', async () => {
    const g = memoryReplayGuard();
    expect(await g.firstUse('iss|a', NOW + 60, NOW)).toBe(true);
    expect(await g.firstUse('iss|a', NOW + 60, NOW + 30)).toBe(false);
    expect(await g.firstUse('iss|a', NOW + 200, NOW + 61)).toBe(true);
  });

  test('a key is a replay up to and including its expiry second, and accepted after it without waiting for a prune', async () => {
    const g = memoryReplayGuard();
    expect(await g.firstUse('iss|b', NOW + 5, NOW)).toBe(true);
    expect(await g.firstUse('iss|b', NOW + 5, NOW + 5)).toBe(false);
    // Within the 10 s between prunes the expired entry is still held: it must not count as a replay.
    expect(await g.firstUse('iss|b', NOW + 8, NOW + 6)).toBe(true);
    expect(g.held?.()).toBe(1);
  });

  test('drops expired keys at most every 10 s, keeping those not yet expired', async () => {
    const g = memoryReplayGuard();
    await g.firstUse('iss|short-1', NOW + 1, NOW);
    await g.firstUse('iss|short-2', NOW + 1, NOW);
    await g.firstUse('iss|long', NOW + 300, NOW);
    expect(g.held?.()).toBe(3);
    await g.firstUse('iss|c', NOW + 300, NOW + 9);
    expect(g.held?.()).toBe(4); // 9 s after the last prune: nothing dropped yet
    await g.firstUse('iss|d', NOW + 300, NOW + 10);
    expect(g.held?.()).toBe(3); // the two expired keys dropped; long, c and d kept
    await g.firstUse('iss|e', NOW + 300, NOW + 15);
    expect(g.held?.()).toBe(4);
  });
});

describe('databaseReplayGuard', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore(await openPglite('memory'), 'test-secret-0123456789');
  });
  afterAll(async () => {
    await store.close();
  });

  test('two processes sharing the database: a token accepted by one is refused by the other', async () => {
    const [a, b] = [databaseReplayGuard(store), databaseReplayGuard(store)];
    const key = `https://ehr.example.org|${randomUUID()}`;
    expect(await a.firstUse(key, NOW + 300, NOW)).toBe(true);
    expect(await b.firstUse(key, NOW + 300, NOW + 1)).toBe(false);
    expect(await a.firstUse(key, NOW + 300, NOW + 2)).toBe(false);
    a.close();
    b.close();
  });

  test('of many concurrent calls with the same token exactly one is accepted, and other tokens in the same batches are', async () => {
    const g = databaseReplayGuard(store, { maxBatch: 7 });
    const replayed = `iss|${randomUUID()}`;
    const others = Array.from({ length: 20 }, () => `iss|${randomUUID()}`);
    const calls = [...others.map((k) => ({ k, replay: false })), ...Array.from({ length: 20 }, () => ({ k: replayed, replay: true }))].sort(() => 0.5 - Math.random());
    const results = await Promise.all(calls.map((c) => g.firstUse(c.k, NOW + 300, NOW).then((ok) => ({ ...c, ok }))));
    expect(results.filter((r) => r.replay && r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.replay).every((r) => r.ok)).toBe(true);
    g.close();
  });

  test('stores a hash of the key, not the jti', async () => {
    const g = databaseReplayGuard(store);
    const jti = randomUUID();
    const key = `iss|${jti}`;
    const count = async (): Promise<number> => (await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM cds_client_jtis')).rows[0].n;
    const before = await count();
    expect(await g.firstUse(key, NOW + 60, NOW)).toBe(true);
    expect(await count()).toBe(before + 1);
    const hashed = createHash('sha256').update(key).digest('hex');
    expect((await store.db.query<{ key: string }>('SELECT key FROM cds_client_jtis WHERE key = $1', [hashed])).rows).toEqual([{ key: hashed }]);
    const containing = (await store.db.query<{ key: string }>("SELECT key FROM cds_client_jtis WHERE key LIKE '%' || $1 || '%'", [jti])).rows;
    expect(containing).toEqual([]);
    g.close();
  });

  test('when the database cannot answer, the check fails rather than accepting', async () => {
    const g = databaseReplayGuard({ claimJtis: () => Promise.reject(new Error('database unavailable: ECONNREFUSED')), pruneJtis: () => Promise.resolve(0) });
    await expect(g.firstUse('iss|x', NOW + 60, NOW)).rejects.toThrow(/database unavailable/);
    g.close();
  });

  test('a batch is judged by the latest clock of its calls, and holds at most 500 calls by default', async () => {
    const seen: { size: number; now: number }[] = [];
    const g = databaseReplayGuard({
      claimJtis: (c, now) => (seen.push({ size: c.length, now }), Promise.resolve(c.map(() => true))),
      pruneJtis: () => Promise.resolve(0),
    });
    await Promise.all(Array.from({ length: 501 }, (_, i) => g.firstUse(`iss|${i}`, NOW + 60, NOW + (i === 7 ? 9 : 0))));
    expect(seen.map((b) => b.size)).toEqual([500, 1]);
    expect(seen[0].now).toBe(NOW + 9);
    g.close();
  });

  test('prunes nothing before the first call, and nothing after close', async () => {
    const calls: number[] = [];
    const g = databaseReplayGuard({ claimJtis: (c) => Promise.resolve(c.map(() => true)), pruneJtis: (now) => (calls.push(now), Promise.resolve(0)) }, { pruneEveryMs: 5 });
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toEqual([]);
    await g.firstUse('iss|z', NOW + 60, NOW);
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.length).toBeGreaterThan(0);
    g.close();
    const after = calls.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(calls.length).toBe(after);
  });

  test('prunes expired claims in the background', async () => {
    let pruned = 0;
    const g = databaseReplayGuard({ claimJtis: (c) => Promise.resolve(c.map(() => true)), pruneJtis: (now) => ((pruned = now), Promise.resolve(0)) }, { pruneEveryMs: 5 });
    await g.firstUse('iss|y', NOW + 60, NOW);
    await new Promise((r) => setTimeout(r, 30));
    expect(pruned).toBe(NOW);
    g.close();
  });
});

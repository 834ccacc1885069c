/**
 * Remembers the `jti` of every accepted CDS client JWT until it expires, so the same token is never
 * accepted twice (https://cds-hooks.hl7.org/2.0/#trusting-cds-clients).
 *
 * - In memory, for one process: the default with the embedded database, where there is only ever
 *   one process.
 * - In PostgreSQL, when the service runs as several processes (cluster workers, or instances behind
 *   a load balancer): a token accepted by one must be refused by all the others, which no process's
 *   memory can see. Calls that arrive together are claimed in one statement, as the cards are
 *   committed (group commit), so the check costs one round trip per batch, not per call.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../server/store/store';
import { createGroupCommit } from '../../server/store/group-commit';

export interface ReplayGuard {
  /**
   * @param key - what identifies the token (`iss|jti`)
   * @param expiresAt - until when it must be remembered (seconds since the epoch)
   * @param now - the verifier's clock (seconds since the epoch)
   * @returns true the first time the key is presented before it expires, false for a replay
   * @throws when it cannot tell (the database is down): the caller must not accept the token
   */
  firstUse(key: string, expiresAt: number, now: number): Promise<boolean>;
  /** Stops background pruning. */
  close(): void;
  /** How many keys this process holds in memory (the in-memory guard only): bounded by pruning. */
  held?(): number;
}

/** Expired entries are pruned at most every 10 s, on the way in. */
export function memoryReplayGuard(): ReplayGuard {
  const seen = new Map<string, number>();
  let lastPrune = 0;
  return {
    firstUse(key, expiresAt, now) {
      if (now - lastPrune >= 10) {
        lastPrune = now;
        for (const [k, e] of seen) {
          if (e < now) {
            seen.delete(k);
          }
        }
      }
      const existing = seen.get(key);
      if (existing !== undefined && existing >= now) {
        return Promise.resolve(false);
      }
      seen.set(key, expiresAt);
      return Promise.resolve(true);
    },
    close() {},
    held: () => seen.size,
  };
}

/**
 * @param store - claims and prunes in the database
 * @param options - the largest batch (default 500) and how often expired claims are deleted (default 60 s)
 * @returns a guard shared by every process that uses the same database
 */
export function databaseReplayGuard(store: Pick<Store, 'claimJtis' | 'pruneJtis'>, options: { maxBatch?: number; pruneEveryMs?: number } = {}): ReplayGuard {
  let latestNow = 0;
  // One clock per batch: the latest the callers gave (a claim that expired by then may be re-claimed).
  const claims = createGroupCommit<{ key: string; expiresAt: number; now: number }, boolean>(
    (batch) => store.claimJtis(batch, Math.max(...batch.map((c) => c.now))),
    options.maxBatch ?? 500,
  );

  const prune = setInterval(() => {
    if (latestNow > 0) {
      store.pruneJtis(latestNow).catch(() => undefined);
    }
  }, options.pruneEveryMs ?? 60_000);
  prune.unref();

  return {
    firstUse(key, expiresAt, now) {
      latestNow = Math.max(latestNow, now);
      return claims.submit({ key: createHash('sha256').update(key).digest('hex'), expiresAt, now });
    },
    close() {
      clearInterval(prune);
    },
  };
}

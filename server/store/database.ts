/**
 * One database interface over two drivers: embedded PGlite by default (nothing to install), real
 * PostgreSQL (node-postgres) when DATABASE_URL is set. Same SQL and migrations for both.
 */
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface QueryResult<T> {
  rows: T[];
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs `fn` in a transaction; rolls back when it throws. */
  transaction<T>(fn: (tx: Pick<Database, 'query'>) => Promise<T>): Promise<T>;
  /** Runs several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  constructor(cause: Error) {
    super(`database unavailable: ${cause.message}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * Opens the embedded database.
 * @param dir - a folder, or `memory`
 * @returns the database
 */
export async function openPglite(dir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dir !== 'memory') {
    mkdirSync(dir, { recursive: true });
  }
  const db = dir === 'memory' ? new PGlite() : new PGlite(dir);
  await db.waitReady;
  let queue: Promise<unknown> = Promise.resolve();
  // PGlite is single-connection: serialise transactions so concurrent requests do not interleave.
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    kind: 'pglite',
    query: <T>(sql: string, params?: unknown[]) => serial(() => db.query<T>(sql, params as never[])),
    transaction: <T>(fn: (tx: Pick<Database, 'query'>) => Promise<T>) =>
      serial(() => db.transaction(async (tx) => fn({ query: <R>(sql: string, params?: unknown[]) => tx.query<R>(sql, params as never[]) }))),
    exec: (sql: string) => serial(async () => void (await db.exec(sql))),
    close: () => db.close(),
  };
}

/** An error from the database thread, with the SQLSTATE code when there is one. */
class PgliteThreadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'PgliteThreadError';
  }
}

/**
 * Opens the embedded database in its own worker thread (server/store/pglite-thread.mjs): the same SQL,
 * serialised as on the main thread (PGlite is single-connection), but its CPU time is off the event loop.
 * A transaction is BEGIN, the callback's queries, then COMMIT (or ROLLBACK when it throws), with nothing
 * else interleaved.
 * @param dir - a folder, or `memory`
 * @returns the database
 */
export async function openPgliteThread(dir: string): Promise<Database> {
  const worker = new Worker(new URL('./pglite-thread.mjs', import.meta.url), { workerData: { dir } });
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failed: Error | undefined;
  await new Promise<void>((resolve, reject) => {
    const onReady = (msg: { ready?: boolean; error?: { message: string } }): void => {
      if (msg.ready === true) {
        worker.off('message', onReady);
        resolve();
      } else if (msg.ready === false) {
        reject(new Error(`the embedded database could not start: ${msg.error?.message ?? 'unknown error'}`));
      }
    };
    worker.on('message', onReady);
    worker.once('error', reject);
  });
  worker.on('message', (msg: { id?: number; rows?: unknown[]; error?: { message: string; code?: string } }) => {
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p || msg.id === undefined) {
      return;
    }
    pending.delete(msg.id);
    if (msg.error) {
      p.reject(new PgliteThreadError(msg.error.message, msg.error.code));
    } else {
      p.resolve(msg.rows ?? []);
    }
  });
  const fail = (err: Error): void => {
    failed = new DatabaseUnavailableError(err);
    pending.forEach((p) => p.reject(failed as Error));
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the database thread exited (${code})`)));
  const send = (op: 'query' | 'exec' | 'close', sql = '', params: unknown[] = []): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      if (failed) {
        reject(failed);
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, sql, params });
    });
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  const query = async <T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> => ({ rows: (await send('query', sql, params ?? [])) as T[] });
  return {
    kind: 'pglite',
    query: <T>(sql: string, params?: unknown[]) => serial(() => query<T>(sql, params)),
    transaction: <T>(fn: (tx: Pick<Database, 'query'>) => Promise<T>) =>
      serial(async () => {
        await send('exec', 'BEGIN');
        try {
          const out = await fn({ query });
          await send('exec', 'COMMIT');
          return out;
        } catch (err) {
          await send('exec', 'ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
    exec: (sql: string) => serial(async () => void (await send('exec', sql))),
    close: async () => {
      await serial(() => send('close')).catch(() => undefined);
      worker.removeAllListeners('exit');
      await worker.terminate();
      // Anything asked of a closed database fails at once (it would otherwise wait for a thread that is gone).
      fail(new Error('the database thread was closed'));
    },
  };
}

/**
 * Connects to PostgreSQL.
 * @param url - connection string
 * @returns the database
 */
export async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg');
  const pool = new pg.default.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client whose connection dies emits 'error' on the pool; a checked-out one emits it on itself,
  // and an 'error' event without a listener would end the process (one dead connection would take every
  // request with it). Each client gets a listener once; a client that failed is discarded, not reused.
  pool.on('error', () => undefined);
  const listening = new WeakSet<object>();
  const unavailable = (e: Error & { code?: string }): boolean =>
    e.code === 'ECONNREFUSED' || e.code === '57P01' || /timeout|terminated|ECONNRESET/i.test(e.message);
  const wrap = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      const e = err as Error & { code?: string };
      if (unavailable(e)) {
        throw new DatabaseUnavailableError(e);
      }
      throw err;
    }
  };
  return {
    kind: 'postgres',
    query: <T>(sql: string, params?: unknown[]) => wrap(async () => ({ rows: (await pool.query(sql, params)).rows as T[] })),
    transaction: <T>(fn: (tx: Pick<Database, 'query'>) => Promise<T>) =>
      wrap(async () => {
        const client = await pool.connect();
        if (!listening.has(client)) {
          listening.add(client);
          client.on('error', () => undefined);
        }
        let broken = false;
        try {
          await client.query('BEGIN');
          const out = await fn({ query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as R[] }) });
          await client.query('COMMIT');
          return out;
        } catch (err) {
          broken = unavailable(err as Error & { code?: string });
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          throw err;
        } finally {
          client.release(broken);
        }
      }),
    exec: (sql: string) => wrap(async () => void (await pool.query(sql))),
    close: () => pool.end(),
  };
}

/**
 * One database interface over two drivers: embedded PGlite by default (nothing to install), real
 * PostgreSQL (node-postgres) when DATABASE_URL is set. Same SQL and migrations for both.
 */
import { mkdirSync } from 'node:fs';

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

/**
 * Connects to PostgreSQL.
 * @param url - connection string
 * @returns the database
 */
export async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg');
  const pool = new pg.default.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined);
  const wrap = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      const e = err as Error & { code?: string };
      if (e.code === 'ECONNREFUSED' || e.code === '57P01' || /timeout|terminated|ECONNRESET/i.test(e.message)) {
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
        try {
          await client.query('BEGIN');
          const out = await fn({ query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as R[] }) });
          await client.query('COMMIT');
          return out;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          client.release();
        }
      }),
    exec: (sql: string) => wrap(async () => void (await pool.query(sql))),
    close: () => pool.end(),
  };
}

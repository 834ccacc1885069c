/**
 * The three database drivers on their own (server/store/database.ts): what a transaction commits and rolls back,
 * that the embedded database on disk keeps its data, that errors keep their SQLSTATE, and that a database that
 * is gone fails fast and clearly (DatabaseUnavailableError) instead of hanging a request.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { DatabaseUnavailableError, openPglite, openPgliteThread, openPostgres, type Database } from './database';

const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const scratch = mkdtempSync(join(tmpdir(), 'ddx-db-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The behaviour every driver shares, on a table of its own. */
async function sharedBehaviour(db: Database): Promise<void> {
  const t = `t_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  // exec runs several statements at once (migrations rely on it).
  await db.exec(`CREATE TABLE ${t} (k text PRIMARY KEY, v int); INSERT INTO ${t} VALUES ('seed', 0);`);
  expect((await db.query<{ v: number }>(`SELECT v FROM ${t} WHERE k = $1`, ['seed'])).rows).toEqual([{ v: 0 }]);
  // A transaction returns its callback's value and commits its queries.
  const out = await db.transaction(async (tx) => {
    await tx.query(`INSERT INTO ${t} VALUES ($1, $2)`, ['a', 1]);
    return (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
  });
  expect(out).toBe(2);
  // One that throws rolls back everything it did and rethrows the same error.
  const boom = new Error('callback failed');
  await expect(
    db.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${t} VALUES ($1, $2)`, ['b', 2]);
      throw boom;
    }),
  ).rejects.toBe(boom);
  // A failing statement keeps its SQLSTATE (23505, unique violation) for the caller to act on.
  const dup = await db.query(`INSERT INTO ${t} VALUES ('a', 9)`).catch((e: unknown) => e as Error & { code?: string });
  expect(dup).toBeInstanceOf(Error);
  expect((dup as { code?: string }).code).toBe('23505');
  expect((await db.query<{ k: string; v: number }>(`SELECT k, v FROM ${t} ORDER BY k`)).rows).toEqual([
    { k: 'a', v: 1 },
    { k: 'seed', v: 0 },
  ]);
  // Concurrent transactions do not interleave: each sees its own writes and commits whole.
  await Promise.all(
    [1, 2, 3, 4].map((n) =>
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${t} VALUES ($1, $2)`, [`c${n}`, n]);
        const mine = (await tx.query<{ v: number }>(`SELECT v FROM ${t} WHERE k = $1`, [`c${n}`])).rows;
        expect(mine).toEqual([{ v: n }]);
      }),
    ),
  );
  expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n).toBe(6);
}

describe('openPglite (embedded, main thread)', () => {
  test('commits, rolls back, keeps SQLSTATE codes and serialises transactions', async () => {
    const db = await openPglite('memory');
    try {
      expect(db.kind).toBe('pglite');
      await sharedBehaviour(db);
    } finally {
      await db.close();
    }
  });

  test('on disk: creates the folder and keeps the data after a restart', async () => {
    const dir = join(scratch, 'nested', 'pglite-main');
    expect(existsSync(dir)).toBe(false);
    const first = await openPglite(dir);
    await first.exec("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here');");
    await first.close();
    expect(existsSync(dir)).toBe(true);
    const second = await openPglite(dir);
    try {
      expect((await second.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
    } finally {
      await second.close();
    }
  });
});

describe('openPgliteThread (embedded, in a worker thread)', () => {
  test('commits, rolls back, keeps SQLSTATE codes and serialises transactions', async () => {
    const db = await openPgliteThread('memory');
    try {
      expect(db.kind).toBe('pglite');
      await sharedBehaviour(db);
      // The error from the thread says what failed and is named as such.
      const err = await db.query('SELECT * FROM no_such_table').catch((e: unknown) => e as Error & { code?: string });
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/no_such_table/);
      expect((err as Error).name).toBe('PgliteThreadError');
      expect((err as { code?: string }).code).toBe('42P01');
    } finally {
      await db.close();
    }
  });

  test('on disk: creates the folder and keeps the data after a restart', async () => {
    const dir = join(scratch, 'nested', 'pglite-thread');
    const first = await openPgliteThread(dir);
    await first.exec("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here');");
    await first.close();
    const second = await openPgliteThread(dir);
    try {
      expect((await second.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
    } finally {
      await second.close();
    }
  });

  test('a folder it cannot create fails the start with the reason, not a hang', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    await expect(openPgliteThread(join(file, 'db'))).rejects.toThrow(/ENOTDIR|not a directory|EEXIST/i);
  });

  test('after close, every call fails fast as unavailable and nothing hangs', async () => {
    const db = await openPgliteThread('memory');
    await db.close();
    const err = await db.query('SELECT 1').catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect((err as Error).message).toMatch(/^database unavailable: .*database thread/);
    await expect(db.exec('SELECT 1')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(db.transaction(async (tx) => tx.query('SELECT 1'))).rejects.toBeInstanceOf(DatabaseUnavailableError);
    // Closing twice is harmless.
    await db.close();
  });
});

describe('openPostgres', () => {
  test('commits, rolls back, keeps SQLSTATE codes and runs transactions on their own connection', async () => {
    const schema = `d_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = await openPostgres(`${PG_URL}?options=-c%20search_path%3D${schema}`);
    try {
      expect(db.kind).toBe('postgres');
      await sharedBehaviour(db);
    } finally {
      await db.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });

  // Before the fix, the dead connection inside a transaction emitted an 'error' event nobody listened to: an
  // uncaught exception (the whole server down), which vitest reports as a failed run.
  test('a connection terminated by the server (57P01) is reported as the database being unavailable, and nothing else breaks', async () => {
    const db = await openPostgres(PG_URL);
    try {
      const err = await db.query('SELECT pg_terminate_backend(pg_backend_pid())').catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(DatabaseUnavailableError);
      expect((err as Error).name).toBe('DatabaseUnavailableError');
      expect((err as Error).message).toMatch(/^database unavailable: /);
      // Inside a transaction too; and the pool recovers for the next request.
      await expect(db.transaction(async (tx) => tx.query('SELECT pg_terminate_backend(pg_backend_pid())'))).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  test('an ordinary SQL error is passed on as it is, not as the database being down', async () => {
    const db = await openPostgres(PG_URL);
    try {
      const err = await db.query('SELECT * FROM no_such_table_anywhere').catch((e: unknown) => e as Error & { code?: string });
      expect(err).not.toBeInstanceOf(DatabaseUnavailableError);
      expect((err as { code?: string }).code).toBe('42P01');
      await expect(db.exec('SELECT * FROM no_such_table_anywhere')).rejects.not.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      await db.close();
    }
  });

  test('after close the pool refuses work', async () => {
    const db = await openPostgres(PG_URL);
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow();
  });
});

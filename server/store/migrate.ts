/**
 * Applies the SQL migrations in `migrations/` in order, once each, recording them in
 * `schema_migrations`. The same files run on PGlite and PostgreSQL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Key of the advisory lock held while migrating (any constant shared by every instance). */
const MIGRATION_LOCK = 7_215_001;

/**
 * Applies what is missing, all in one transaction under an advisory lock: when several instances or
 * cluster workers start at once, one migrates and the others wait, then find nothing left to do.
 * @param db - the database
 * @returns names of the migrations applied now
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const name of readdirSync(MIGRATIONS_DIR).filter((n) => n.endsWith('.sql')).sort()) {
      if (done.has(name)) {
        continue;
      }
      for (const statement of splitStatements(readFileSync(join(MIGRATIONS_DIR, name), 'utf8'))) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}

/** Splits a migration into statements, keeping $$-quoted function bodies whole. */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    if (line.trim().startsWith('--') && !inDollar) {
      continue;
    }
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) {
      inDollar = !inDollar;
    }
    if (!inDollar && line.trim().endsWith(';')) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) {
    out.push(current.trim());
  }
  return out;
}

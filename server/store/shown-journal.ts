/**
 * The CDS Hooks journal (issue 16, item 5): what a hook call showed is appended to a local file before the
 * cards are returned, and reaches the database just after, in group-committed batches. A card is still
 * never shown unless it is recorded (the journal is the record until the database has it), but the call no
 * longer waits for the embedded database's statement (about 2.5 ms of WebAssembly PostgreSQL per call).
 *
 * - The journal holds items as the store will write them (`Store.prepareShown`): references are already
 *   pseudonyms, so no raw patient or user reference is written to disk.
 * - Durability is the database's own: the line is written to the operating system before the call returns
 *   (it survives the process crashing, as the embedded database's committed writes do).
 * - Reads wait: `settled()` resolves once everything journaled before it has reached the database, and
 *   the database handed to the rest of the server (`withJournalBarrier`) waits for it before every
 *   statement, so feedback on a card, a decision, or a quality view always sees the cards already shown.
 * - The file is emptied whenever everything written has reached the database. On start, whatever a crash
 *   left in it is replayed (items already stored are skipped by card uuid), then it is emptied.
 * - An item the database refuses is moved to `<journal>.failed` (with an error logged, without patient
 *   data): nothing shown is lost, and the next start tries it again.
 */
import { appendFileSync, closeSync, existsSync, ftruncateSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { createGroupCommit } from './group-commit';
import type { Database } from './database';
import type { PreparedShown, ShownInput, Store } from './store';

export interface ShownJournal {
  /** Writes the item to the journal (synchronously, before returning) and queues it for the database. */
  write(item: ShownInput): void;
  /** Resolves once everything written before this call has reached the database (or the failed file). */
  settled(): Promise<void>;
  /** What the replay on opening found: items applied, skipped (already stored) and moved to the failed file. */
  readonly replayed: { applied: number; skipped: number; failed: number };
  /** Waits for the queue, then closes the file. */
  close(): Promise<void>;
}

type JournalStore = Pick<Store, 'prepareShown' | 'applyShown' | 'existingCards'>;
interface JournalLogger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** Reads a journal file's items; a torn last line (a crash in the middle of a write) is dropped with a warning. */
function readItems(path: string, logger: JournalLogger): PreparedShown[] {
  if (!existsSync(path)) {
    return [];
  }
  const items: PreparedShown[] = [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  lines.forEach((line, i) => {
    try {
      items.push(JSON.parse(line) as PreparedShown);
    } catch {
      logger.warn({ journal: path, line: i + 1, of: lines.length }, 'CDS journal line unreadable (torn write); skipped');
    }
  });
  return items;
}

/**
 * Opens the journal, replaying what an earlier process left in it.
 * @param path - the journal file (beside the embedded database's directory)
 * @param store - a store on the database itself (not behind the barrier, which would wait for its own writes)
 * @param logger - for failures (no patient data is logged)
 * @param options - the largest batch (default 200)
 * @returns the journal
 */
export async function openShownJournal(path: string, store: JournalStore, logger: JournalLogger, options: { maxBatch?: number; lingerMs?: number } = {}): Promise<ShownJournal> {
  const failedPath = `${path}.failed`;
  const replayed = { applied: 0, skipped: 0, failed: 0 };
  // Replay: the failed items first (an earlier database outage), then the journal, in order.
  const pending = [...readItems(failedPath, logger), ...readItems(path, logger)];
  const stillFailing: PreparedShown[] = [];
  for (let i = 0; i < pending.length; i += 200) {
    const chunk = pending.slice(i, i + 200);
    const stored = await store.existingCards(chunk.flatMap((p) => p.cards.map((c) => String(c.uuid))));
    const todo = chunk.filter((p) => !p.cards.some((c) => stored.has(String(c.uuid))));
    replayed.skipped += chunk.length - todo.length;
    for (const item of todo) {
      try {
        await store.applyShown([item]);
        replayed.applied += 1;
      } catch (err) {
        stillFailing.push(item);
        logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'CDS journal item could not be stored on replay; kept in the failed file');
      }
    }
  }
  replayed.failed = stillFailing.length;
  // Rewrite the failed file with what still fails (or remove it), then empty the journal.
  if (existsSync(failedPath)) {
    unlinkSync(failedPath);
  }
  if (stillFailing.length > 0) {
    appendFileSync(failedPath, stillFailing.map((p) => `${JSON.stringify(p)}\n`).join(''));
  }
  const fd = openSync(path, 'a');
  ftruncateSync(fd, 0);

  let inFlight = 0;
  let last: Promise<void> = Promise.resolve();
  let closed = false;
  // The journal line is the record, so the database can take items in batches: they gather for up to `lingerMs`
  // (default 25 ms) and go in one statement, which costs the embedded database's thread a fraction of one statement
  // per call and leaves the CPU to the calls themselves. A reader never waits for the linger (`settled` flushes).
  const batches = createGroupCommit<PreparedShown, string>((items) => store.applyShown(items), options.maxBatch ?? 200, { lingerMs: options.lingerMs ?? 25 });
  return {
    replayed,
    write(item) {
      if (closed) {
        throw new Error('the CDS journal is closed');
      }
      const prepared = store.prepareShown(item);
      // To the operating system before the call returns: the record of what is about to be shown.
      writeSync(fd, `${JSON.stringify(prepared)}\n`);
      inFlight += 1;
      last = batches.submit(prepared).then(
        () => undefined,
        (err: Error) => {
          // Refused by the database: kept in the failed file (retried on the next start), never lost.
          appendFileSync(failedPath, `${JSON.stringify(prepared)}\n`);
          logger.error({ err: { name: err.name, message: err.message } }, 'CDS journal item could not be stored; moved to the failed file');
        },
      ).finally(() => {
        inFlight -= 1;
        if (inFlight === 0 && !closed) {
          // Everything written has reached the database (or the failed file): the journal starts again empty.
          ftruncateSync(fd, 0);
        }
      });
    },
    settled: () => {
      batches.flush();
      return last;
    },
    async close() {
      batches.flush();
      await last;
      closed = true;
      closeSync(fd);
    },
  };
}

/**
 * The database the rest of the server uses when a journal is open: every statement first waits for what
 * was journaled before it, so nothing reads the store as if a card already shown had not been.
 * @param db - the database
 * @param journal - the open journal
 * @returns a database with the same operations
 */
export function withJournalBarrier(db: Database, journal: Pick<ShownJournal, 'settled'>): Database {
  return {
    kind: db.kind,
    query: async (sql, params) => {
      await journal.settled();
      return db.query(sql, params);
    },
    transaction: async (fn) => {
      await journal.settled();
      return db.transaction(fn);
    },
    exec: async (sql) => {
      await journal.settled();
      return db.exec(sql);
    },
    close: () => db.close(),
  };
}

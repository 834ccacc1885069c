// The embedded database (PGlite, PostgreSQL compiled to WebAssembly) in its own worker thread, so that
// its CPU work (parsing, planning, executing, WAL) never blocks the server's event loop (issue 16, item 5).
// Plain JavaScript: a worker thread starts without the TypeScript loader. The protocol is one message per
// operation: { id, op: 'query' | 'exec' | 'close', sql, params } -> { id, rows } | { id, error }.
import { parentPort, workerData } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';

const dir = workerData.dir;
if (dir !== 'memory') {
  mkdirSync(dir, { recursive: true });
}
const db = dir === 'memory' ? new PGlite() : new PGlite(dir);

parentPort.on('message', async (msg) => {
  try {
    await db.waitReady;
    if (msg.op === 'query') {
      const result = await db.query(msg.sql, msg.params ?? []);
      parentPort.postMessage({ id: msg.id, rows: result.rows });
    } else if (msg.op === 'exec') {
      await db.exec(msg.sql);
      parentPort.postMessage({ id: msg.id, rows: [] });
    } else if (msg.op === 'close') {
      await db.close();
      parentPort.postMessage({ id: msg.id, rows: [] });
    } else {
      parentPort.postMessage({ id: msg.id, error: { message: `unknown operation ${msg.op}` } });
    }
  } catch (err) {
    parentPort.postMessage({ id: msg.id, error: { message: err?.message ?? String(err), code: err?.code, name: err?.name } });
  }
});

db.waitReady.then(
  () => parentPort.postMessage({ ready: true }),
  (err) => parentPort.postMessage({ ready: false, error: { message: err?.message ?? String(err) } }),
);

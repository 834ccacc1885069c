/**
 * Starts the real application on a free loopback port for integration and browser tests.
 * The public base URL must be known before createApp (SMART `iss`, redirect URIs), so a free
 * port is reserved first.
 */
import { createServer, type Server } from 'node:net';
import { Writable } from 'node:stream';
import type { Server as HttpServer } from 'node:http';
import { loadConfig, type Config } from '../../server/config';
import { createApp, type AppHandle } from '../../server/app';
import { createLogger } from '../../server/logger';

export interface RunningServer {
  readonly baseUrl: string;
  readonly handle: AppHandle;
  /** The server's log records (JSON lines, parsed), when started with `captureLogs`; empty otherwise. */
  readonly logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Finds a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv: Server = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the app with test defaults (sandbox on, in-memory PGlite, silent logs) plus overrides.
 * @param envOrFn - extra environment variables for loadConfig, or a function of the base URL giving them
 * @param options - `captureLogs`: keep the server's info-level log records in `logs` (to check what it did, e.g. why it gave no cards)
 * @returns the running server and a stop function
 */
export async function startTestServer(envOrFn: Record<string, string> | ((baseUrl: string) => Record<string, string>) = {}, options: { captureLogs?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  // Settings that name this server's own URL (the sandbox FHIR base) are given as a function of it.
  const env = typeof envOrFn === 'function' ? envOrFn(`http://127.0.0.1:${port}`) : envOrFn;
  const config: Config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    PGLITE_DIR: 'memory',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  // A record is pushed as it is written (pino writes each line synchronously), so it is there by the time the response is.
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback): void {
      for (const line of chunk.toString().split('\n').filter((l) => l.trim())) {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      callback();
    },
  });
  const handle = await createApp(config, { logger: options.captureLogs ? createLogger('info', destination) : createLogger(config.logLevel) });
  const server: HttpServer = await new Promise((resolve) => {
    const s = handle.app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    baseUrl: config.publicBaseUrl,
    handle,
    logs,
    async stop(): Promise<void> {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await handle.close();
    },
  };
}

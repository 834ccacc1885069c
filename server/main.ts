/**
 * Process entry: parse config, build the app, listen. `npm start` runs this after building the client.
 *
 * With CLUSTER_WORKERS > 1 (PostgreSQL, no sandbox) this process is the cluster primary: it forks that
 * many workers, each a full server on the same port (Node's cluster shares the socket), replaces a
 * worker that dies, and stops them all on SIGINT/SIGTERM. A worker that fails during start-up stops
 * the whole cluster with its message rather than being restarted in a loop.
 */
import cluster, { type Worker } from 'node:cluster';
import { loadConfig, type Config } from './config';
import { createApp } from './app';
import { createLogger, type Logger } from './logger';

const started = performance.now();

function printBanner(config: Config, readyMs: number): void {
  const lines = [
    '',
    `  DDx CDS is running (ready in ${(readyMs / 1000).toFixed(2)} s${config.clusterWorkers > 1 ? `, ${config.clusterWorkers} workers` : ''})`,
    config.sandbox ? `  Sandbox EHR launch page: ${config.publicBaseUrl}/sandbox/` : '  Sandbox EHR: off',
    `  SMART app launch URL:    ${config.publicBaseUrl}/launch.html`,
    `  CDS Hooks discovery:     ${config.publicBaseUrl}/cds-services`,
    config.sandbox ? `  Sandbox FHIR base:       ${config.publicBaseUrl}/sandbox/fhir` : '',
    config.sandboxDevFhirPort ? `  Development FHIR mode:   port ${config.sandboxDevFhirPort} (read-only, no authentication, open CORS)` : '',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One server: the whole process, or one cluster worker. */
async function serve(config: Config, logger: Logger, inCluster: boolean): Promise<void> {
  try {
    const handle = await createApp(config, { logger });
    const server = handle.app.listen(config.port, config.host, () => {
      if (inCluster) {
        process.send?.({ kind: 'listening' });
        return;
      }
      const readyMs = Math.round(performance.now() - started);
      logger.info({ port: config.port, readyMs, sandbox: config.sandbox, knowledgeVersion: handle.knowledge.manifest.version }, 'ready');
      printBanner(config, readyMs);
    });
    // Development FHIR mode (sandbox only): the synthetic data read-only on its own port.
    const devServer = handle.sandbox?.devFhir ? handle.sandbox.devFhir.app.listen(handle.sandbox.devFhir.port, config.host) : undefined;
    const shutdown = (): void => {
      devServer?.close();
      server.close(() => {
        handle.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (err) {
    const e = err as Error;
    logger.fatal({ err: { name: e.name, message: e.message } }, 'start-up failed');
    process.stderr.write(`\nStart-up failed: ${e.message}\n`);
    process.exit(1);
  }
}

/** The cluster primary: forks, watches and stops the workers. */
function runPrimary(config: Config, logger: Logger): void {
  const listening = new Set<number>();
  let stopping = false;
  let finalCode = 0;
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (msg: { kind?: string }) => {
      if (msg?.kind !== 'listening') {
        return;
      }
      listening.add(worker.id);
      if (listening.size === config.clusterWorkers) {
        const readyMs = Math.round(performance.now() - started);
        logger.info({ port: config.port, readyMs, workers: config.clusterWorkers, sandbox: config.sandbox }, 'ready');
        printBanner(config, readyMs);
      }
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    const hadListened = listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        process.exit(finalCode);
      }
      return;
    }
    if (!hadListened) {
      logger.fatal({ code, signal }, 'a cluster worker failed during start-up; stopping');
      stopAll(1);
      return;
    }
    logger.error({ code, signal }, 'cluster worker died; starting a replacement');
    fork();
  });
  const stopAll = (exitCode: number): void => {
    stopping = true;
    finalCode = Math.max(finalCode, exitCode);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (workers.length === 0) {
      process.exit(finalCode);
    }
    workers.forEach((w) => w.process.kill('SIGTERM'));
    setTimeout(() => process.exit(finalCode), 10_000).unref();
  };
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  for (let i = 0; i < config.clusterWorkers; i++) {
    fork();
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  process.stderr.write(`\nStart-up failed: ${(err as Error).message}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
if (config.clusterWorkers > 1 && cluster.isPrimary) {
  runPrimary(config, logger);
} else {
  await serve(config, logger, config.clusterWorkers > 1);
}

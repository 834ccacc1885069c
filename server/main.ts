/**
 * Process entry: parse config, build the app, listen. `npm start` runs this after building the client.
 */
import { loadConfig } from './config';
import { createApp } from './app';
import { createLogger } from './logger';

const started = performance.now();
const config = loadConfig();
const logger = createLogger(config.logLevel);

try {
  const handle = await createApp(config, { logger });
  const server = handle.app.listen(config.port, config.host, () => {
    const readyMs = Math.round(performance.now() - started);
    logger.info({ port: config.port, readyMs, sandbox: config.sandbox, knowledgeVersion: handle.knowledge.manifest.version }, 'ready');
    const lines = [
      '',
      `  DDx CDS is running (ready in ${(readyMs / 1000).toFixed(2)} s)`,
      config.sandbox ? `  Sandbox EHR launch page: ${config.publicBaseUrl}/sandbox/` : '  Sandbox EHR: off',
      `  SMART app launch URL:    ${config.publicBaseUrl}/launch.html`,
      `  CDS Hooks discovery:     ${config.publicBaseUrl}/cds-services`,
      config.sandbox ? `  Sandbox FHIR base:       ${config.publicBaseUrl}/sandbox/fhir` : '',
      '',
    ];
    process.stdout.write(`${lines.filter((l) => l !== undefined).join('\n')}\n`);
  });
  const shutdown = (): void => {
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

/**
 * createApp(config): builds the one Express application (no listen() inside) that serves the built
 * SMART app, the app's API, the CDS Hooks service and, in sandbox mode, the sandbox EHR.
 */
import { securityHeaders } from './security-headers';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import express, { type Express, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { createErrorHandler } from './error-handler';
import { HttpError } from './errors';
import { createLogger, loggablePath, type Logger } from './logger';
import { loadKnowledge, type KnowledgeBase } from './knowledge/load-knowledge';
import { createApiRouter } from './routes/api-router';
import { createModelLabelRouter } from './model-label/model-label-router';
import { createCdsHooksRouter } from '../cds-hooks/router';
import { createSandbox, type Sandbox } from './sandbox/create-sandbox';
import { buildOrderCatalogue } from './sandbox/order-catalogue';
import { openPglite, openPgliteThread, openPostgres } from './store/database';
import { createStore, type Store } from './store/store';
import { openShownJournal, withJournalBarrier, type ShownJournal } from './store/shown-journal';
import { createJournaledShownCardsWriter } from '../cds-hooks/shown-cards-writer';

export interface AppHandle {
  readonly app: Express;
  readonly config: Config;
  readonly logger: Logger;
  readonly knowledge: KnowledgeBase;
  readonly store: Store;
  /** Present in sandbox mode. */
  readonly sandbox?: Sandbox;
  /** Releases what createApp opened (database, timers). */
  close(): Promise<void>;
}

export interface AppOptions {
  /** Logger to use (tests pass a silent or capturing one). */
  logger?: Logger;
}

/** Logs one JSON line per request: method, path (see loggablePath), status, ms. */
function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    // The full path, read now: by the time the response finishes, a mounted router may have stripped
    // its mount point from req.path (then /sandbox/fhir/Patient/123 would be logged as /Patient/123,
    // escaping the redaction of FHIR ids).
    const path = loggablePath((req.originalUrl || req.url).split('?')[0]);
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}

/**
 * Builds the application.
 * @param config - parsed configuration
 * @param options - optional logger
 * @returns the app and a close function
 * @throws when the knowledge base or the sandbox fixtures are invalid (the server must not start half-loaded)
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<AppHandle> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const knowledge = loadKnowledge(config.knowledgeDir);
  const closers: (() => Promise<void>)[] = [];
  const sandbox = config.sandbox ? await createSandbox({ config, logger, orderCatalogue: buildOrderCatalogue(knowledge) }) : undefined;
  if (sandbox) {
    closers.push(sandbox.close);
  }
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : config.pgliteThread
      ? await openPgliteThread(config.pgliteDir)
      : await openPglite(config.pgliteDir);
  let store: Store;
  let journal: ShownJournal | undefined;
  try {
    if (db.kind === 'pglite' && config.pgliteDir !== 'memory' && config.cdsJournal) {
      // The journal applies through a store on the database itself; everything else goes through the barrier.
      journal = await openShownJournal(`${config.pgliteDir.replace(/\/+$/, '')}.cds-journal.ndjson`, await createStore(db, config.pseudonymSecret), logger);
      if (journal.replayed.applied + journal.replayed.failed > 0) {
        logger.warn(journal.replayed, 'CDS journal replayed after an unclean stop');
      }
    }
    store = await createStore(journal ? withJournalBarrier(db, journal) : db, config.pseudonymSecret);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw new Error(`cannot open the ${db.kind === 'postgres' ? 'PostgreSQL' : 'embedded'} database: ${(err as Error).message}`);
  }
  closers.push(() => store.close());
  if (journal) {
    const open = journal;
    closers.push(() => open.close());
  }
  logger.info({ database: db.kind, knowledgeVersion: knowledge.manifest.version }, 'store ready');

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLogger(logger));
  app.use(securityHeaders(config));

  // Event-loop delay since the last health check (a stalled loop delays every request) and memory.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  closers.push(async () => {
    loopDelay.disable();
  });
  app.get('/healthz', (_req, res) => {
    const ms = (ns: number): number => Math.round(ns / 1e4) / 100;
    const eventLoopDelayMs = { p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) };
    loopDelay.reset();
    res.json({ status: 'ok', knowledgeVersion: knowledge.manifest.version, sandbox: config.sandbox, eventLoopDelayMs, rssMb: Math.round(process.memoryUsage().rss / 1048576) });
  });

  app.use('/api', createApiRouter({ config, logger, knowledge, store }));
  app.use('/model-label', createModelLabelRouter(knowledge, store, config.llm ? { host: new URL(config.llm.baseUrl).host, model: config.llm.model } : undefined));
  app.use('/cds-services', createCdsHooksRouter({ config, logger, knowledge, store, sandbox, shownWriter: journal ? createJournaledShownCardsWriter(journal) : undefined }));
  if (sandbox) {
    app.use('/sandbox', sandbox.router);
  }

  const dist = resolve(config.clientDistDir);
  if (existsSync(dist)) {
    app.use(express.static(dist, { index: 'index.html', fallthrough: true }));
  } else {
    logger.warn({ dist }, 'client build not found; run `npm run build` to serve the SMART app');
  }
  app.get('/', (_req, res) => {
    res.redirect(config.sandbox ? '/sandbox/' : '/index.html');
  });
  app.use((req, _res, next) => {
    next(new HttpError(404, 'not_found', `Nothing at ${req.method} ${req.path}`));
  });
  app.use(createErrorHandler(logger));

  return {
    app,
    config,
    logger,
    knowledge,
    store,
    sandbox,
    async close(): Promise<void> {
      for (const close of closers.reverse()) {
        await close();
      }
    },
  };
}

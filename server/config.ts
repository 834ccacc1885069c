/**
 * Configuration, parsed once from the environment with zod and frozen. Nothing else in the code
 * reads `process.env`; the parsed config is passed in explicitly (createApp(config)).
 */
import { allowlistEntryProblem } from './auth/fhir-allowlist';
import { z } from 'zod';
import type { LlmConfig } from './llm/client';

const Bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** The origin browsers use to reach this server (SMART redirect URIs, launch URLs, label links). */
  PUBLIC_BASE_URL: z.url().optional(),
  /** Sandbox EHR (FHIR server, SMART authorization server, launch page); on by default, off in production. */
  SANDBOX: Bool.default(true),
  /** Real PostgreSQL; when unset an embedded PGlite database is used. */
  DATABASE_URL: z.string().optional(),
  /** Folder for the embedded PGlite database; `memory` keeps it in memory. */
  PGLITE_DIR: z.string().default('.data/pglite'),
  /** Run the embedded database in its own worker thread (default), so its CPU time is off the event loop. */
  PGLITE_THREAD: Bool.default(true),
  /**
   * With the embedded database on disk: what a CDS hook call showed is appended to a journal file (beside the
   * database folder) before the cards are returned, and reaches the database just after (server/store/shown-journal.ts).
   * `false` makes each call wait for the database's statement instead.
   */
  CDS_JOURNAL: Bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** FHIR servers whose access tokens the app API accepts (comma-separated base URLs). */
  FHIR_SERVER_ALLOWLIST: z.string().optional(),
  /**
   * Other base URLs this server is reached at (comma-separated, e.g. http://127.0.0.1:8080 when
   * PUBLIC_BASE_URL says localhost): CDS client JWTs whose `aud` names one of them are accepted too.
   */
  PUBLIC_BASE_URL_ALIASES: z.string().max(2000).optional(),
  /** Development FHIR mode: the sandbox data read-only, unauthenticated, open CORS, on this port (sandbox only). */
  /** FHIR servers whose JWT access tokens are verified here (signature, iss, aud, exp) instead of introspected. */
  SMART_JWT_ACCESS_TOKENS: z.string().max(50_000).optional(),
  /** Sandbox only: the sandbox's token introspection requires HTTP Basic client authentication with "id:secret" (as the SMART launcher's does). */
  SANDBOX_INTROSPECTION_CREDENTIALS: z.string().regex(/^[^:]+:.+$/, 'give clientId:secret').max(500).optional(),
  SANDBOX_DEV_FHIR_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** OAuth client id the SMART app registers with the EHR. */
  SMART_CLIENT_ID: z.string().default('ddx-smart-app'),
  /** Folder with the built SMART app (vite build output). */
  CLIENT_DIST_DIR: z.string().default('dist/client'),
  /** Folder with the knowledge base JSON (default: the bundled one). */
  KNOWLEDGE_DIR: z.string().optional(),
  /** Folder with the sandbox's synthetic patients. */
  FIXTURES_DIR: z.string().default('fixtures'),
  /**
   * CDS clients (EHRs) trusted to call the CDS Hooks service, as JSON:
   * [{"iss":"https://ehr.example.org","jwksUrls":["https://ehr.example.org/jwks"],"algorithms":["RS384"],"tenants":["t1"]}]
   */
  CDS_TRUSTED_CLIENTS: z.string().optional(),
  /** Time budget (ms) for fetching missing prefetch from the FHIR server in a hook call. */
  CDS_FETCH_BUDGET_MS: z.coerce.number().int().min(50).max(10_000).default(1500),
  /** HMAC key for pseudonymising patient and user references in the store; required outside sandbox mode. */
  PSEUDONYM_SECRET: z.string().min(16).optional(),
  /**
   * Origins of the EHR (comma-separated, e.g. https://ehr.example.org): the only pages allowed to frame the
   * app (CSP frame-ancestors) and the servers the app may call from the browser (connect-src). Default: the
   * origins of FHIR_SERVER_ALLOWLIST; in sandbox mode this server's own origin.
   */
  EHR_ORIGINS: z.string().optional(),
  /**
   * Quality reviewers (comma-separated `fhirUser` references): `Practitioner/123` on any allowlisted FHIR
   * server, or `https://ehr.example.org/fhir|Practitioner/123` on that server only. Everyone else is a
   * clinician. In sandbox mode fixtures/smart/users.json also grants the role.
   */
  QUALITY_REVIEWERS: z.string().max(10_000).optional(),
  /**
   * Credentials for FHIR servers whose token introspection requires an authenticated caller
   * (client_secret_basic): JSON `[{"fhirServer","clientId","clientSecret"}]`.
   */
  SMART_INTROSPECTION_CLIENTS: z.string().max(20_000).optional(),
  /** Processes serving the one port (Node cluster); more than 1 needs DATABASE_URL and SANDBOX=false. */
  CLUSTER_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * Language-model provider (issue 18), off unless LLM_BASE_URL and LLM_MODEL are both set: an OpenAI-compatible
   * chat-completions server (a vendor's API, or vLLM / Ollama: e.g. http://127.0.0.1:11434/v1). Used beside the
   * engine, never instead of it; only the de-identified prompt leaves (server/llm/build-prompt.ts).
   */
  LLM_BASE_URL: z.url().optional(),
  LLM_MODEL: z.string().min(1).max(200).optional(),
  /** Sent as a bearer token; never logged. */
  LLM_API_KEY: z.string().min(1).max(500).optional(),
  /** The whole call, retries included. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(200).max(60_000).default(8000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** A reference the model gives that is not in the citation registry: dropped (default) or shown marked "unverified reference". */
  LLM_UNRESOLVED_REFERENCES: z.enum(['drop', 'mark']).default('drop'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly publicBaseUrl: string;
  /** Other base URLs this server is reached at (accepted as CDS JWT audiences). */
  readonly publicBaseUrlAliases: readonly string[];
  readonly jwtAccessTokens: readonly z.infer<typeof JwtAccessTokenIssuerSchema>[];
  /** Sandbox only: credentials the sandbox's introspection endpoint requires (clientId and secret). */
  readonly sandboxIntrospectionCredentials?: { readonly clientId: string; readonly secret: string };
  /** Port of the development FHIR mode (sandbox only), if switched on. */
  readonly sandboxDevFhirPort?: number;
  readonly sandbox: boolean;
  readonly databaseUrl?: string;
  readonly pgliteDir: string;
  /** The embedded database runs in a worker thread (true) or on the main thread. */
  readonly pgliteThread: boolean;
  /** With the embedded database on disk, shown CDS cards are journaled before the response (server/store/shown-journal.ts). */
  readonly cdsJournal: boolean;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly fhirServerAllowlist: readonly string[];
  readonly smartClientId: string;
  readonly clientDistDir: string;
  readonly knowledgeDir?: string;
  readonly fixturesDir: string;
  readonly pseudonymSecret: string;
  readonly cdsTrustedClients: readonly TrustedCdsClient[];
  readonly cdsFetchBudgetMs: number;
  readonly clusterWorkers: number;
  /** Origins allowed to frame the app and to be called by it (see EHR_ORIGINS). */
  readonly ehrOrigins: readonly string[];
  /** Quality reviewers: `fhirUser` references, optionally `server|reference` (see QUALITY_REVIEWERS). */
  readonly qualityReviewers: readonly string[];
  /** Introspection credentials per FHIR server (see SMART_INTROSPECTION_CLIENTS). */
  readonly introspectionClients: readonly IntrospectionClient[];
  /** The language-model provider, when configured (LLM_*); undefined: off. */
  readonly llm?: LlmConfig;
}

export const IntrospectionClientSchema = z.union([
  /** client_secret_basic */
  z.strictObject({ fhirServer: z.url(), clientId: z.string().min(1), clientSecret: z.string().min(1) }),
  /** private_key_jwt: this service's private key as a JWK (RSA or EC, with its kid as registered at the EHR). */
  z.strictObject({
    fhirServer: z.url(),
    clientId: z.string().min(1),
    privateKeyJwk: z.looseObject({ kty: z.enum(['RSA', 'EC']), d: z.string().min(1), kid: z.string().optional() }),
    algorithm: z.enum(['RS384', 'ES384', 'RS256', 'ES256']).optional(),
  }),
]);
export type IntrospectionClient = z.infer<typeof IntrospectionClientSchema>;


export const JwtAccessTokenIssuerSchema = z
  .strictObject({
    fhirServer: z.url(),
    issuer: z.string().min(1),
    jwksUrl: z.url().optional(),
    jwks: z.strictObject({ keys: z.array(z.looseObject({ kty: z.string().min(1) })).min(1) }).optional(),
    audience: z.string().min(1).optional(),
    algorithms: z.array(z.enum(['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512', 'PS256', 'PS384'])).min(1).optional(),
  })
  .refine((j) => (j.jwksUrl === undefined) !== (j.jwks === undefined), { message: 'give either jwksUrl or jwks' });

export const TrustedCdsClientSchema = z.strictObject({
  iss: z.string().min(1),
  jwksUrls: z.array(z.url()).optional(),
  /** Keys given inline (e.g. a CDS client whose key cannot be fetched from here); used instead of fetching. */
  jwks: z.strictObject({ keys: z.array(z.looseObject({ kty: z.string().min(1) })).min(1) }).optional(),
  algorithms: z.array(z.string()).optional(),
  tenants: z.array(z.string()).optional(),
});
export type TrustedCdsClient = z.infer<typeof TrustedCdsClientSchema>;

/**
 * A JSON list in one variable, validated; the message names the field and the problem, never the value
 * (the lists can hold secrets).
 */
function parseJsonList<T>(name: string, raw: string | undefined, schema: z.ZodType<T>): T[] {
  if (!raw) {
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`Invalid configuration: ${name} is not valid JSON`);
  }
  const parsed = z.array(schema).safeParse(json);
  if (!parsed.success) {
    throw new Error(`Invalid configuration: ${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code === 'custom' ? i.message : i.code}`).join('; ')}`);
  }
  return parsed.data;
}

/** Development-only pseudonym key; refused outside sandbox mode. */
const SANDBOX_PSEUDONYM_SECRET = 'sandbox-only-pseudonym-key-not-for-production';

/** Base URL of the sandbox FHIR server for a given public base URL. */
export function sandboxFhirBase(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/sandbox/fhir`;
}

/**
 * Parses the environment into a frozen config.
 * @param env - the environment (default: process.env)
 * @returns the config
 * @throws Error naming each invalid variable
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const listed = (e.FHIR_SERVER_ALLOWLIST ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean);
  for (const entry of listed.filter((x) => x !== '-sandbox')) {
    const problem = allowlistEntryProblem(entry);
    if (problem) {
      throw new Error(`Invalid configuration: FHIR_SERVER_ALLOWLIST: "${entry}" ${problem}`);
    }
  }
  // In sandbox mode the sandbox's own FHIR server stays trusted when others are added, unless the list
  // removes it explicitly with "-sandbox".
  const allowlist = [
    ...listed.filter((s) => s !== '-sandbox'),
    ...(e.SANDBOX && !listed.includes('-sandbox') && !listed.includes(sandboxFhirBase(publicBaseUrl)) ? [sandboxFhirBase(publicBaseUrl)] : []),
  ];
  const aliases = (e.PUBLIC_BASE_URL_ALIASES ?? '').split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean);
  for (const alias of aliases) {
    if (!/^https?:\/\/[^/\s]+$/.test(alias)) {
      throw new Error(`Invalid configuration: PUBLIC_BASE_URL_ALIASES: "${alias}" is not an http(s) origin`);
    }
  }
  if (e.SANDBOX_INTROSPECTION_CREDENTIALS !== undefined && !e.SANDBOX) {
    throw new Error('Invalid configuration: SANDBOX_INTROSPECTION_CREDENTIALS configures the sandbox EHR and needs SANDBOX=true');
  }
  if (e.SANDBOX_DEV_FHIR_PORT !== undefined && !e.SANDBOX) {
    throw new Error('Invalid configuration: SANDBOX_DEV_FHIR_PORT needs SANDBOX=true (the development FHIR mode serves data without authentication and is refused outside sandbox mode)');
  }
  if (e.SANDBOX_DEV_FHIR_PORT !== undefined && e.SANDBOX_DEV_FHIR_PORT === e.PORT) {
    throw new Error('Invalid configuration: SANDBOX_DEV_FHIR_PORT must differ from PORT');
  }
  if (!e.SANDBOX && !e.PSEUDONYM_SECRET) {
    throw new Error('Invalid configuration: PSEUDONYM_SECRET (16+ characters) is required when SANDBOX=false');
  }
  if (e.CLUSTER_WORKERS > 1 && !e.DATABASE_URL) {
    throw new Error('Invalid configuration: CLUSTER_WORKERS > 1 needs DATABASE_URL (the embedded database belongs to one process)');
  }
  if ((e.LLM_BASE_URL === undefined) !== (e.LLM_MODEL === undefined)) {
    throw new Error('Invalid configuration: LLM_BASE_URL and LLM_MODEL go together (set both to use a language model, neither to leave it off)');
  }
  if (e.LLM_BASE_URL && !e.SANDBOX && !e.LLM_BASE_URL.startsWith('https://') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(e.LLM_BASE_URL)) {
    throw new Error('Invalid configuration: LLM_BASE_URL must use https (or http to this machine, for a local model server)');
  }
  if (e.CLUSTER_WORKERS > 1 && e.SANDBOX) {
    throw new Error('Invalid configuration: CLUSTER_WORKERS > 1 needs SANDBOX=false (the sandbox keeps its FHIR data, tokens and launches in one process)');
  }
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    publicBaseUrl,
    publicBaseUrlAliases: Object.freeze(aliases),
    sandboxDevFhirPort: e.SANDBOX_DEV_FHIR_PORT,
    sandboxIntrospectionCredentials: e.SANDBOX_INTROSPECTION_CREDENTIALS
      ? { clientId: e.SANDBOX_INTROSPECTION_CREDENTIALS.slice(0, e.SANDBOX_INTROSPECTION_CREDENTIALS.indexOf(':')), secret: e.SANDBOX_INTROSPECTION_CREDENTIALS.slice(e.SANDBOX_INTROSPECTION_CREDENTIALS.indexOf(':') + 1) }
      : undefined,
    sandbox: e.SANDBOX,
    databaseUrl: e.DATABASE_URL || undefined,
    pgliteDir: e.PGLITE_DIR,
    pgliteThread: e.PGLITE_THREAD,
    cdsJournal: e.CDS_JOURNAL,
    logLevel: e.LOG_LEVEL,
    fhirServerAllowlist: Object.freeze(allowlist),
    smartClientId: e.SMART_CLIENT_ID,
    clientDistDir: e.CLIENT_DIST_DIR,
    knowledgeDir: e.KNOWLEDGE_DIR,
    fixturesDir: e.FIXTURES_DIR,
    pseudonymSecret: e.PSEUDONYM_SECRET ?? SANDBOX_PSEUDONYM_SECRET,
    cdsTrustedClients: Object.freeze(parseJsonList('CDS_TRUSTED_CLIENTS', e.CDS_TRUSTED_CLIENTS, TrustedCdsClientSchema)),
    cdsFetchBudgetMs: e.CDS_FETCH_BUDGET_MS,
    clusterWorkers: e.CLUSTER_WORKERS,
    ehrOrigins: Object.freeze(ehrOriginsOf(e.EHR_ORIGINS, allowlist)),
    qualityReviewers: Object.freeze((e.QUALITY_REVIEWERS ?? '').split(',').map((s) => s.trim()).filter(Boolean)),
    introspectionClients: Object.freeze(parseJsonList('SMART_INTROSPECTION_CLIENTS', e.SMART_INTROSPECTION_CLIENTS, IntrospectionClientSchema)),
    jwtAccessTokens: Object.freeze(parseJsonList('SMART_JWT_ACCESS_TOKENS', e.SMART_JWT_ACCESS_TOKENS, JwtAccessTokenIssuerSchema)),
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? Object.freeze({
            baseUrl: e.LLM_BASE_URL,
            model: e.LLM_MODEL,
            ...(e.LLM_API_KEY ? { apiKey: e.LLM_API_KEY } : {}),
            timeoutMs: e.LLM_TIMEOUT_MS,
            maxRetries: e.LLM_MAX_RETRIES,
            unresolvedReferences: e.LLM_UNRESOLVED_REFERENCES,
          })
        : undefined,
  });
}

/** The EHR origins: as configured, else the origins of the FHIR servers allowed (never a wildcard). */
function ehrOriginsOf(configured: string | undefined, allowlist: readonly string[]): string[] {
  const list = configured ? configured.split(',').map((s) => s.trim()).filter(Boolean) : [...allowlist];
  const origins = new Set<string>();
  for (const entry of list) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`Invalid configuration: EHR_ORIGINS: "${entry}" is not a URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`Invalid configuration: EHR_ORIGINS: "${entry}" is not an http(s) origin`);
    }
    origins.add(url.origin);
  }
  return [...origins];
}

/**
 * What the sandbox's parts share, built once by createSandbox.
 */
import type { MemoryRepository } from '@medplum/fhir-router';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { GrantStore } from './grant-store';
import type { PatientSummary } from './load-fixtures';
import type { SandboxOptions } from './sandbox-options';
import type { SmartRegistry } from './smart-registry';
import type { TokenService } from './tokens';

/** Shared state and services of one sandbox instance. */
export interface SandboxContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly options: SandboxOptions;
  /** Public base URL without trailing slash, e.g. `http://localhost:8080`. */
  readonly publicBaseUrl: string;
  /** `${publicBaseUrl}/sandbox` */
  readonly sandboxBase: string;
  /** `${publicBaseUrl}/sandbox/fhir`: the FHIR base, `iss` and token audience. */
  readonly fhirBase: string;
  /** Origin of the SMART app (the public base URL's origin). */
  readonly appOrigin: string;
  readonly repo: MemoryRepository;
  /** Loaded patients by id, in fixture order. */
  readonly patients: ReadonlyMap<string, PatientSummary>;
  readonly registry: SmartRegistry;
  readonly store: GrantStore;
  readonly tokens: TokenService;
}

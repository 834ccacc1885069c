/**
 * PLACEHOLDER until the sandbox EHR lands: mounts nothing. Replaced by the sandbox implementation.
 */
import { Router } from 'express';
import type { Config } from '../config';
import type { Logger } from '../logger';

export interface SandboxDeps {
  config: Config;
  logger: Logger;
}

export interface Sandbox {
  router: Router;
  close(): Promise<void>;
}

export async function createSandbox(_deps: SandboxDeps): Promise<Sandbox> {
  return { router: Router(), close: async () => undefined };
}

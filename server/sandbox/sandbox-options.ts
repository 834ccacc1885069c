/**
 * Tunables of the sandbox EHR, with defaults. Tests shorten lifetimes or pass a fake clock.
 */

/** Options accepted by createSandbox; every field has a default. */
export interface SandboxOptions {
  /** Access token lifetime in seconds (SMART: SHOULD be at most one hour). Default 300. */
  readonly accessTokenLifetimeSeconds: number;
  /** Authorization code lifetime in seconds. Default 60. */
  readonly codeLifetimeSeconds: number;
  /** Refresh token lifetime in seconds. Default 8 hours. */
  readonly refreshTokenLifetimeSeconds: number;
  /** How long a `launch` id from the launch page stays usable, in seconds. Default 1 hour. */
  readonly launchLifetimeSeconds: number;
  /** The clock; tests pass a fake one to expire codes and tokens without waiting. */
  readonly now: () => Date;
}

/** Defaults for {@link SandboxOptions}. */
export const DEFAULT_SANDBOX_OPTIONS: SandboxOptions = Object.freeze({
  accessTokenLifetimeSeconds: 300,
  codeLifetimeSeconds: 60,
  refreshTokenLifetimeSeconds: 8 * 3600,
  launchLifetimeSeconds: 3600,
  now: () => new Date(),
});

/**
 * Fills in defaults.
 * @param options - partial options
 * @returns complete, frozen options
 */
export function resolveSandboxOptions(options: Partial<SandboxOptions> = {}): SandboxOptions {
  return Object.freeze({ ...DEFAULT_SANDBOX_OPTIONS, ...options });
}

/** Seconds since the epoch on the given clock. */
export function epochSeconds(now: () => Date): number {
  return Math.floor(now().getTime() / 1000);
}

/**
 * In-memory state of the sandbox authorization server: EHR launch contexts, pending standalone
 * authorizations (waiting for the picker), authorization codes (single use) and refresh tokens
 * (rotated on use). Everything expires on the sandbox clock and is lost on restart.
 */
import { randomBytes } from 'node:crypto';
import type { SandboxOptions } from './sandbox-options';

/** Context bound to an opaque `launch` id by the launch page. */
export interface LaunchContext {
  readonly patientId: string;
  readonly encounterId?: string;
  readonly userId: string;
  readonly needPatientBanner: boolean;
  /** The app launch URL the EHR opened (a CDS Hooks smart link's `url`); default: the app's launch.html. */
  readonly launchUrl?: string;
  /** A CDS Hooks smart link's `appContext`, returned unchanged as `appContext` in the token response. */
  readonly appContext?: string;
}

/** A validated authorization request (before the user picks a patient in standalone launch). */
export interface AuthorizationRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
  readonly nonce?: string;
  readonly launch?: LaunchContext;
}

/** What a code or refresh token stands for. */
export interface AuthorizedGrant {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
  readonly patientId?: string;
  readonly encounterId?: string;
  readonly userId: string;
  readonly needPatientBanner: boolean;
  /** From the EHR launch (a CDS Hooks smart link); also returned on refresh, like the other launch context. */
  readonly appContext?: string;
  readonly nonce?: string;
}

/** Result of redeeming a code or refresh token. */
export type Redemption = { readonly ok: true; readonly grant: AuthorizedGrant } | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'reused' };

interface Entry<T> {
  readonly value: T;
  readonly expiresAt: number;
  used: boolean;
}

/** A map whose entries expire. */
class ExpiringMap<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly lifetimeSeconds: number,
    private readonly now: () => Date,
  ) {}

  add(value: T): string {
    this.prune();
    const key = randomBytes(32).toString('base64url');
    this.entries.set(key, { value, expiresAt: this.now().getTime() + this.lifetimeSeconds * 1000, used: false });
    return key;
  }

  peek(key: string): T | undefined {
    const entry = this.entries.get(key);
    return entry && !entry.used && entry.expiresAt > this.now().getTime() ? entry.value : undefined;
  }

  /** Marks the entry used; a used entry stays (until it expires) so reuse can be told apart. */
  redeem(key: string): { ok: true; value: T } | { ok: false; reason: 'unknown' | 'expired' | 'reused' } {
    const entry = this.entries.get(key);
    if (!entry) {
      return { ok: false, reason: 'unknown' };
    }
    if (entry.used) {
      return { ok: false, reason: 'reused' };
    }
    if (entry.expiresAt <= this.now().getTime()) {
      return { ok: false, reason: 'expired' };
    }
    entry.used = true;
    return { ok: true, value: entry.value };
  }

  private prune(): void {
    // Keep used entries for a grace period so that a replay is reported as "reused".
    const horizon = this.now().getTime() - 3600_000;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt < horizon) {
        this.entries.delete(key);
      }
    }
  }
}

/** The authorization server's state. */
export class GrantStore {
  private readonly launches: ExpiringMap<LaunchContext>;
  private readonly pending: ExpiringMap<AuthorizationRequest>;
  private readonly codes: ExpiringMap<AuthorizedGrant>;
  private readonly refreshTokens: ExpiringMap<AuthorizedGrant>;

  /** @param options - lifetimes and clock */
  constructor(options: SandboxOptions) {
    this.launches = new ExpiringMap(options.launchLifetimeSeconds, options.now);
    this.pending = new ExpiringMap(600, options.now);
    this.codes = new ExpiringMap(options.codeLifetimeSeconds, options.now);
    this.refreshTokens = new ExpiringMap(options.refreshTokenLifetimeSeconds, options.now);
  }

  /** Binds a new opaque launch id to a context. The id can be used until it expires (reloads relaunch). */
  createLaunch(context: LaunchContext): string {
    return this.launches.add(context);
  }

  /** The context of a launch id, if it is known and not expired. */
  getLaunch(launchId: string): LaunchContext | undefined {
    return this.launches.peek(launchId);
  }

  /** Parks an authorization request until the user picks a patient; returns the transaction id. */
  createPending(request: AuthorizationRequest): string {
    return this.pending.add(request);
  }

  /** Looks at a parked request without consuming it. */
  peekPending(transactionId: string): AuthorizationRequest | undefined {
    return this.pending.peek(transactionId);
  }

  /** Consumes a parked request. */
  takePending(transactionId: string): AuthorizationRequest | undefined {
    const result = this.pending.redeem(transactionId);
    return result.ok ? result.value : undefined;
  }

  /** Issues a single-use authorization code. */
  createCode(grant: AuthorizedGrant): string {
    return this.codes.add(grant);
  }

  /** Redeems a code once; a second redemption reports `reused`. */
  redeemCode(code: string): Redemption {
    const result = this.codes.redeem(code);
    return result.ok ? { ok: true, grant: result.value } : result;
  }

  /** Issues a refresh token. */
  createRefreshToken(grant: AuthorizedGrant): string {
    return this.refreshTokens.add(grant);
  }

  /** Redeems a refresh token (rotation: the caller issues a new one). */
  redeemRefreshToken(token: string): Redemption {
    const result = this.refreshTokens.redeem(token);
    return result.ok ? { ok: true, grant: result.value } : result;
  }
}

/**
 * The FHIR servers this service trusts (FHIR_SERVER_ALLOWLIST). An entry is an exact base URL, or a
 * pattern in which `*` stands for exactly one whole path segment, for EHRs and test launchers that give
 * every tenant or configuration its own issuer path (`https://launch.smarthealthit.org/v/r4/sim/*\/fhir`).
 * The scheme and host are never wildcards: a pattern cannot trust a server on another host.
 */

/** A compiled allowlist: `allows(url)` for an incoming FHIR base URL. */
export interface FhirAllowlist {
  allows(fhirBase: string): boolean;
  /** The entries as configured (normalised, without a trailing slash). */
  readonly entries: readonly string[];
}

/** Normalises a FHIR base URL for comparison (no trailing slash, no surrounding spaces). */
export function normaliseFhirBase(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/**
 * Checks one configured entry and says what is wrong with it, if anything.
 * @param entry - an allowlist entry
 * @returns a reason, or undefined when the entry is valid
 */
export function allowlistEntryProblem(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry.replace(/\*/g, 'x'));
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'is not an http(s) URL';
  }
  const afterScheme = entry.slice(entry.indexOf('//') + 2);
  const host = afterScheme.split('/')[0] ?? '';
  if (host.includes('*')) {
    return 'has a wildcard in the host: only whole path segments may be wildcards';
  }
  const path = afterScheme.slice(host.length);
  if (path.split('/').some((segment) => segment.includes('*') && segment !== '*')) {
    return 'has a wildcard inside a path segment: `*` must stand for one whole segment';
  }
  if (entry.includes('?') || entry.includes('#')) {
    return 'has a query or fragment';
  }
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @param entries - configured entries (exact URLs or one-segment patterns), already validated
 * @returns the matcher
 */
export function compileAllowlist(entries: readonly string[]): FhirAllowlist {
  const normalised = entries.map(normaliseFhirBase);
  const exact = new Set(normalised.filter((e) => !e.includes('*')));
  const patterns = normalised
    .filter((e) => e.includes('*'))
    .map((e) => new RegExp(`^${e.split('*').map(escapeRegExp).join('[^/?#]+')}$`));
  return {
    entries: normalised,
    allows(fhirBase) {
      const url = normaliseFhirBase(fhirBase);
      return exact.has(url) || patterns.some((p) => p.test(url));
    },
  };
}

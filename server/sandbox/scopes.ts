/**
 * SMART scopes (App Launch 2.2, https://hl7.org/fhir/smart-app-launch/STU2.2/scopes-and-launch-context.html):
 * parsing of v2 resource scopes, mapping of v1 forms, and the check "does this grant cover this
 * interaction on this resource type". Pure functions, no I/O.
 *
 * Sandbox deviation: scopes with search-parameter constraints (`patient/Observation.rs?category=…`)
 * are not granted (they are dropped from the grant) rather than enforced.
 */

/** The context a resource scope applies in. */
export type ScopeContext = 'patient' | 'user' | 'system';

/** One of the v2 permission letters, in their canonical order `cruds`. */
export type ScopePermission = 'c' | 'r' | 'u' | 'd' | 's';

/** A parsed resource scope. */
export interface ResourceScope {
  readonly context: ScopeContext;
  /** A resource type, or `*` for all types. */
  readonly resourceType: string;
  readonly permissions: ReadonlySet<ScopePermission>;
}

/** Non-resource scopes the sandbox understands. */
export const IDENTITY_AND_CONTEXT_SCOPES = [
  'launch',
  'launch/patient',
  'launch/encounter',
  'openid',
  'fhirUser',
  'profile',
  'offline_access',
  'online_access',
] as const;

const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)$/;
const V2_ORDER = 'cruds';

/** v1 permission → v2 letters (https://hl7.org/fhir/smart-app-launch/STU2.2/scopes-and-launch-context.html#scopes-for-requesting-fhir-resources). */
const V1_PERMISSIONS: Readonly<Record<string, string>> = { read: 'rs', write: 'cud', '*': 'cruds' };

/**
 * Parses one resource scope, v2 (`patient/Condition.rs`) or v1 (`patient/*.read`).
 * @param scope - one scope token
 * @returns the parsed scope, or undefined when the token is not a (supported) resource scope
 */
export function parseResourceScope(scope: string): ResourceScope | undefined {
  const match = RESOURCE_SCOPE.exec(scope);
  if (!match) {
    return undefined;
  }
  const [, context, resourceType, rawPermissions] = match;
  const letters = V1_PERMISSIONS[rawPermissions] ?? rawPermissions;
  if (!isCanonicalV2(letters)) {
    return undefined;
  }
  return {
    context: context as ScopeContext,
    resourceType,
    permissions: new Set(letters.split('') as ScopePermission[]),
  };
}

/** True when `letters` is a non-empty subsequence of `cruds` (letters in order, no repeats). */
function isCanonicalV2(letters: string): boolean {
  if (letters.length === 0) {
    return false;
  }
  let position = -1;
  for (const letter of letters) {
    const next = V2_ORDER.indexOf(letter, position + 1);
    if (next < 0) {
      return false;
    }
    position = next;
  }
  return true;
}

/**
 * Splits a space-separated scope string and keeps the tokens the sandbox can grant.
 * @param requested - the `scope` parameter as sent
 * @returns the granted tokens in request order, without duplicates
 */
export function grantableScopes(requested: string): string[] {
  const tokens = requested.split(/\s+/).filter(Boolean);
  const known = new Set<string>(IDENTITY_AND_CONTEXT_SCOPES);
  return [...new Set(tokens.filter((t) => known.has(t) || parseResourceScope(t) !== undefined))];
}

/**
 * Parses the resource scopes out of a granted scope list.
 * @param scopes - granted scope tokens
 * @returns the resource scopes
 */
export function resourceScopes(scopes: readonly string[]): ResourceScope[] {
  return scopes.map(parseResourceScope).filter((s): s is ResourceScope => s !== undefined);
}

/** True when any granted scope is a `patient/` resource scope (the grant then needs a patient in context). */
export function hasPatientScope(scopes: readonly string[]): boolean {
  return resourceScopes(scopes).some((s) => s.context === 'patient');
}

/** What a grant allows for one interaction. */
export type ScopeDecision =
  | { readonly allowed: false }
  /** `patientOnly`: only patient-context scopes cover the request, so it is limited to the patient compartment. */
  | { readonly allowed: true; readonly patientOnly: boolean };

/**
 * Decides whether granted scopes cover a permission on a resource type.
 * @param scopes - granted scope tokens
 * @param resourceType - the resource type of the request
 * @param permission - the v2 letter of the interaction
 * @returns the decision
 */
export function checkScope(scopes: readonly string[], resourceType: string, permission: ScopePermission): ScopeDecision {
  const covering = resourceScopes(scopes).filter(
    (s) => (s.resourceType === '*' || s.resourceType === resourceType) && s.permissions.has(permission),
  );
  if (covering.length === 0) {
    return { allowed: false };
  }
  return { allowed: true, patientOnly: covering.every((s) => s.context === 'patient') };
}

/**
 * Maps a FHIR RESTful interaction (http://hl7.org/fhir/R4/codesystem-restful-interaction.html) to a v2 letter.
 * @param interaction - interaction code as reported by the FHIR router
 * @returns the letter, or undefined for interactions the sandbox does not expose
 */
export function permissionForInteraction(interaction: string): ScopePermission | undefined {
  switch (interaction) {
    case 'read':
    case 'vread':
    case 'history-instance':
      return 'r';
    case 'search-type':
      return 's';
    case 'create':
      return 'c';
    case 'update':
      return 'u';
    default:
      return undefined;
  }
}

/**
 * Prefetch token resolution (https://cds-hooks.hl7.org/2.0/#prefetch-tokens). Only root-level
 * primitive context fields are replaced, plus `{{userPractitionerId}}` and friends derived from
 * `context.userId`. A template with a token that cannot be resolved is not fetchable.
 */
const TOKEN = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/**
 * @param template - e.g. `Condition?patient={{context.patientId}}`
 * @param context - the hook request's context
 * @returns the query, or undefined when a token has no primitive value
 */
export function resolvePrefetchTokens(template: string, context: Readonly<Record<string, unknown>>): string | undefined {
  let unresolved = false;
  const userId = typeof context.userId === 'string' ? context.userId : '';
  const [userType, userRef] = userId.split('/');
  const out = template.replace(TOKEN, (whole, name: string) => {
    let value: unknown;
    if (name.startsWith('context.')) {
      const key = name.slice('context.'.length);
      value = key.includes('.') ? undefined : context[key];
    } else if (name === `user${userType}Id`) {
      value = userRef;
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return encodeURIComponent(String(value));
    }
    unresolved = true;
    return whole;
  });
  return unresolved ? undefined : out;
}

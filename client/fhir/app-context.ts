/**
 * The CDS card a clinician came from, read from the token response's `appContext` (CDS Hooks 2.0,
 * Link.appContext: the EHR passes a smart link's `appContext` to the launched app "as part of the
 * OAuth 2.0 access token response"). Our cards put a JSON object there (cds-hooks/cards/build-card.ts):
 * `{"cardUuid": "<uuid>", "kind": "differential" | "cant-miss" | "test-effect", "conditionId"?, "test"?}`.
 *
 * The value is untrusted: another service's card, or an EHR, may put anything there. It is parsed
 * without throwing, only the known fields are kept, each is checked against a strict pattern, and
 * the result is only ever rendered as text. Pure: no browser API.
 */

/** What kind of card the app was launched from. */
export type CardKind = 'differential' | 'cant-miss' | 'test-effect';

/** The card named by a valid appContext. */
export interface CardLaunchContext {
  readonly cardUuid: string;
  readonly kind: CardKind;
  /** The diagnosis the card is about (knowledge-base condition id), for `cant-miss` cards. */
  readonly conditionId?: string;
  /** The test the card is about (knowledge-base finding id), for `test-effect` cards. */
  readonly testId?: string;
}

/** Longest appContext read; anything longer is not ours. */
export const MAX_APP_CONTEXT_LENGTH = 2000;

const KINDS: readonly CardKind[] = ['differential', 'cant-miss', 'test-effect'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Knowledge-base ids are kebab-case (server/knowledge/schema.ts IdSchema). */
const KB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 100;

function kbId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && KB_ID.test(value) ? value : undefined;
}

/**
 * Reads the card context from a token response's `appContext`.
 * @param raw - `tokenResponse.appContext` (any type; only a JSON string of the shape above counts)
 * @returns the card context, or undefined when there is none or it is not one of our cards' contexts
 */
export function parseAppContext(raw: unknown): CardLaunchContext | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_APP_CONTEXT_LENGTH) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return undefined;
  }
  const o = value as Record<string, unknown>;
  const kind = KINDS.find((k) => k === o.kind);
  if (typeof o.cardUuid !== 'string' || !UUID.test(o.cardUuid) || !kind) {
    return undefined;
  }
  const conditionId = kind === 'cant-miss' ? kbId(o.conditionId) : undefined;
  const testId = kind === 'test-effect' ? kbId(o.test) : undefined;
  return Object.freeze({ cardUuid: o.cardUuid.toLowerCase(), kind, ...(conditionId ? { conditionId } : {}), ...(testId ? { testId } : {}) });
}

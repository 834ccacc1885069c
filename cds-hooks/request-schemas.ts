/**
 * zod schemas for what CDS clients send: hook requests and feedback. Parsing happens once at the
 * edge (cds-hooks/router.ts); everything after trusts the types.
 */
import { z } from 'zod';
import { FEEDBACK_OUTCOMES } from './types';

const CodingSchema = z.object({ system: z.string().optional(), code: z.string().optional(), display: z.string().optional() }).passthrough();

export const FhirAuthorizationSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
  scope: z.string(),
  subject: z.string(),
  patient: z.string().optional(),
});

/**
 * A NUL anywhere in a request (a string or a key): no database stores it and no clinician typed it.
 * Walked with an explicit stack, so a body nested thousands deep cannot exhaust the call stack.
 */
export function hasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) {
        return true;
      }
    } else if (Array.isArray(v)) {
      stack.push(...v);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.includes('\u0000')) {
          return true;
        }
        stack.push(x);
      }
    }
  }
  return false;
}

/** An identifier-like string: bounded and free of control characters. */
const Token = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must not contain control characters');

const ResourceOrNull = z.union([z.object({ resourceType: z.string() }).passthrough(), z.null()]);

export const CdsRequestSchema = z
  .object({
    hook: Token(200),
    // A UUID in practice (CDS Hooks 2.0 §hookInstance); bounded so that one call cannot burden the store.
    hookInstance: Token(200),
    fhirServer: z.url().optional(),
    fhirAuthorization: FhirAuthorizationSchema.optional(),
    context: z.record(z.string(), z.unknown()),
    prefetch: z.record(z.string(), ResourceOrNull).optional(),
  })
  .refine((r) => !r.fhirAuthorization || r.fhirServer, { message: 'fhirAuthorization requires fhirServer (cds-r-1)', path: ['fhirServer'] })
  .refine((r) => !hasNul(r), { message: 'the request contains a NUL character' });

/** https://cds-hooks.hl7.org/2.0/#feedback ; invariants cds-fb-1..3 from the 3.0 ballot */
export const FeedbackItemSchema = z
  .object({
    card: Token(200),
    outcome: z.enum(FEEDBACK_OUTCOMES),
    // A card carries a handful of suggestions; the bound keeps one call from costing everyone.
    acceptedSuggestions: z.array(z.object({ id: Token(200) })).max(50).optional(),
    overrideReason: z.object({ reason: CodingSchema.optional(), userComment: z.string().max(4000).optional() }).optional(),
    // RFC 3339 section 5.6 date-time with seconds and a Z or numeric offset, as the spec profiles it;
    // Date.parse would also take "2021" or an RFC 2822 date.
    outcomeTimestamp: z.iso.datetime({ offset: true, error: 'outcomeTimestamp must be an RFC 3339 date-time with a time zone, e.g. 2021-12-11T10:05:31Z' }),
  })
  .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, { message: 'accepted feedback needs acceptedSuggestions (cds-fb-2)' })
  .refine((f) => !f.overrideReason || f.overrideReason.reason !== undefined || f.overrideReason.userComment !== undefined, {
    message: 'overrideReason needs a reason or a userComment (cds-fb-3)',
  })
  .refine((f) => !hasNul(f), { message: 'the feedback contains a NUL character' });

export const FeedbackRequestSchema = z.object({ feedback: z.array(z.unknown()).min(1).max(500) });

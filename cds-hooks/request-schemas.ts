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

const ResourceOrNull = z.union([z.object({ resourceType: z.string() }).passthrough(), z.null()]);

export const CdsRequestSchema = z
  .object({
    hook: z.string().min(1),
    hookInstance: z.string().min(1),
    fhirServer: z.url().optional(),
    fhirAuthorization: FhirAuthorizationSchema.optional(),
    context: z.record(z.string(), z.unknown()),
    prefetch: z.record(z.string(), ResourceOrNull).optional(),
  })
  .refine((r) => !r.fhirAuthorization || r.fhirServer, { message: 'fhirAuthorization requires fhirServer (cds-r-1)', path: ['fhirServer'] });

/** https://cds-hooks.hl7.org/2.0/#feedback ; invariants cds-fb-1..3 from the 3.0 ballot */
export const FeedbackItemSchema = z
  .object({
    card: z.string().min(1),
    outcome: z.enum(FEEDBACK_OUTCOMES),
    acceptedSuggestions: z.array(z.object({ id: z.string().min(1) })).optional(),
    overrideReason: z.object({ reason: CodingSchema.optional(), userComment: z.string().max(4000).optional() }).optional(),
    // RFC 3339 section 5.6 date-time with seconds and a Z or numeric offset, as the spec profiles it;
    // Date.parse would also take "2021" or an RFC 2822 date.
    outcomeTimestamp: z.iso.datetime({ offset: true, error: 'outcomeTimestamp must be an RFC 3339 date-time with a time zone, e.g. 2021-12-11T10:05:31Z' }),
  })
  .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, { message: 'accepted feedback needs acceptedSuggestions (cds-fb-2)' })
  .refine((f) => !f.overrideReason || f.overrideReason.reason !== undefined || f.overrideReason.userComment !== undefined, {
    message: 'overrideReason needs a reason or a userComment (cds-fb-3)',
  });

export const FeedbackRequestSchema = z.object({ feedback: z.array(z.unknown()).min(1).max(500) });

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
    outcomeTimestamp: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'outcomeTimestamp must be an RFC 3339 instant'),
  })
  .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, { message: 'accepted feedback needs acceptedSuggestions (cds-fb-2)' })
  .refine((f) => !f.overrideReason || f.overrideReason.reason !== undefined || f.overrideReason.userComment !== undefined, {
    message: 'overrideReason needs a reason or a userComment (cds-fb-3)',
  });

export const FeedbackRequestSchema = z.object({ feedback: z.array(z.unknown()).min(1).max(500) });

/**
 * GET /api/quality/decisions: the decisions recorded from both surfaces (app and CDS Hooks
 * feedback), pseudonymised, with the card and service they answer, the accepted suggestion ids and
 * when the clinician acted, for the quality team. Each reason from our coded set also comes with
 * its HL7 non-adherence coding (`hl7_reason`, with the equivalence of the match), so exports
 * aggregate with other systems. Only users with the quality-reviewer role may call it.
 */
import { Router } from 'express';
import { z } from 'zod';
import { callerOf } from '../auth/require-smart-auth';
import { createUserDirectory } from '../auth/user-directory';
import { hl7ReasonFor } from '../decision-reasons';
import { HttpError } from '../errors';
import type { ApiDeps } from './api-deps';
import { withStore } from './with-store';

const QuerySchema = z.object({
  source: z.enum(['app', 'cds-feedback']).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
});

/**
 * @param deps - config and store
 * @returns the router (mounted behind the SMART auth middleware)
 */
export function createQualityRouter(deps: ApiDeps): Router {
  const router = Router();
  const directory = createUserDirectory(deps.config);
  router.get('/quality/decisions', async (req, res) => {
    if (directory.get(callerOf(res).fhirUser).role !== 'quality-reviewer') {
      throw new HttpError(403, 'forbidden', 'The quality data is for users with the quality-reviewer role');
    }
    const q = QuerySchema.parse(req.query);
    const rows = await withStore('quality decisions', () => deps.store.listQualityDecisions({ source: q.source, limit: q.limit }));
    res.json({ decisions: rows.map((r) => ({ ...r, hl7_reason: hl7ReasonFor(r.reason_system, r.reason_code) ?? null })) });
  });
  return router;
}

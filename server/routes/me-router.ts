/**
 * GET /api/me: the verified user, their role and their clinician-first preference (from the user
 * directory: the sandbox users file in sandbox mode).
 */
import { Router } from 'express';
import type { MeResponse } from '../contract';
import { callerOf } from '../auth/require-smart-auth';
import { createUserDirectory } from '../auth/user-directory';
import type { ApiDeps } from './api-deps';

/**
 * @param deps - config (sandbox flag, fixtures dir)
 * @returns the router (mounted behind the SMART auth middleware)
 */
export function createMeRouter(deps: ApiDeps): Router {
  const router = Router();
  const directory = createUserDirectory(deps.config);
  router.get('/me', (_req, res) => {
    const caller = callerOf(res);
    const user = directory.get(caller.fhirUser, caller.fhirServer);
    res.json({
      fhirUser: caller.fhirUser,
      role: user.role,
      clinicianFirst: user.clinicianFirst,
      patientId: caller.patientId,
      scopes: caller.scopes,
    } satisfies MeResponse);
  });
  return router;
}

/**
 * GET /api/me: the verified user, their role and their clinician-first preference. In sandbox mode
 * role and preference come from the sandbox users file; elsewhere every user is a clinician with
 * clinician-first off until a site setting exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { z } from 'zod';
import type { MeResponse } from '../contract';
import { callerOf } from '../auth/require-smart-auth';
import type { ApiDeps } from './api-deps';

const UsersSchema = z.object({
  users: z.array(z.object({ practitionerId: z.string(), role: z.enum(['clinician', 'quality-reviewer']), clinicianFirst: z.boolean() })),
});
type SandboxUser = z.infer<typeof UsersSchema>['users'][number];

function loadSandboxUsers(fixturesDir: string): Map<string, SandboxUser> {
  const parsed = UsersSchema.parse(JSON.parse(readFileSync(join(fixturesDir, 'smart', 'users.json'), 'utf8')));
  return new Map(parsed.users.map((u) => [`Practitioner/${u.practitionerId}`, u]));
}

/**
 * @param deps - config (sandbox flag, fixtures dir)
 * @returns the router (mounted behind the SMART auth middleware)
 */
export function createMeRouter(deps: ApiDeps): Router {
  const router = Router();
  const users = deps.config.sandbox ? loadSandboxUsers(deps.config.fixturesDir) : new Map<string, SandboxUser>();
  router.get('/me', (_req, res) => {
    const caller = callerOf(res);
    const user = users.get(caller.fhirUser);
    res.json({
      fhirUser: caller.fhirUser,
      role: user?.role ?? 'clinician',
      clinicianFirst: user?.clinicianFirst ?? false,
      patientId: caller.patientId,
      scopes: caller.scopes,
    } satisfies MeResponse);
  });
  return router;
}
